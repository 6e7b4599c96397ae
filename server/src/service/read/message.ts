import type { DeliveryReport, LineSpan, Mention, MessageModel } from '../model';
import { readDeliveries } from './delivery';
import { fieldValue, readEntity, toMessagePart, walk, type MimeEntity } from './mime';
import { distinctMentions, enhancedMentionAt, replyMentionAt } from './reply-syntax';

/** The top-level header fields of a message, unfolded, with the line where the body starts. */
export interface MessageHead {
  readonly fields: ReadonlyMap<string, string>;
  readonly bodyLine: number;
}

export function readHead(lines: readonly string[]): MessageHead {
  const fields = new Map<string, string>();
  let name: string | null = null;
  let line = 0;
  for (; line < lines.length; line++) {
    const text = lines[line]!;
    if (text === '') break;
    if (/^[ \t]/.test(text) && name) {
      fields.set(name, `${fields.get(name)!} ${text.trim()}`);
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    name = text.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, text.slice(colon + 1).trim());
  }
  return { fields, bodyLine: line + 1 };
}

const bounceSender = /mailer-daemon|post_?master|mail delivery|mail administrator|mdaemon|mailerdaemon/i;
const bounceSubject =
  /undeliver|delivery (?:status|fail|notification|report|problem)|returned mail|failure notice|mail delivery failed|non-?delivery|not (?:be )?delivered|could not send|delayed|warning: message|rejected|bounce|mail system error|failed|postfix smtp server errors/i;

/** A report (RFC 3464/6522) or a bounce that says so in its sender or subject. */
export function looksLikeBounce(head: MessageHead): boolean {
  const type = head.fields.get('content-type') ?? '';
  if (/multipart\/report/i.test(type)) return true;
  return bounceSender.test(head.fields.get('from') ?? '') || bounceSubject.test(head.fields.get('subject') ?? '');
}

/** DSN fields (RFC 3464 §2.3.4, §2.3.6), wherever the delivery-status part sits. */
const statusField = /^(?:Status|X-Postfix-Status)[ \t]*:[ \t]*(?=\d\.\d)/i;
const diagnosticField = /^Diagnostic-Code[ \t]*:[ \t]*[\w-]+[ \t]*;[ \t]*(?=\d{3}[ -])/i;

/** In a bounce's human-readable text: a reply code with its enhanced code, anywhere ("#550 5.1.1", "'550-5.7.1"). */
const replyWithEnhanced = /(?<![\w.-])(?=[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.]))/g;
/** Quoting phrases MTAs put before a remote reply. */
const quotedReply =
  /(?:\bsaid|\breplied|\breturned|\bresponse(?: was)?|\breply(?: was)?|\banswered|\bSMTP error from remote (?:mail )?server (?:after|for) .*?)[:=]? ['"(]?(?=[245]\d\d(?:[ -]|$))/gi;
/** A reply at the start of a line, as transcripts in bounces write it ("<<< 550 …", "Out: 550 …", "    550 5.1.1 …"). */
const lineStartReply = /^[ \t]*(?:<<< ?|Out: |Remote-MTA said: )?(?=[245]\d\d(?:[ -][^\s]|$))/;
/** A line that opens with a bare number is a reply when it fails or carries an enhanced code: "250 apples" is not. */
const bareSuccess = /^[ \t]*2\d\d(?![ -]\d\.\d)/;
/** An enhanced code standing alone in a bounce's text ("#5.1.1", "(5.7.1)"): classes 2/4/5, subjects 0–7. */
const lonelyEnhanced = /(?<![\w.-])(?=[245]\.[0-7]\.\d{1,3}(?![\w.]))/g;

/**
 * Finds the codes of one message's lines (`span`): DSN fields anywhere, and in bounces the replies their text
 * quotes, but not in the copy of the original message it returns (`quiet`: "Perl version 5.6.0" is no status).
 */
function findMentions(lines: readonly string[], span: LineSpan, head: MessageHead, quiet: readonly LineSpan[]): Mention[] {
  const bounce = looksLikeBounce(head);
  const mentions: Mention[] = [];
  const add = (m: Mention | null): void => {
    if (m) mentions.push(m);
  };
  // A bounce's copy of the original message can be long: its lines are not listed one by one.
  const silent = (line: number): boolean => quiet.some((q) => line >= q.start && line <= q.end);
  for (let line = span.start; line <= span.end; line++) {
    const text = lines[line]!;
    if (!/\d/.test(text)) continue;
    const status = statusField.exec(text);
    if (status) add(enhancedMentionAt(text, status[0].length, line, 'dsn'));
    const diagnostic = diagnosticField.exec(text);
    if (diagnostic) add(replyMentionAt(text, diagnostic[0].length, line, 'dsn'));
    if (bounce && line >= head.bodyLine && !status && !silent(line)) {
      const context = diagnostic ? 'dsn' : 'bounce';
      for (const m of text.matchAll(replyWithEnhanced)) add(replyMentionAt(text, m.index, line, context));
      for (const m of text.matchAll(quotedReply)) add(replyMentionAt(text, m.index + m[0].length, line, context));
      const start = lineStartReply.exec(text);
      if (start && !bareSuccess.test(text)) add(replyMentionAt(text, start[0].length, line, context));
      for (const m of text.matchAll(lonelyEnhanced)) add(enhancedMentionAt(text, m.index, line, context));
    }
  }
  return mentions;
}

/** An mbox separator ("From MAILER-DAEMON Tue Jun 11 19:13:34 2024"): at the start or after a blank line. */
const mboxFrom = /^From \S*[ \t]+\S.*\d\d?:\d\d/;

/** Whether line `at` separates two messages of an mbox; `line` gives a line of the text, undefined past its end. */
function isSeparatorAt(line: (index: number) => string | undefined, at: number): boolean {
  const next = line(at + 1);
  return mboxFrom.test(line(at)!) && (at === 0 || line(at - 1)!.trim() === '') && next !== undefined && /^[!-9;-~]+[ \t]*:/.test(next);
}

function isSeparator(lines: readonly string[], line: number): boolean {
  return isSeparatorAt((i) => lines[i], line);
}

/**
 * Reads an mbox from a line on (one that starts a message) in a part of at least `least` lines, which ends before the
 * separator of a message ("From …"): each message is read whole, and as readMessages reads the whole text. A
 * document without separators after `least` lines (an .eml) is one part.
 */
export function readMessagePart(line: (index: number) => string | undefined, least: number): { reading: MessageReading; length: number; last: boolean } {
  const lines: string[] = [];
  for (let at = 0; line(at) !== undefined; at++) {
    if (at >= least && at > 0 && line(at)!.startsWith('From ') && isSeparatorAt(line, at)) return { reading: readMessages(lines), length: at, last: false };
    lines.push(line(at)!);
  }
  return { reading: readMessages(lines), length: lines.length, last: true };
}

/** The messages of a document: one for an .eml, one per "From " separator for an mbox. */
function messageSpans(lines: readonly string[]): LineSpan[] {
  const starts: number[] = [];
  for (let line = 0; line < lines.length; line++) if (lines[line]!.startsWith('From ') && isSeparator(lines, line)) starts.push(line);
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => ({ start, end: (starts[i + 1] ?? lines.length) - 1 }));
}

/**
 * A report that arrives wrapped: a bounce attached whole (message/rfc822) to a notice that says nothing itself.
 * The first enclosed message that is a report speaks for the message.
 */
function enclosedReport(lines: readonly string[], root: MimeEntity): DeliveryReport[] {
  for (const { entity } of walk(root)) {
    if (entity === root || !/^message\/(?:rfc822|global)$/.test(entity.contentType)) continue;
    const inner = entity.parts[0];
    if (!inner || !looksLikeBounce(headOf(inner))) continue;
    const { deliveries } = readDeliveries(lines, inner, true);
    if (deliveries.length > 0) return deliveries;
  }
  return [];
}

/** The bodies of attached originals (message/rfc822 that is not itself a report, text/rfc822-headers). */
function enclosedOriginals(root: MimeEntity): LineSpan[] {
  const spans: LineSpan[] = [];
  for (const { entity } of walk(root)) {
    if (entity === root) continue;
    const inner = /^message\/(?:rfc822|global)$/.test(entity.contentType) ? entity.parts[0] : undefined;
    const headers = /^(?:text|message)\/(?:rfc822-headers|global-headers)$/.test(entity.contentType);
    if ((inner && !looksLikeBounce(headOf(inner))) || headers) spans.push(entity.body);
  }
  return spans;
}

function headOf(entity: MimeEntity): MessageHead {
  const fields = new Map<string, string>();
  for (const f of entity.header.fields) if (!fields.has(f.name)) fields.set(f.name, f.value);
  return { fields, bodyLine: entity.body.start };
}

export interface MessageReading {
  /** Sorted by line, then character. */
  readonly mentions: Mention[];
  readonly messages: MessageModel[];
}

/**
 * Reads a message document (.eml: one message; mbox: several, split on "From " lines): each message's MIME tree,
 * subject and delivery reports, and the code mentions of the whole document.
 */
export function readMessages(lines: readonly string[]): MessageReading {
  const mentions: Mention[] = [];
  const messages: MessageModel[] = [];
  for (const span of messageSpans(lines)) {
    let start = span.start;
    if (isSeparator(lines, start)) start++;
    while (start <= span.end && lines[start]!.trim() === '') start++;
    if (start > span.end) continue;
    const root = readEntity(lines, { start, end: span.end });
    const head = headOf(root);
    const reading = readDeliveries(lines, root, looksLikeBounce(head));
    const quiet = [...reading.copies, ...enclosedOriginals(root)];
    mentions.push(...findMentions(lines, { start, end: span.end }, head, quiet), ...reading.mentions);
    if (reading.deliveries.length === 0) reading.deliveries.push(...enclosedReport(lines, root));
    messages.push({
      subject: fieldValue(root.header, 'subject'),
      root: toMessagePart(root),
      deliveries: reading.deliveries,
      span,
    });
  }
  return { mentions: distinctByLine(mentions), messages };
}

/** One mention per code occurrence, sorted by line then character. */
function distinctByLine(mentions: readonly Mention[]): Mention[] {
  const byLine = new Map<number, Mention[]>();
  for (const m of mentions) {
    const same = byLine.get(m.line);
    if (same) same.push(m);
    else byLine.set(m.line, [m]);
  }
  return [...byLine.keys()].sort((a, b) => a - b).flatMap((line) => distinctMentions(byLine.get(line)!));
}
