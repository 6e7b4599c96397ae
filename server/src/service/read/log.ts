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

/** Finds the codes in every line of a mail log, by the fields that carry them. */
export function readLog(lines: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  lines.forEach((text, line) => {
    if (!mayHoldCode.test(text)) return;
    const found: Mention[] = [];
    for (const context of replyContexts) {
      for (const match of text.matchAll(context)) {
        const mention = replyMentionAt(text, match.index + match[0].length, line, 'log');
        if (mention) found.push(mention);
      }
    }
    for (const context of enhancedContexts) {
      for (const match of text.matchAll(context)) {
        const mention = enhancedMentionAt(text, match.index + match[0].length, line, 'log');
        if (mention) found.push(mention);
      }
    }
    mentions.push(...distinctMentions(found));
  });
  return mentions;
}

/** Queue IDs: Postfix short (hex) and long form, Exim message IDs, Sendmail queue IDs, OpenSMTPD session IDs. */
const queueIds: readonly RegExp[] = [
  /\b(?:postfix(?:-[\w-]+)?\/[\w/-]+\[\d+\]|"MESSAGE":"): ([0-9A-F]{6,12}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]+): /,
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:\[\d+\] )?([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) /,
  /\b(?:sendmail|sm-mta|sm-msp-queue)\[\d+\]: ([0-9A-Za-z]{8}\d{6}): /,
  /\bsmtpd\[\d+\]: ([0-9a-f]{16}) (?:smtp|mta) /,
  /^\d{4}-\d\d-\d\dT[\d:.]+Z,(?:[^,]*,){7}[A-Z]+,(\d+),/,
];

/** What a line says about the fate of its message, in each software's words. */
const outcomes: readonly [RegExp, LogOutcome][] = [
  [/\bstatus=sent\b|\bstat=Sent\b|result="Ok"| (?:=>|->) |,(?:DELIVER|SEND),\d+,/, 'sent'],
  [/\bstatus=deferred\b|\bstat=Deferred\b|result="TempFail"| == |,DEFER,\d+,/, 'deferred'],
  [/\bstatus=bounced\b|result="PermFail"| \*\* |\bdsn=5\.\d+\.\d+,.*\bstat=|,FAIL,\d+,/, 'bounced'],
  [/\bstatus=expired\b/, 'expired'],
  [/\bNOQUEUE: (?:milter-)?reject:|\brejected (?:RCPT|MAIL|after DATA|DATA|EHLO|HELO)\b|smtp failed-command/, 'rejected'],
  [/\bclient=|\buid=\d+ from=| <= |,RECEIVE,\d+,/, 'accepted'],
];

/** Across recipients the worse outcome wins: a message with one bounced recipient has bounced for that person. */
const severity: readonly LogOutcome[] = ['unknown', 'accepted', 'sent', 'deferred', 'expired', 'bounced', 'rejected'];

const recipientField = /,[A-Z]+,\d+,<[^>]*>,[^,]*,([^,;\s]+@[^,;\s]+),|\bto=<([^>]*)>|(?: \*\*| ==| =>| ->) (?:[^\s<]+ <([^>]+)>|([^\s<]+))|\brejected RCPT <([^>]*)>/;

interface EntryBuilder {
  readonly id: string | null;
  readonly lines: number[];
  /** The last word on each recipient: a deferral followed by a delivery is a delivery. */
  readonly byRecipient: Map<string, LogOutcome>;
  /** Outcomes of lines that name no recipient (accepted, rejected before queueing). */
  other: LogOutcome;
  verdict: Mention | null;
  /** The outcome of the line the verdict comes from: a worse line's code replaces it. */
  verdictOutcome: LogOutcome;
}

function worst(outcomes: Iterable<LogOutcome>): LogOutcome {
  let result: LogOutcome = 'unknown';
  for (const o of outcomes) if (severity.indexOf(o) > severity.indexOf(result)) result = o;
  return result;
}

/**
 * Groups a log's lines into one entry per message (queue ID) with its outcome and recipients; each rejection before
 * queueing (Postfix NOQUEUE, Exim rejections) is an entry of its own.
 */
export function readLogEntries(lines: readonly string[], mentions: readonly Mention[]): LogEntry[] {
  const mentionsByLine = new Map<number, Mention[]>();
  for (const m of mentions) mentionsByLine.set(m.line, [...(mentionsByLine.get(m.line) ?? []), m]);
  const builders: EntryBuilder[] = [];
  const byId = new Map<string, EntryBuilder>();
  lines.forEach((text, line) => {
    const outcome = outcomes.find(([pattern]) => pattern.test(text))?.[1];
    let id: string | null = null;
    for (const pattern of queueIds) {
      id = pattern.exec(text)?.[1] ?? null;
      if (id !== null) break;
    }
    if (id === null && outcome !== 'rejected') return;
    let entry = id === null ? undefined : byId.get(id);
    if (!entry) {
      entry = { id, lines: [], byRecipient: new Map(), other: 'unknown', verdict: null, verdictOutcome: 'unknown' };
      builders.push(entry);
      if (id !== null) byId.set(id, entry);
    }
    entry.lines.push(line);
    const recipient = recipientField.exec(text);
    const address = recipient?.slice(1).find((group) => group !== undefined);
    if (!outcome) return;
    if (address !== undefined) entry.byRecipient.set(address, outcome);
    else entry.other = worst([entry.other, outcome]);
    const found = mentionsByLine.get(line);
    if (found && found.length > 0 && severity.indexOf(outcome) >= severity.indexOf(entry.verdictOutcome)) {
      entry.verdict = found.find((m) => m.reply) ?? found[0]!;
      entry.verdictOutcome = outcome;
    }
  });
  return builders.map((b) => ({
    id: b.id,
    lines: b.lines,
    outcome: worst([b.other, ...b.byRecipient.values()]),
    recipients: [...b.byRecipient.keys()],
    verdict: b.verdict,
  }));
}
