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

/**
 * Ignore comments, anywhere on a line of the document (transcripts and logs have no comment syntax of their own):
 * "smtp-lens-disable RULE[, RULE]" switches rules off for the whole document, "smtp-lens-disable-next-line RULE" for
 * the line below; without a rule id they switch off every rule.
 */
const ignoreComment = /smtp-lens-disable(-next-line)?(?:[ \t]+([\w-]+(?:[ \t]*,[ \t]*[\w-]+)*))?/g;

interface Ignores {
  readonly everywhere: ReadonlySet<string>;
  readonly byLine: ReadonlyMap<number, ReadonlySet<string>>;
}

const all = '*';

function readIgnores(text: string): Ignores {
  const everywhere = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  if (!text.includes('smtp-lens-disable')) return { everywhere, byLine };
  let line = 0;
  let scanned = 0;
  for (const match of text.matchAll(ignoreComment)) {
    line += text.slice(scanned, match.index).match(/\r\n|\r|\n/g)?.length ?? 0;
    scanned = match.index;
    const ids = match[2]?.split(/[ \t]*,[ \t]*/) ?? [all];
    const target = match[1] ? byLine.get(line + 1) ?? byLine.set(line + 1, new Set()).get(line + 1)! : everywhere;
    for (const id of ids) target.add(id);
  }
  return { everywhere, byLine };
}

function ignored(ignores: Ignores, rule: string, line: number): boolean {
  if (ignores.everywhere.has(rule) || ignores.everywhere.has(all)) return true;
  const onLine = ignores.byLine.get(line);
  return onLine !== undefined && (onLine.has(rule) || onLine.has(all));
}

/** Runs every rule that is not switched off and turns its findings into LSP diagnostics. */
export function diagnostics(context: RuleContext, severities: RuleSeverities = {}): Diagnostic[] {
  const ignores = readIgnores(context.text);
  const result: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = severities[rule.id];
    if (setting === 'off' || ignores.everywhere.has(rule.id)) continue;
    const chosen = setting ? severityByName[setting] : undefined;
    for (const finding of rule.check(context)) {
      if (ignored(ignores, rule.id, finding.range.start.line)) continue;
      const severity = chosen ?? finding.severity ?? rule.defaultSeverity;
      result.push({ range: finding.range, message: finding.message, severity, code: rule.id, source: diagnosticSource });
    }
  }
  return result;
}

/** A diagnostic's message as plain text (LSP 3.18 also allows markup there; this service writes plain text). */
export function diagnosticMessage(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
