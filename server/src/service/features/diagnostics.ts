import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../../knowledge';
import { t } from '../l10n';
import { shiftRange } from '../model';
import type { Finding, Rule, RuleContext } from '../rules';
import { resolveLines } from '../rules/rule';

/** Per-rule severities from settings: a severity name, or "off". */
export type RuleSeverities = Readonly<Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>>;

const severityByName: ReadonlyMap<unknown, DiagnosticSeverity> = new Map([
  ['error', DiagnosticSeverity.Error],
  ['warning', DiagnosticSeverity.Warning],
  ['information', DiagnosticSeverity.Information],
  ['hint', DiagnosticSeverity.Hint],
]);

export const diagnosticSource = 'smtp-lens';

/**
 * Ignore comments, anywhere on a line of the document (transcripts and logs have no comment syntax of their own):
 * "smtp-lens-disable RULE[, RULE]" switches rules off for the whole document, "smtp-lens-disable-next-line RULE" for
 * the line below; without a rule id they switch off every rule.
 */
const ignoreComment = /smtp-lens-disable(-next-line)?(?:[ \t]+([\w-]+(?:[ \t]*,[ \t]*[\w-]+)*))?/g;

/** Ignore comments of a document or of one part of it. */
export interface Ignores {
  readonly everywhere: ReadonlySet<string>;
  readonly byLine: ReadonlyMap<number, ReadonlySet<string>>;
}

const all = '*';

export function readIgnores(text: string): Ignores {
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

/** What one rule found, before settings and ignore comments decide whether and how it is shown. */
export interface RuleFinding {
  readonly rule: Rule;
  readonly finding: Finding;
}

/** Runs the rules that are not switched off in settings. */
export function runRules(context: RuleContext, chosen: readonly Rule[], severities: RuleSeverities): RuleFinding[] {
  const found: RuleFinding[] = [];
  for (const rule of chosen) {
    if (severities[rule.id] === 'off') continue;
    for (const finding of rule.check(context)) found.push({ rule, finding });
  }
  return found;
}

/** The findings of one part of a document, its lines counted from `start`, and the part's ignore comments. */
export interface PartFindings {
  readonly start: number;
  readonly found: readonly RuleFinding[];
  readonly ignores: Ignores;
}

/** The findings of one rule in one part of a document. */
export interface RuleRun extends PartFindings {
  readonly rule: Rule;
}

/** What decides how findings are shown: severities per rule, how many per rule at most, and the language. */
export interface Presentation {
  readonly severities: RuleSeverities;
  readonly maxPerRule: number;
  readonly locale: Locale;
}

/**
 * Turns the findings of a document's parts into LSP diagnostics, part after part: ignore comments anywhere in the
 * document ("smtp-lens-disable", gathered in `everywhere`) and on the line before ("…-next-line") apply, severities
 * from settings win, and each rule shows at most `maxPerRule`; `finish` then adds one diagnostic per such rule (where
 * the first left out would be) that says how many more it found.
 */
export class DiagnosticsWriter {
  readonly everywhere = new Set<string>();
  private readonly shown = new Map<Rule, number>();
  private readonly left = new Map<Rule, { count: number; first: Diagnostic }>();

  constructor(
    private readonly presentation: Presentation,
    private readonly emit: (diagnostic: Diagnostic) => void,
  ) {}

  add({ start, found, ignores }: PartFindings): void {
    const { severities, maxPerRule } = this.presentation;
    const { everywhere, shown, left } = this;
    for (const { rule, finding } of found) {
      if (everywhere.has(rule.id) || everywhere.has(all)) continue;
      const onLine = ignores.byLine.size > 0 ? ignores.byLine.get(finding.range.start.line) : undefined;
      if (onLine && (onLine.has(rule.id) || onLine.has(all))) continue;
      const count = shown.get(rule) ?? 0;
      const omitted = left.get(rule);
      if (count >= maxPerRule && omitted) {
        omitted.count++;
        continue;
      }
      const setting = severities[rule.id];
      // A Map: settings.json can hold any value, and on an object "toString" or "__proto__" finds what it inherits.
      const severity = severityByName.get(setting) ?? finding.severity ?? rule.defaultSeverity;
      const diagnostic = { range: shiftRange(finding.range, start), message: '', severity, code: rule.id, source: diagnosticSource };
      if (count < maxPerRule) {
        shown.set(rule, count + 1);
        this.emit({ ...diagnostic, message: resolveLines(finding.message, start) });
      } else left.set(rule, { count: 1, first: diagnostic });
    }
  }

  /** One rule's findings in one part: once the rule has shown its most, they are only counted (unless a line ignores some). */
  addRun(run: RuleRun): void {
    const omitted = this.left.get(run.rule);
    if (omitted && run.ignores.byLine.size === 0) omitted.count += run.found.length;
    else this.add(run);
  }

  finish(): void {
    const { maxPerRule, locale } = this.presentation;
    for (const [rule, { count, first }] of this.left) {
      this.emit({ ...first, message: t(locale, 'moreFindings', String(count), rule.id, String(maxPerRule)) });
    }
  }
}

/**
 * The diagnostics of a whole document from its findings, rule by rule and part after part, and the rules that ignore
 * comments switch off for the whole document (see DiagnosticsWriter). Yields after each run: a 50 MB log has ~1,600
 * of them, and writing its 2,000 diagnostics took 10–15 ms in one go.
 */
export function* toDiagnostics(runs: readonly RuleRun[], presentation: Presentation, everywhere: Iterable<string>): Generator<void, Diagnostic[]> {
  const result: Diagnostic[] = [];
  const writer = new DiagnosticsWriter(presentation, (d) => result.push(d));
  for (const id of everywhere) writer.everywhere.add(id);
  for (const run of runs) {
    writer.addRun(run);
    yield;
  }
  writer.finish();
  return result;
}

/** A diagnostic's message as plain text (LSP 3.18 also allows markup there; this service writes plain text). */
export function diagnosticMessage(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
