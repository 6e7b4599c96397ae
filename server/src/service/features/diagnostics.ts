import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { rules, type RuleContext } from '../rules';

/** Per-rule severities from settings: a severity name, or "off". */
export type RuleSeverities = Readonly<Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>>;

const severityByName = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

export const diagnosticSource = 'smtp-lens';

/** Runs every rule that is not switched off and turns its findings into LSP diagnostics. */
export function diagnostics(context: RuleContext, severities: RuleSeverities = {}): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = severities[rule.id];
    if (setting === 'off') continue;
    const severity = setting ? severityByName[setting] : rule.defaultSeverity;
    for (const finding of rule.check(context)) {
      result.push({ range: finding.range, message: finding.message, severity, code: rule.id, source: diagnosticSource });
    }
  }
  return result;
}

/** A diagnostic's message as plain text (LSP 3.18 also allows markup there; this service writes plain text). */
export function diagnosticMessage(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
