import type { Diagnostic } from 'vscode-languageserver-types';
import { entryRules, partRules, type AnalysisSettings, type Reading } from './analysis';
import { DiagnosticsWriter, readIgnores, runRules } from './features/diagnostics';
import { shiftMention, type LogEntry } from './model';
import { readPart } from './read';
import { splitLines } from './read/lines';
import { mergeSummaries, type LogPartial, type LogSummary } from './read/log';
import type { RuleContext } from './rules';

/** A message whose log lines have been read so far. */
interface OpenEntry {
  readonly lines: number[];
  summary: LogSummary;
  readonly firstLineEnd: number;
  /** Where its last line so far ends: a failure without a code is shown on it. */
  lastLineEnd: number;
}

export interface StreamedLog {
  readonly mentions: number;
}

/**
 * A copy of a string cut from a run's text that does not keep the run alive: V8 makes a longer substring a slice of
 * its parent, so one recipient address of a message still in flight would hold a whole run of lines in memory.
 */
function detached(text: string): string {
  return text.split('').join('');
}

/** A message's summary as kept past its run: lines counted from the document's start, strings of its own. */
function kept(partial: LogPartial, start: number): LogSummary {
  return {
    id: partial.id === null ? null : detached(partial.id),
    recipients: partial.recipients.map(detached),
    recipientOutcomes: partial.recipientOutcomes,
    other: partial.other,
    outcome: partial.outcome,
    verdict: partial.verdict && shiftMention(partial.verdict, start),
    verdictOutcome: partial.verdictOutcome,
  };
}

/**
 * Checks a log too big to hold, run of lines after run of lines (`texts`: whole lines, in order), and hands each
 * diagnostic to `emit` as soon as it is known. What it keeps is bounded by the messages in flight, not by the file:
 * the lines of a run are let go once read, and a message is let go when its log says it left the queue (Postfix
 * "removed", Exim "Completed"); a rejection before queueing at once; the others at the end. The diagnostics are those
 * of the same text read whole, with two differences of order and reach: a failed delivery is reported when its
 * message is let go, and an ignore comment for the whole document ("smtp-lens-disable") holds from where it stands.
 */
export function streamLog(texts: Iterable<string>, reading: Reading, settings: AnalysisSettings, emit: (d: Diagnostic) => void): StreamedLog {
  const { locale, permanentFailuresAsWarnings } = settings;
  const writer = new DiagnosticsWriter({ severities: settings.rules, maxPerRule: settings.maxPerRule, maxPerDocument: Infinity, locale }, emit);
  const byLine = new Map<number, ReadonlySet<string>>();
  const open = new Map<string, OpenEntry>();
  let mentions = 0;
  let start = 0;

  /** Reports the failures among messages that are done. */
  function close(entries: readonly OpenEntry[]): void {
    if (entries.length === 0) return;
    const logEntries = entries.map(({ lines, summary, firstLineEnd, lastLineEnd }): LogEntry => ({
      id: summary.id,
      lines,
      firstLine: lines[0]!,
      lastLine: lines.at(-1)!,
      firstLineEnd,
      lastLineEnd,
      outcome: summary.outcome,
      recipients: summary.recipients,
      verdict: summary.verdict,
    }));
    const model = { kind: reading.kind, format: reading.format, mentions: [], sessions: [], messages: [], logEntries };
    const context: RuleContext = { model, locale, permanentFailuresAsWarnings, text: '', lines: [] };
    writer.add({ start: 0, found: runRules(context, entryRules, settings.rules), ignores: { everywhere: new Set(), byLine } });
  }

  function take(partial: LogPartial): OpenEntry {
    const numbers = partial.lines.map((l) => l + start);
    const summary = kept(partial, start);
    const known = partial.id === null ? undefined : open.get(partial.id);
    if (!known) return { lines: numbers, summary, firstLineEnd: partial.firstLength, lastLineEnd: partial.lastLength };
    known.lines.push(...numbers);
    known.summary = mergeSummaries([known.summary, summary]);
    known.lastLineEnd = partial.lastLength;
    return known;
  }

  for (const text of texts) {
    const lines = splitLines(text);
    // A run that ends with a line break: the empty string after it is the next run's first line.
    if (lines.length > 1 && lines.at(-1) === '') lines.pop();
    const { model, partials } = readPart(lines, reading);
    mentions += model.mentions.length;
    const ignores = readIgnores(text);
    for (const id of ignores.everywhere) writer.everywhere.add(id);
    for (const [line, ids] of ignores.byLine) byLine.set(start + line, ids);
    const context: RuleContext = { locale, permanentFailuresAsWarnings, model, text, lines };
    writer.add({ start, found: runRules(context, partRules, settings.rules), ignores });
    const done: OpenEntry[] = [];
    for (const partial of partials) {
      const entry = take(partial);
      if (partial.id === null) done.push(entry);
      else if (partial.done) {
        open.delete(partial.id);
        done.push(entry);
      } else open.set(partial.id, entry);
    }
    close(done);
    start += lines.length;
  }
  close([...open.values()]);
  writer.finish();
  return { mentions };
}
