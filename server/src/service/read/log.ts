import type { LogEntry, LogOutcome, Mention } from '../model';
import { distinctMentions, enhancedMentionAt, replyMentionAt } from './reply-syntax';

/**
 * The places in a mail log line where a code stands, each a lookbehind that says so; the code itself starts where
 * the match ends. Reply codes are never taken from a bare number: PIDs, sizes, delays, ports and queue IDs stay out.
 */
const replyContexts: readonly RegExp[] = [
  // Postfix: "host mx[1.2.3.4] said: 550 5.1.1 …", "status=sent (250 2.0.0 Ok …)", "reject: RCPT from x[ip]: 550 …"
  /\bsaid: (?=\d{3}[ -])/g,
  /\bstatus=[a-z]+ \((?=\d{3}[ -])/g,
  /\b(?:reject|milter-reject|reject_warning|discard|hold|filter|redirect|warning): .*?\]: (?=\d{3}[ -])/g,
  // Exim: "SMTP error from remote mail server after RCPT TO:<x>: 550 …", "C=\"250 OK id=…\"", rejects in mainlog/rejectlog
  /\bSMTP error from remote (?:mail )?server (?:after|for) .*?: (?=\d{3}[ -])/g,
  /\bC="(?=\d{3}[ -])/g,
  /\b(?:rejected|refused) (?:RCPT|MAIL|EHLO|HELO|connection|after DATA|DATA|AUTH)\b.*?: (?=\d{3}[ -]\d\.)/g,
  // Sendmail: "reply=550 5.1.1 …", "stat=Deferred: 421 4.3.2 …"
  /\breply=(?=\d{3}[ -])/g,
  /\bstat=(?:[A-Za-z ]+: )?(?=\d{3}[ -])/g,
  // OpenSMTPD: stat="550 5.1.1 …", result="550 Invalid recipient …"
  /\b(?:stat|result)="(?=\d{3}[ -])/g,
  // aiosmtpd debug log: what the server sent
  /\) << b['"](?=\d{3}[ -])/g,
  // Microsoft Exchange message tracking: the recipient-status field, and replies quoted inside it
  /,"?(?=[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.]))/g,
  /\bresponded with: "(?=\d{3}[ -])/g,
];

/** Enhanced codes that stand in a field of their own: Postfix/Sendmail dsn=, milter rejects with only an enhanced code. */
const enhancedContexts: readonly RegExp[] = [
  /\bdsn=(?=\d\.\d)/g,
  /\bmilter-reject: \S+ from .*?\]: (?=[245]\.\d)/g,
];

/**
 * Every context above ends right before a code, after one of these characters: a line without such a place holds
 * no code, and most lines of a busy log have none, so one test spares them the dozen patterns above.
 */
const mayHoldCode = /[ ("=,'](?:\d{3}[ -]|\d\.\d)/;

/** Reads the code where each match of each context ends, into `found`. */
function readContexts(
  text: string,
  line: number,
  contexts: readonly RegExp[],
  mentionAt: typeof replyMentionAt,
  found: Mention[],
): void {
  for (const pattern of contexts) {
    // The matches text.matchAll(pattern) gives, without the copy of the pattern, the iterator and the arrays it makes
    // for each line: test on a global pattern, from lastIndex 0, finds them left to right and leaves lastIndex where
    // each ends (and 0 after the last). matchAll would also step over an empty match: no context matches one.
    pattern.lastIndex = 0;
    while (pattern.test(text)) {
      const mention = mentionAt(text, pattern.lastIndex, line, 'log');
      if (mention) found.push(mention);
    }
  }
}

/** The codes in one line of a mail log, by the fields that carry them. */
function codesOf(text: string, line: number): Mention[] {
  if (!mayHoldCode.test(text)) return [];
  const found: Mention[] = [];
  readContexts(text, line, replyContexts, replyMentionAt, found);
  readContexts(text, line, enhancedContexts, enhancedMentionAt, found);
  // distinctMentions only drops a mention for another one: it would hand back a lone mention (or none) as it is.
  return found.length < 2 ? found : distinctMentions(found);
}

/** Queue IDs: Postfix short (hex) and long form, Exim message IDs, Sendmail queue IDs, OpenSMTPD session IDs. */
const queueIds: readonly RegExp[] = [
  /\b(?:postfix(?:-[\w-]+)?\/[\w/-]+\[\d+\]|"MESSAGE":"): ([0-9A-F]{6,12}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]+): /,
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:\[\d+\] )?([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) /,
  /\b(?:sendmail|sm-mta|sm-msp-queue)\[\d+\]: ([0-9A-Za-z]{8}\d{6}): /,
  /\bsmtpd\[\d+\]: ([0-9a-f]{16}) (?:smtp|mta) /,
  /^\d{4}-\d\d-\d\dT[\d:.]+Z,(?:[^,]*,){7}[A-Z]+,(\d+),/,
];

/**
 * Patterns tried in turn, the first to match winning, joined into one that matches where any of them does: one search
 * instead of one per pattern on the many lines that none of them matches. Where it matches, the alternative that took
 * part is a pattern that matches, so the first to match is that one or one before it. The patterns must have no flags
 * and each exactly one group, set whenever the pattern matches: the one group set then tells which alternative it was.
 */
function alternatives(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'));
}

/** Of a match of `alternatives(patterns)`, the index of the pattern that matched. */
function alternativeOf(match: RegExpExecArray): number {
  return match.findIndex((group, index) => index > 0 && group !== undefined) - 1;
}

const anyQueueId = alternatives(queueIds);

/** The ID that the first of `queueIds` to match the line takes. */
function queueIdOf(text: string): string | null {
  const match = anyQueueId.exec(text);
  if (!match) return null;
  const matched = alternativeOf(match);
  for (let i = 0; i < matched; i++) {
    const id = queueIds[i]!.exec(text)?.[1];
    if (id !== undefined) return id;
  }
  // The same ID as queueIds[matched].exec(text) takes: the joined search stopped at the leftmost place where any
  // pattern matches, which is the leftmost where this one does, and went through it there as the pattern alone would.
  return match[matched + 1]!;
}

/** What a line says about the fate of its message, in each software's words. */
const outcomes: readonly [RegExp, LogOutcome][] = [
  [/\bstatus=sent\b|\bstat=Sent\b|result="Ok"| (?:=>|->) |,(?:DELIVER|SEND),\d+,/, 'sent'],
  [/\bstatus=deferred\b|\bstat=Deferred\b|result="TempFail"| == |,DEFER,\d+,/, 'deferred'],
  [/\bstatus=bounced\b|result="PermFail"| \*\* |\bdsn=5\.\d+\.\d+,.*\bstat=|,FAIL,\d+,/, 'bounced'],
  [/\bstatus=expired\b/, 'expired'],
  [/\bNOQUEUE: (?:milter-)?reject:|\brejected (?:RCPT|MAIL|after DATA|DATA|EHLO|HELO)\b|smtp failed-command/, 'rejected'],
  [/\bclient=|\buid=\d+ from=| <= |,RECEIVE,\d+,/, 'accepted'],
];

/** The outcome patterns have no groups of their own: each is put in one, to be told apart when joined. */
const anyOutcome = alternatives(outcomes.map(([pattern]) => new RegExp(`(${pattern.source})`)));

/** The outcome of the first of `outcomes` to match the line. */
function outcomeOf(text: string): LogOutcome | undefined {
  const match = anyOutcome.exec(text);
  if (!match) return undefined;
  const matched = alternativeOf(match);
  for (let i = 0; i < matched; i++) {
    const [pattern, outcome] = outcomes[i]!;
    if (pattern.test(text)) return outcome;
  }
  return outcomes[matched]![1];
}

const recipientField = /,[A-Z]+,\d+,<[^>]*>,[^,]*,([^,;\s]+@[^,;\s]+),|\bto=<([^>]*)>|(?: \*\*| ==| =>| ->) (?:[^\s<]+ <([^>]+)>|([^\s<]+))|\brejected RCPT <([^>]*)>/;

/** What one message's lines add up to. */
export interface LogSummary {
  /** The queue ID, or null for a rejection before queueing (an entry of its own). */
  readonly id: string | null;
  /** The recipients, in order of first mention. */
  readonly recipients: readonly string[];
  /**
   * The last word on each recipient, in the same order: a deferral followed by a delivery is a delivery. (Arrays, not
   * a Map: a big log has a summary for every message in every chunk it appears in.)
   */
  readonly recipientOutcomes: readonly LogOutcome[];
  /** The worst outcome of lines that name no recipient (accepted, rejected before queueing). */
  readonly other: LogOutcome;
  /** The code of the worst line that has one (the last of equals), and that line's outcome. */
  readonly verdict: Mention | null;
  readonly verdictOutcome: LogOutcome;
  /** Across recipients and other lines, the worse outcome wins. */
  readonly outcome: LogOutcome;
}

/**
 * One message's lines within one run of log lines (a chunk of a document, or all of it), summed up in the run so that
 * runs merge into entries without reading their lines again.
 */
export interface LogPartial extends LogSummary {
  /** Line numbers within the run. */
  readonly lines: readonly number[];
  /** The length of the first of them, and of the last. */
  readonly firstLength: number;
  readonly lastLength: number;
  /**
   * The run's last line of the message says it left the queue (Postfix "removed", Exim "Completed"): the message ends
   * there, and a later line with the same queue ID is another message.
   */
  readonly done: boolean;
}

/** The line a mail server writes when a message leaves its queue for good. */
const leftQueue = /: removed$| Completed(?: QT=\S+)?$/;

export interface LogReading {
  /** Every code, in order. */
  readonly mentions: readonly Mention[];
  /** The messages the lines speak of, in order of first line. */
  readonly partials: readonly LogPartial[];
}

/** Across recipients the worse outcome wins: a message with one bounced recipient has bounced for that person. */
const rank: Readonly<Record<LogOutcome, number>> = { unknown: 0, accepted: 1, sent: 2, deferred: 3, expired: 4, bounced: 5, rejected: 6 };

function worse(a: LogOutcome, b: LogOutcome): LogOutcome {
  return rank[b] > rank[a] ? b : a;
}

interface Builder {
  readonly id: string | null;
  readonly lines: number[];
  firstLength: number;
  lastLength: number;
  done: boolean;
  readonly byRecipient: Map<string, LogOutcome>;
  other: LogOutcome;
  verdict: Mention | null;
  verdictOutcome: LogOutcome;
}

function builder(id: string | null): Builder {
  return { id, lines: [], firstLength: 0, lastLength: 0, done: false, byRecipient: new Map(), other: 'unknown', verdict: null, verdictOutcome: 'unknown' };
}

/** A later line's code says why when its outcome is at least as bad as the one that said so before. */
function takeVerdict(into: Builder, outcome: LogOutcome, verdict: Mention | null): void {
  if (verdict && rank[outcome] >= rank[into.verdictOutcome]) {
    into.verdict = verdict;
    into.verdictOutcome = outcome;
  }
}

function finish(b: Builder): LogPartial {
  let outcome = b.other;
  for (const o of b.byRecipient.values()) outcome = worse(outcome, o);
  // What { ...b, outcome, recipients } gives, the builder's fields in the order builder() sets them, written out:
  // spreading a builder took several times as long, and there is one per message. Arrays grown by push keep room for
  // more (17 slots for one line): copied to their size, as a big log holds hundreds of thousands of them.
  const { id, firstLength, lastLength, done, other, verdict, verdictOutcome } = b;
  const lines = b.lines.slice();
  const recipients = [...b.byRecipient.keys()].slice();
  const recipientOutcomes = [...b.byRecipient.values()].slice();
  return { id, lines, firstLength, lastLength, done, recipients, recipientOutcomes, other, verdict, verdictOutcome, outcome };
}

/** Reads each line of a mail log on its own: its codes, and what it says about its message. */
export function readLog(lines: readonly string[]): LogReading {
  const mentions: Mention[] = [];
  const builders: Builder[] = [];
  const byId = new Map<string, Builder>();
  lines.forEach((text, line) => {
    const codes = codesOf(text, line);
    for (const m of codes) mentions.push(m);
    const outcome = outcomeOf(text);
    const id = queueIdOf(text);
    if (id === null && outcome !== 'rejected') return;
    // A queue ID seen again after its message left the queue names a new message (Postfix reuses short IDs).
    let partial = id === null ? undefined : byId.get(id);
    if (!partial || partial.done) {
      partial = builder(id);
      builders.push(partial);
      if (id !== null) byId.set(id, partial);
    }
    if (partial.lines.length === 0) partial.firstLength = text.length;
    partial.lines.push(line);
    partial.lastLength = text.length;
    partial.done = leftQueue.test(text);
    if (!outcome) return;
    const recipient = recipientField.exec(text)?.find((group, index) => index > 0 && group !== undefined);
    if (recipient !== undefined) partial.byRecipient.set(recipient, outcome);
    else partial.other = worse(partial.other, outcome);
    takeVerdict(partial, outcome, codes.length > 0 ? (codes.find((m) => m.reply) ?? codes[0]!) : null);
  });
  return { mentions, partials: builders.map(finish) };
}

/** What the runs of one message add up to, taken in document order. */
export function mergeSummaries(runs: readonly LogSummary[]): LogSummary {
  const merged = builder(runs[0]!.id);
  for (const run of runs) {
    run.recipients.forEach((recipient, i) => merged.byRecipient.set(recipient, run.recipientOutcomes[i]!));
    merged.other = worse(merged.other, run.other);
    takeVerdict(merged, run.verdictOutcome, run.verdict);
  }
  return finish(merged);
}

/** The entries of one run of lines read whole (a document in one piece). */
export function logEntries(partials: readonly LogPartial[]): LogEntry[] {
  return partials.map(({ id, lines, firstLength, lastLength, outcome, recipients, verdict }) => ({
    id,
    lines,
    firstLine: lines[0]!,
    lastLine: lines.at(-1)!,
    firstLineEnd: firstLength,
    lastLineEnd: lastLength,
    outcome,
    recipients,
    verdict,
  }));
}
