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

/**
 * The findings of one rule in one part of a document. Those of the log-entries rules lie where their entries do,
 * which is worked out when read: `layout` stands for where the entries' chunks start, and is another object once any
 * of them starts on another line.
 */
export interface RuleRun extends PartFindings {
  readonly rule: Rule;
  readonly layout?: object;
}

/** What decides how findings are shown: severities per rule, how many per rule and per document at most, and the language. */
export interface Presentation {
  readonly severities: RuleSeverities;
  readonly maxPerRule: number;
  /** Shared among the rules (see shares); Infinity where there is no such limit (the command line). */
  readonly maxPerDocument: number;
  readonly locale: Locale;
}

/**
 * How many diagnostics each rule shows when a document may show `most` in all (not counting the one per rule that
 * says how many more it found): `counts` is how many each rule has to show. A rule that has fewer than an equal share
 * shows them all; the rules with more share what is left equally, the remainder going to those with the most. In the
 * benchmark's 50 MB socat dump 13 rules find from 150 to thousands each: the two with 150 show them all, the other 11
 * show 155 or 156, 2,000 in all rather than 9,754, each sent again with every edit.
 */
export function shares(counts: ReadonlyMap<Rule, number>, most: number): Map<Rule, number> {
  const result = new Map<Rule, number>();
  let left = most;
  let rules = counts.size;
  for (const [rule, count] of [...counts].sort((a, b) => a[1] - b[1])) {
    const shown = Math.min(count, Math.floor(left / rules--));
    result.set(rule, shown);
    left -= shown;
  }
  return result;
}

/** Whether a "smtp-lens-disable-next-line" on the line before switches a finding off. */
function ignoredOnLine(rule: Rule, finding: Finding, ignores: Ignores): boolean {
  const onLine = ignores.byLine.size > 0 ? ignores.byLine.get(finding.range.start.line) : undefined;
  return onLine !== undefined && (onLine.has(rule.id) || onLine.has(all));
}

function diagnosticOf(rule: Rule, finding: Finding, start: number, severities: RuleSeverities): Diagnostic {
  // A Map: settings.json can hold any value, and on an object "toString" or "__proto__" finds what it inherits.
  const severity = severityByName.get(severities[rule.id]) ?? finding.severity ?? rule.defaultSeverity;
  return { range: shiftRange(finding.range, start), message: resolveLines(finding.message, start), severity, code: rule.id, source: diagnosticSource };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * Whether two sets of next-line ignore comments say the same: those the log-entries rules' runs are given are
 * gathered anew from the whole document in every pass.
 */
function sameByLine(a: Ignores['byLine'], b: Ignores['byLine']): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [line, ids] of a) {
    const other = b.get(line);
    if (!other || !sameIds(ids, other)) return false;
  }
  return true;
}

/** Whether two sets of ignore comments say the same. */
export function sameIgnores(a: Ignores, b: Ignores): boolean {
  return a === b || (sameIds(a.everywhere, b.everywhere) && sameByLine(a.byLine, b.byLine));
}

/**
 * The diagnostics of one run of findings, those that a line's ignore comment switches off left out, each made when
 * first read: of a rule that found 40,000 failures, only the first smtpLens.diagnostics.maxPerRule are ever shown.
 * Kept while the run's findings, lines and ignore comments stay the same (`fits`), an edit elsewhere makes none of them
 * again. Rules find anew in new settings, so other settings come with other findings.
 */
export class RunDiagnostics {
  private readonly made: Diagnostic[] = [];
  /** The index in the run's findings of the next one to read. */
  private next = 0;
  /** Findings looked at to count them (see countFrom), and how many of those from `from` on are shown. */
  private scanned = 0;
  private counted: { readonly from: number; readonly count: number } | undefined;

  constructor(
    private readonly run: RuleRun,
    private readonly severities: RuleSeverities,
  ) {}

  /** Whether these are the diagnostics of `run`. */
  fits(run: RuleRun): boolean {
    const mine = this.run;
    if (mine === run) return true;
    return mine.found === run.found && mine.start === run.start && mine.layout === run.layout && sameByLine(mine.ignores.byLine, run.ignores.byLine);
  }

  /** How many of the run's findings have been looked at, to make their diagnostics or to count them: work done. */
  get read(): number {
    return this.next + this.scanned;
  }

  /** The diagnostic at `index`; undefined past the last. */
  at(index: number): Diagnostic | undefined {
    const { found, start, ignores } = this.run;
    while (this.made.length <= index && this.next < found.length) {
      const { rule, finding } = found[this.next++]!;
      if (!ignoredOnLine(rule, finding, ignores)) this.made.push(diagnosticOf(rule, finding, start, this.severities));
    }
    return this.made[index];
  }

  /**
   * How many there are from `index` on, all before it read (with `at`). With next-line ignore comments the findings
   * not read yet are looked at, once: a finding's line can take working out (a log entry's), and a run past its
   * rule's most is counted in every pass.
   */
  countFrom(index: number): number {
    const { found, ignores } = this.run;
    const count = this.made.length - index;
    if (ignores.byLine.size === 0) return count + found.length - this.next;
    if (this.counted?.from !== this.next) {
      let rest = 0;
      for (let i = this.next; i < found.length; i++) if (!ignoredOnLine(found[i]!.rule, found[i]!.finding, ignores)) rest++;
      this.scanned += found.length - this.next;
      this.counted = { from: this.next, count: rest };
    }
    return count + this.counted.count;
  }
}

/**
 * Turns the findings of a document's parts into LSP diagnostics, part after part: ignore comments anywhere in the
 * document ("smtp-lens-disable", gathered in `everywhere`) and on the line before ("…-next-line") apply, severities
 * from settings win, and each rule shows at most `maxPerRule`, or its share of the document's most (`share`);
 * `finish` then adds one diagnostic per such rule (where the first left out would be) that says how many more it found.
 */
export class DiagnosticsWriter {
  readonly everywhere = new Set<string>();
  private readonly shown = new Map<Rule, number>();
  private readonly left = new Map<Rule, { count: number; first: Diagnostic }>();
  /** Each rule's share of the document's most, where the rules together have more to show (see shares). */
  private shared: ReadonlyMap<Rule, number> | undefined;

  constructor(
    private readonly presentation: Presentation,
    private readonly emit: (diagnostic: Diagnostic) => void,
  ) {}

  off(rule: Rule): boolean {
    return this.everywhere.has(rule.id) || this.everywhere.has(all);
  }

  /**
   * Given how many diagnostics each rule has in the whole document (before any is added), limits each to its share of
   * `maxPerDocument` where the rules together would show more.
   */
  share(counts: ReadonlyMap<Rule, number>): void {
    const { maxPerRule, maxPerDocument } = this.presentation;
    const shown = new Map([...counts].map(([rule, count]) => [rule, Math.min(count, maxPerRule)]));
    let total = 0;
    for (const count of shown.values()) total += count;
    if (total > maxPerDocument) this.shared = shares(shown, maxPerDocument);
  }

  private most(rule: Rule): number {
    return this.shared?.get(rule) ?? this.presentation.maxPerRule;
  }

  /** Shows a diagnostic of `rule`, or keeps it as the first left out once the rule has shown its most. */
  private offer(rule: Rule, diagnostic: Diagnostic): void {
    const count = this.shown.get(rule) ?? 0;
    if (count < this.most(rule)) {
      this.shown.set(rule, count + 1);
      this.emit(diagnostic);
    } else this.left.set(rule, { count: 1, first: diagnostic });
  }

  add({ start, found, ignores }: PartFindings): void {
    for (const { rule, finding } of found) {
      if (this.off(rule) || ignoredOnLine(rule, finding, ignores)) continue;
      const omitted = this.left.get(rule);
      if (omitted) omitted.count++;
      else this.offer(rule, diagnosticOf(rule, finding, start, this.presentation.severities));
    }
  }

  /** One rule's findings in one part, as `diagnostics` makes them: once the rule has shown its most, they are only counted. */
  addRun(run: RuleRun, diagnostics: RunDiagnostics): void {
    const { rule } = run;
    if (this.off(rule)) return;
    let index = 0;
    while (!this.left.has(rule)) {
      const diagnostic = diagnostics.at(index++);
      if (!diagnostic) return;
      this.offer(rule, diagnostic);
    }
    this.left.get(rule)!.count += diagnostics.countFrom(index);
  }

  finish(): void {
    const { maxPerRule, maxPerDocument, locale } = this.presentation;
    for (const [rule, { count, first }] of this.left) {
      const most = this.most(rule);
      const message =
        most === 0
          ? t(locale, 'noFindingsInDocument', String(count), rule.id, String(maxPerDocument))
          : most < maxPerRule
            ? t(locale, 'moreFindingsInDocument', String(count), rule.id, String(maxPerDocument), String(most))
            : t(locale, 'moreFindings', String(count), rule.id, String(maxPerRule));
      this.emit({ ...first, message });
    }
  }
}

/**
 * The diagnostics of a whole document from its findings, rule by rule and part after part, and the rules that ignore
 * comments switch off for the whole document (see DiagnosticsWriter). Yields after each run that made diagnostics: a
 * 50 MB log has ~1,600 runs. `diagnosticsOf` gives each run's diagnostics, kept from an earlier pass where they are the
 * same: a pass after an edit then makes only those of the runs the edit changed (writing all of a 50 MB log's 2,000
 * took 10–15 ms), and pauses only after those. Where the document has a most, the runs are first counted rule by
 * rule to share it (counting is work only where next-line ignore comments make it look at the findings).
 */
export function* toDiagnostics(
  runs: readonly RuleRun[],
  presentation: Presentation,
  everywhere: Iterable<string>,
  diagnosticsOf?: (run: RuleRun) => RunDiagnostics,
): Generator<void, Diagnostic[]> {
  const result: Diagnostic[] = [];
  const writer = new DiagnosticsWriter(presentation, (d) => result.push(d));
  for (const id of everywhere) writer.everywhere.add(id);
  const made = (run: RuleRun): RunDiagnostics => diagnosticsOf?.(run) ?? new RunDiagnostics(run, presentation.severities);
  if (presentation.maxPerDocument < Infinity) {
    const counts = new Map<Rule, number>();
    for (const run of runs) {
      if (writer.off(run.rule)) continue;
      // Without a next-line ignore comment every finding is shown: the count is known without looking.
      let count = run.found.length;
      if (run.ignores.byLine.size > 0) {
        const diagnostics = made(run);
        const read = diagnostics.read;
        count = diagnostics.countFrom(0);
        if (diagnostics.read !== read) yield;
      }
      counts.set(run.rule, (counts.get(run.rule) ?? 0) + count);
    }
    writer.share(counts);
  }
  for (const run of runs) {
    const diagnostics = made(run);
    const read = diagnostics.read;
    writer.addRun(run, diagnostics);
    if (diagnostics.read !== read) yield;
  }
  writer.finish();
  return result;
}

/** A diagnostic's message as plain text (LSP 3.18 also allows markup there; this service writes plain text). */
export function diagnosticMessage(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
