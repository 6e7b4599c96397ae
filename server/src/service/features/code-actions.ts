import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { shiftRange } from '../model';
import type { AnalysisSettings, DocumentAnalysis } from '../analysis';
import { rules, type Fix, type RuleContext } from '../rules';
import { resolveLines } from '../rules/rule';
import { diagnosticSource } from './diagnostics';
import { redactionEdits, redactKind, redactTitle } from './redact';

/**
 * The fixes for one diagnostic, recomputed by its rule: a part-scope rule sees the part of the document the
 * diagnostic lies in (its lines counted from the part's start, so the diagnostic and the edits are moved to and fro).
 */
function fixesFor(analysis: DocumentAnalysis, settings: AnalysisSettings, diagnostic: Diagnostic): readonly Fix[] {
  const rule = rules.find((r) => r.id === diagnostic.code);
  if (!rule?.fixes) return [];
  if (rule.scope === 'log-entries') return rule.fixes(analysis.documentContext(settings), diagnostic).map((fix) => ({ ...fix, title: resolveLines(fix.title, 0) }));
  const part = analysis.part(analysis.partIndexAt(diagnostic.range.start.line));
  const { locale, permanentFailuresAsWarnings } = settings;
  const context: RuleContext = { locale, permanentFailuresAsWarnings, model: part.model, text: part.text, lines: part.lines };
  const fixes = rule.fixes(context, { ...diagnostic, range: shiftRange(diagnostic.range, -part.start) });
  return fixes.map((fix) => ({ title: resolveLines(fix.title, part.start), edits: fix.edits.map((e): TextEdit => ({ range: shiftRange(e.range, part.start), newText: e.newText })) }));
}

/**
 * Quick fixes for the diagnostics the client sends back, each recomputed from the model; and, when the client asks
 * for source actions (`only` holds "source" or "source.redact"), the whole-document redaction, which is a pass over
 * the whole text and so is not computed for every cursor move.
 */
export function codeActions(
  uri: string,
  analysis: DocumentAnalysis,
  settings: AnalysisSettings,
  requested: readonly Diagnostic[],
  only?: readonly string[],
): CodeAction[] {
  const actions: CodeAction[] = [];
  if (only?.some((kind) => redactKind === kind || redactKind.startsWith(`${kind}.`))) {
    const edits = redactionEdits(analysis.lines(), analysis.model());
    if (edits.length > 0) actions.push({ title: redactTitle(settings.locale), kind: redactKind, edit: { changes: { [uri]: edits } } });
  }
  for (const diagnostic of requested) {
    if (diagnostic.source !== diagnosticSource) continue;
    for (const fix of fixesFor(analysis, settings, diagnostic)) {
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
