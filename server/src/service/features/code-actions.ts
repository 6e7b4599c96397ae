import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { rules, type RuleContext } from '../rules';
import { diagnosticSource } from './diagnostics';
import { redactionEdits, redactKind, redactTitle } from './redact';

/**
 * Quick fixes for the diagnostics the client sends back, each recomputed from the model; and, when the client asks
 * for source actions (`only` holds "source" or "source.redact"), the whole-document redaction, which is a pass over
 * the whole text and so is not computed for every cursor move.
 */
export function codeActions(uri: string, context: RuleContext, requested: readonly Diagnostic[], only?: readonly string[]): CodeAction[] {
  const actions: CodeAction[] = [];
  if (only?.some((kind) => redactKind === kind || redactKind.startsWith(`${kind}.`))) {
    const edits = redactionEdits(context.lines, context.model);
    if (edits.length > 0) actions.push({ title: redactTitle(context.locale), kind: redactKind, edit: { changes: { [uri]: edits } } });
  }
  for (const diagnostic of requested) {
    if (diagnostic.source !== diagnosticSource) continue;
    const rule = rules.find((r) => r.id === diagnostic.code);
    for (const fix of rule?.fixes?.(context, diagnostic) ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [...fix.edits] } },
      });
    }
  }
  return actions;
}
