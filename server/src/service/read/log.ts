import type { LogEntry, LogOutcome, Mention } from '../model';
import { firstMatch, firstOf, type FirstOf } from './first-match';
import { distinctMentions, enhancedMentionAt, replyMentionAt } from './reply-syntax';
import { postfixTag, sendmailTags } from './tags';

/**
 * The software that writes a mail log line, told by its syslog tag ("postfix/smtp[123]: ", "sm-mta[45]: ") or, for
 * Exim's own log (mainlog, rejectlog), by its timestamp with no tag after it: in a log read as Exim's, any line so;
 * in another, one with a message ID or "H=" right after the timestamp (other programs write such timestamps too). A
 * line is read with the patterns of its software only: a field of one software in another's line (words of a
 * remote's reply that Postfix quotes, "->" in a Postfix header_checks warning) is not read as that software's. A line
 * whose software is not told ("any": other programs, journald JSON, aiosmtpd's and Exchange's logs) is read with all.
 */
type Software = 'postfix' | 'exim' | 'sendmail' | 'opensmtpd' | 'aiosmtpd' | 'exchange';
type LineSoftware = 'postfix' | 'exim' | 'sendmail' | 'opensmtpd' | 'any';

/** A pattern and the software whose lines it reads. */
type Pattern = readonly [RegExp, readonly Software[]];

/**
 * A code context (see below), the software whose lines it reads, and words one of which a line must hold for it to
 * match: looking for a word costs a fraction of what the pattern does (none given: always tried).
 */
type Context = readonly [RegExp, readonly Software[], (readonly string[])?];

/** A syslog line's timestamp, host and tag (group 1), or else the timestamp of Exim's own log (see above). */
const syslogPrefix = String.raw`(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d[\d.,:+Z-]*) \S+ ([\w/.@-]+)\[\d+\]: `;
const eximPrefix = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? `;
const eximTold = String.raw`(?=(?:\[\d+\] )?(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} |H=))`;
const linePrefix = {
  inExim: new RegExp(`^(?:${syslogPrefix}|${eximPrefix})`),
  elsewhere: new RegExp(`^(?:${syslogPrefix}|${eximPrefix}${eximTold})`),
};
const tagged: ReadonlyMap<string, LineSoftware> = new Map([
  ...sendmailTags.split('|').map((tag) => [tag, 'sendmail'] as const),
  ['exim', 'exim'],
  ['exim4', 'exim'],
  ['smtpd', 'opensmtpd'],
]);

const postfixTagAlone = new RegExp(`^${postfixTag}$`);

/** The software of a line, and where what it writes after its prefix (timestamp, host, tag) starts. */
function softwareOf(text: string, linePrefix: RegExp): { readonly software: LineSoftware; readonly after: number } {
  const prefix = linePrefix.exec(text);
  if (!prefix) return { software: 'any', after: 0 };
  const tag = prefix[1];
  if (tag === undefined) return { software: 'exim', after: prefix[0].length };
  const software = tag.startsWith('postfix') && postfixTagAlone.test(tag) ? 'postfix' : (tagged.get(tag) ?? 'any');
  return { software, after: prefix[0].length };
}

/**
 * The places in a mail log line where a code stands, each a lookbehind that says so; the code itself starts where
 * the match ends. Reply codes are never taken from a bare number: PIDs, sizes, delays, ports and queue IDs stay out.
 */
const replyContexts: readonly Context[] = [
  // Postfix: "host mx[1.2.3.4] said: 550 5.1.1 …", "status=sent (250 2.0.0 Ok …)", "reject: RCPT from x[ip]: 550 …"
  [/\bsaid: (?=\d{3}[ -])/g, ['postfix'], ['said: ']],
  [/\bstatus=[a-z]+ \((?=\d{3}[ -])/g, ['postfix'], ['status=']],
  [
    /\b(?:reject|milter-reject|reject_warning|discard|hold|filter|redirect|warning): .*?\]: (?=\d{3}[ -])/g,
    ['postfix'],
    ['reject', 'discard: ', 'hold: ', 'filter: ', 'redirect: ', 'warning: '],
  ],
  // Exim: "SMTP error from remote mail server after RCPT TO:<x>: 550 …", "C=\"250 OK id=…\"", rejects in mainlog/rejectlog
  [/\bSMTP error from remote (?:mail )?server (?:after|for) .*?: (?=\d{3}[ -])/g, ['exim'], ['SMTP error from remote ']],
  [/\bC="(?=\d{3}[ -])/g, ['exim'], ['C="']],
  [/\b(?:rejected|refused) (?:RCPT|MAIL|EHLO|HELO|connection|after DATA|DATA|AUTH)\b.*?: (?=\d{3}[ -]\d\.)/g, ['exim'], ['rejected ', 'refused ']],
  // Sendmail: "reply=550 5.1.1 …", "stat=Deferred: 421 4.3.2 …"
  [/\breply=(?=\d{3}[ -])/g, ['sendmail'], ['reply=']],
  [/\bstat=(?:[A-Za-z ]+: )?(?=\d{3}[ -])/g, ['sendmail'], ['stat=']],
  // OpenSMTPD: stat="550 5.1.1 …", result="550 Invalid recipient …"
  [/\b(?:stat|result)="(?=\d{3}[ -])/g, ['opensmtpd'], ['stat="', 'result="']],
  // aiosmtpd debug log: what the server sent
  [/\) << b['"](?=\d{3}[ -])/g, ['aiosmtpd'], [') << b']],
  // Microsoft Exchange message tracking: the recipient-status field, and replies quoted inside it
  [/,"?(?=[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.]))/g, ['exchange']],
  [/\bresponded with: "(?=\d{3}[ -])/g, ['exchange'], ['responded with: "']],
];

/** Enhanced codes that stand in a field of their own: Postfix/Sendmail dsn=, milter rejects with only an enhanced code. */
const enhancedContexts: readonly Context[] = [
  [/\bdsn=(?=\d\.\d)/g, ['postfix', 'sendmail'], ['dsn=']],
  [/\bmilter-reject: \S+ from .*?\]: (?=[245]\.\d)/g, ['postfix'], ['milter-reject: ']],
];

/**
 * Every context above ends right before a code, after one of these characters: a line without such a place holds
 * no code, and most lines of a busy log have none, so one test spares them the dozen patterns above.
 */
const mayHoldCode = /[ ("=,'](?:\d{3}[ -]|\d\.\d)/;

function holdsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** Reads the code where each match of each context ends, into `found`. */
function readContexts(
  text: string,
  line: number,
  contexts: readonly Context[],
  mentionAt: typeof replyMentionAt,
  found: Mention[],
): void {
  for (const [pattern, , needs] of contexts) {
    if (needs && !holdsAny(text, needs)) continue;
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
function codesOf(text: string, line: number, patterns: SoftwarePatterns): Mention[] {
  if (!mayHoldCode.test(text)) return [];
  const found: Mention[] = [];
  readContexts(text, line, patterns.replyContexts, replyMentionAt, found);
  readContexts(text, line, patterns.enhancedContexts, enhancedMentionAt, found);
  // distinctMentions only drops a mention for another one: it would hand back a lone mention (or none) as it is.
  return found.length < 2 ? found : distinctMentions(found);
}

/**
 * Queue IDs, where each software writes them right after its line prefix: Postfix short (hex) and long form, Exim
 * message IDs, Sendmail queue IDs, OpenSMTPD session IDs.
 */
const queueIdAfter: Readonly<Record<Exclude<LineSoftware, 'any'>, RegExp>> = {
  postfix: /([0-9A-F]{6,12}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]+): /y,
  exim: /(?:\[\d+\] )?([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) /y,
  sendmail: /([0-9A-Za-z]{8}\d{6}): /y,
  opensmtpd: /([0-9a-f]{16}) (?:smtp|mta) /y,
};

/** A queue ID in a line whose software is not told: the same IDs after their tags anywhere in it, and Exchange's. */
const anywhere = (before: string, after: RegExp): RegExp => new RegExp(before + after.source);
const queueIdsAnywhere: readonly RegExp[] = [
  anywhere(String.raw`\b(?:${postfixTag}\[\d+\]|"MESSAGE":"): `, queueIdAfter.postfix),
  anywhere(String.raw`\b(?:${sendmailTags})\[\d+\]: `, queueIdAfter.sendmail),
  anywhere(String.raw`\bsmtpd\[\d+\]: `, queueIdAfter.opensmtpd),
  /^\d{4}-\d\d-\d\dT[\d:.]+Z,(?:[^,]*,){7}[A-Z]+,(\d+),/,
];

const anyQueueId = firstOf(queueIdsAnywhere);

/** The queue ID of a line of a software, right after its prefix (which ends at `after`). */
function queueIdOf(text: string, software: LineSoftware, after: number): string | null {
  if (software === 'any') return firstMatch(text, anyQueueId)?.group ?? null;
  const pattern = queueIdAfter[software];
  pattern.lastIndex = after;
  return pattern.exec(text)?.[1] ?? null;
}

/** What a line says about the fate of its message, in each software's words. */
const outcomes: readonly (readonly [LogOutcome, readonly Pattern[]])[] = [
  [
    'sent',
    [
      [/\bstatus=sent\b/, ['postfix']],
      [/\bstat=Sent\b/, ['sendmail']],
      [/result="Ok"/, ['opensmtpd']],
      [/ (?:=>|->) /, ['exim']],
      [/,(?:DELIVER|SEND),\d+,/, ['exchange']],
    ],
  ],
  [
    'deferred',
    [
      [/\bstatus=deferred\b/, ['postfix']],
      [/\bstat=Deferred\b/, ['sendmail']],
      [/result="TempFail"/, ['opensmtpd']],
      [/ == /, ['exim']],
      [/,DEFER,\d+,/, ['exchange']],
    ],
  ],
  [
    'bounced',
    [
      [/\bstatus=bounced\b/, ['postfix']],
      [/result="PermFail"/, ['opensmtpd']],
      [/ \*\* /, ['exim']],
      [/\bdsn=5\.\d+\.\d+,.*\bstat=/, ['sendmail']],
      [/,FAIL,\d+,/, ['exchange']],
    ],
  ],
  ['expired', [[/\bstatus=expired\b/, ['postfix']]]],
  [
    'rejected',
    [
      [/\bNOQUEUE: (?:milter-)?reject:/, ['postfix']],
      [/\brejected (?:RCPT|MAIL|after DATA|DATA|EHLO|HELO)\b/, ['exim']],
      [/smtp failed-command/, ['opensmtpd']],
    ],
  ],
  [
    'accepted',
    [
      [/\bclient=/, ['postfix']],
      [/\buid=\d+ from=/, ['postfix']],
      [/ <= /, ['exim']],
      [/,RECEIVE,\d+,/, ['exchange']],
    ],
  ],
];

/** The outcome of the first outcome to match the line. */
function outcomeOf(text: string, patterns: SoftwarePatterns): LogOutcome | undefined {
  const first = firstMatch(text, patterns.outcomes);
  return first ? patterns.outcomeAt[first.index] : undefined;
}

/** Where a line names its recipient: Exchange's CSV, to=<…> (Postfix, Sendmail, OpenSMTPD), Exim's arrows and rejects. */
const recipientFields: readonly Pattern[] = [
  [/,[A-Z]+,\d+,<[^>]*>,[^,]*,([^,;\s]+@[^,;\s]+),/, ['exchange']],
  [/\bto=<([^>]*)>/, ['postfix', 'sendmail', 'opensmtpd']],
  [/(?: \*\*| ==| =>| ->) (?:[^\s<]+ <([^>]+)>|([^\s<]+))/, ['exim']],
  [/\brejected RCPT <([^>]*)>/, ['exim']],
];

/**
 * Whether a line says its message left the queue for good: Postfix ends it with ": removed", Exim with " Completed"
 * (and " QT=…" when it logs queue times). Read from the line's end: a search from its start would go through all of it.
 */
const leftQueue: Readonly<Record<LineSoftware, (text: string) => boolean>> = (() => {
  const postfix = (text: string): boolean => text.endsWith(': removed');
  const completed = / Completed(?: QT=\S+)?$/y;
  const exim = (text: string): boolean => {
    // The last " Completed" is the only one a match can start at: "QT=\S+" holds no space.
    const at = text.lastIndexOf(' Completed');
    if (at < 0) return false;
    completed.lastIndex = at;
    return completed.test(text);
  };
  const neither = (): boolean => false;
  return { postfix, exim, any: (text) => postfix(text) || exim(text), sendmail: neither, opensmtpd: neither };
})();

/** The patterns that read the lines of one software, or of any. */
interface SoftwarePatterns {
  readonly replyContexts: readonly Context[];
  readonly enhancedContexts: readonly Context[];
  readonly outcomes: FirstOf;
  /** The outcome each pattern joined in `outcomes` says, in their order. */
  readonly outcomeAt: readonly LogOutcome[];
  readonly recipient: RegExp;
}

function patternsOf(software: LineSoftware): SoftwarePatterns {
  const mine = <T extends Pattern | Context>(patterns: readonly T[]): T[] => patterns.filter(([, by]) => software === 'any' || by.includes(software));
  const of = (patterns: readonly Pattern[]): RegExp[] => mine(patterns).map(([pattern]) => pattern);
  const outcomeList = outcomes.flatMap(([outcome, patterns]) => of(patterns).map((pattern) => [pattern, outcome] as const));
  const joinedOf = (patterns: readonly RegExp[]): RegExp => new RegExp(patterns.map((p) => p.source).join('|'));
  return {
    replyContexts: mine(replyContexts),
    enhancedContexts: mine(enhancedContexts),
    outcomes: firstOf(outcomeList.map(([pattern]) => pattern)),
    outcomeAt: outcomeList.map(([, outcome]) => outcome),
    recipient: joinedOf(of(recipientFields)),
  };
}

const softwarePatterns = new Map<LineSoftware, SoftwarePatterns>(
  (['postfix', 'exim', 'sendmail', 'opensmtpd', 'any'] as const).map((s) => [s, patternsOf(s)]),
);

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

/**
 * Reads each line of a mail log on its own: its codes, and what it says about its message. `format` is the log's, as
 * detect.ts names it.
 */
export function readLog(lines: readonly string[], format: string): LogReading {
  const prefix = format === 'exim' ? linePrefix.inExim : linePrefix.elsewhere;
  const mentions: Mention[] = [];
  const builders: Builder[] = [];
  const byId = new Map<string, Builder>();
  lines.forEach((text, line) => {
    const { software, after } = softwareOf(text, prefix);
    const patterns = softwarePatterns.get(software)!;
    const codes = codesOf(text, line, patterns);
    for (const m of codes) mentions.push(m);
    const outcome = outcomeOf(text, patterns);
    const id = queueIdOf(text, software, after);
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
    partial.done = leftQueue[software](text);
    if (!outcome) return;
    const recipient = patterns.recipient.exec(text)?.find((group, index) => index > 0 && group !== undefined);
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
