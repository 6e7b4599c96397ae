import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { rules, type RuleContext } from '../rules';
import { diagnosticSource } from './diagnostics';

/** Quick fixes for the diagnostics the client sends back, each recomputed from the model. */
export function codeActions(uri: string, context: RuleContext, requested: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
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
