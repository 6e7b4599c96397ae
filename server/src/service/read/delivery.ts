import type { DeliveryAction, DeliveryReport, LineSpan, Mention, MentionContext } from '../model';
import {
  decodedBody,
  readHeaderLines,
  walk,
  type HeaderField,
  type MimeEntity,
  type SourceLine,
} from './mime';
import { codeToken } from './reply-syntax';

/**
 * Delivery reports: what a message says happened to each recipient. RFC 3464 delivery-status fields come first;
 * where a message has none (qmail, old Exchange, Exim and Sendmail texts, Gmail, Yahoo …), the human-readable text
 * that quotes the remote server's reply is read instead, and it also fills what the fields leave out.
 */

export interface DeliveryReading {
  readonly deliveries: DeliveryReport[];
  /** The codes the reports were taken from, where they stand verbatim in the document. */
  readonly mentions: Mention[];
  /** Lines of text parts that copy the original message: no bounce text is read there. */
  readonly copies: LineSpan[];
}

// ---------------------------------------------------------------------------------------------------------------
// Codes in text

/** A code statement found in a line: a reply code and/or an enhanced code, and how sure the context is. */
interface Statement {
  readonly source: SourceLine;
  readonly reply: { readonly code: string; readonly index: number } | null;
  readonly enhanced: { readonly code: string; readonly index: number } | null;
  /** 3: quoted as the remote's reply; 2: a reply with its enhanced code; 1: a reply opening a line; 0: a lone enhanced code. */
  readonly strength: number;
  /** Sendmail "<<< 550 …" transcript lines: the reply belongs to the recipient named next. */
  readonly transcript: boolean;
}

const enhancedCode = /(?<![\w.-])([245])\.(\d{1,3})\.(\d{1,3})(?!\w|\.\d)/y;

function enhancedAt(text: string, index: number): { code: string; index: number } | null {
  enhancedCode.lastIndex = index;
  const m = enhancedCode.exec(text);
  return m ? { code: m[0], index } : null;
}

/** The enhanced code that follows a reply code: "550 5.1.1", "550-5.7.1", "550: 5.1.1", "554 554 5.7.0". */
function enhancedAfterReply(text: string, replyIndex: number): { code: string; index: number } | null {
  const m = /^(?::? |-|\s+(?:\d{3}[ -])?)['"]?(?=\d\.)/.exec(text.slice(replyIndex + 3, replyIndex + 13));
  return m ? enhancedAt(text, replyIndex + 3 + m[0].length) : null;
}

/** A reply code ends at a space, a hyphen, the end, or punctuation; "550: 5.1.1" (Yahoo) but not a port "…]:550: …". */
const replyCode = /[245]\d\d(?=[ \t-]|$|[,;)\]'"]|: \d\.\d)/y;

function replyAt(text: string, index: number): { code: string; index: number } | null {
  if (index > 0 && /[\w.-]/.test(text[index - 1]!)) return null;
  replyCode.lastIndex = index;
  const m = replyCode.exec(text);
  return m ? { code: m[0], index } : null;
}

/** Phrases that introduce the remote server's reply; the code starts where the match ends. */
const quotingContexts: readonly RegExp[] = [
  // Postfix "said: 550 …", qmail "Remote host said: 550 …", Gmail "The error that the other server returned was: 550 …"
  /\b(?:said|replied|returned(?: was)?|response(?: was)?|reply(?: was)?|answered|reason|responded with(?: failure)?|error message|error was|diagnostic(?:-code)?)[ \t]*[:=]?[ \t]*['"([]?(?=[245]\d\d\b)/gi,
  // Exim and others: "host mx.example.jp [192.0.2.20]: 550 …", "SMTP:RCPT host 192.0.2.8: 553 …"
  /\bhost [\w.-]+(?: ?\[[\d.:a-fA-F]+\])?:[ \t]*(?=[245]\d\d\b)/g,
  // Zoho "ERROR_CODE :550", 1&1/Orange "reason: 550 …", "[554 5.4.6 …]" after "error message:"
  /\bERROR_CODE[ \t]*:[ \t]*(?=[245]\d\d\b)/g,
  // OpenSMTPD and others: "bob@example.com: 550 5.1.1 …", "<bob@example.com>: 550 user unknown"
  /^[ \t]*<?[^\s<>@]+@[\w.-]+>?:[ \t]*(?=[245]\d\d\b)/g,
  // Sendmail "554 <x@y>... 550 Host unknown": the text after "... " is the remote's when it starts with a code
  /^[ \t]*(?:\d{3} )?<[^>\s]+>\.\.\. (?=[245]\d\d\b)/g,
];

/** A reply at the start of a line: "550 5.1.1 …", "<<< 550 …" (Sendmail transcript). */
const lineStart = /^[ \t]*(?:(<<<) ?)?(?=[245]\d\d(?:[ -]|$))/;

/**
 * Dialogue lines of a Postfix postmaster notice ("Transcript of session follows." / " Out: 550 …" / " In:  RCPT …"):
 * a session's replies to a client, not what happened to a recipient of a message.
 */
const noticeDialogue = /^[ \t]*(?:Out|In):[ \t]/;

/** An enhanced code standing alone in a bounce text: "(#5.1.1)", "[#4.1.9]", "5.2.2 <x@y>... Mailbox Full". */
const loneEnhanced = /(?<![\w.-])#?(?=[245]\.[0-7]\.\d{1,3}(?![\w.]))/g;

/** Numbers that words name as something else: "version 4.2.2", "port 550", "size 552", "id 421". */
const notAfter = /\b(?:version|v|release|ver\.?|id|port|size|pid|uid)[ \t]*[:=#]?[ \t]*$/i;

function statementsIn(source: SourceLine): Statement[] {
  const text = source.text;
  // Every statement has a reply code or an enhanced code: a line with neither shape holds none.
  if (!/[245](?:\d\d|\.\d)/.test(text)) return [];
  const found: Statement[] = [];
  const taken = new Set<number>();
  const addReply = (index: number, strength: number, transcript = false): void => {
    const reply = replyAt(text, index);
    if (!reply || taken.has(index)) return;
    if (notAfter.test(text.slice(Math.max(0, index - 10), index))) return;
    const enhanced = enhancedAfterReply(text, index);
    // A lone reply code is a reply only where failures are spoken of; "250 apples" in a text is not.
    if (strength <= 1 && !enhanced && reply.code[0] === '2') return;
    taken.add(index);
    if (enhanced) taken.add(enhanced.index);
    found.push({ source, reply, enhanced, strength, transcript });
  };
  for (const context of quotingContexts) {
    for (const m of text.matchAll(context)) addReply(m.index + m[0].length, 3);
  }
  const start = lineStart.exec(text);
  if (start) addReply(start[0].length, start[1] ? 3 : 1, start[1] !== undefined);
  for (const m of text.matchAll(/(?<![\w.-])(?=[245]\d\d(?::? |-)['"]?[245]\.\d{1,3}\.\d{1,3}(?![\d.]))/g)) addReply(m.index, 2);
  for (const m of text.matchAll(loneEnhanced)) {
    const index = m.index + m[0].length;
    if (taken.has(index)) continue;
    if (found.some((s) => s.enhanced && index >= s.enhanced.index && index < s.enhanced.index + s.enhanced.code.length)) continue;
    if (notAfter.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const enhanced = enhancedAt(text, index);
    if (!enhanced) continue;
    taken.add(index);
    found.push({ source, reply: null, enhanced, strength: 0, transcript: false });
  }
  return found.sort((a, b) => first(a) - first(b));
}

function first(s: Statement): number {
  return (s.reply ?? s.enhanced)!.index;
}

// ---------------------------------------------------------------------------------------------------------------
// Addresses

const address = /[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?)+/;

/**
 * Where a line names the recipient it reports on, as MTAs lay their texts out: the address alone on its line
 * ("<bob@example.com>:", "  bob@example.com", "   * bob@example.com"), the address opening the line before the
 * reason ("bob@example.com: 550 …", "<bob@example.com>: host …", "bob@example.com Invalid Address, …"), Sendmail's
 * "550 <bob@example.com>... User unknown", and phrases that announce the failed addresses.
 */
const recipientShapes: readonly RegExp[] = [
  new RegExp(String.raw`^[ \t]*(?:[*-] )?["<]?(${address.source})[">]?[ \t]*:?[ \t]*$`),
  new RegExp(String.raw`^[ \t]*["<]?(${address.source})[">]?(?::[ \t]|[ \t]+(?=[A-Za-z(\[])|\.\.\.)`),
  new RegExp(String.raw`^[ \t]*\d{3} <(${address.source})>\.\.\.`),
  new RegExp(
    String.raw`\b(?:recipients?|address(?:es)?|addressee|(?:permanent|temporary|delivery) errors?|undeliverable to|delivery to|deliver(?:ed|ing)? (?:(?:your|the) (?:mail|message) )?to|failed (?:permanently|temporarily)?:?)(?: \([^)]*\))?[ \t]*:?[ \t]+<?(${address.source})>?`,
    'i',
  ),
  // "User mailbox exceeds allowed size: bob@example.com" (not a header field such as "To: …" in a summary)
  new RegExp(
    String.raw`^(?![ \t]*(?:To|Cc|Bcc|Delivered-To|X-[\w-]+)[ \t]*:)(?!.*\b(?:MAIL FROM|From|Message[- ]?ID|Sender|Return-Path|Reply-To)[ \t]*:)[^:]{6,}:[ \t]+<?(${address.source})>?[ \t]*$`,
    'i',
  ),
  new RegExp(String.raw`^[ \t]*(?:Original|Final)-Recipient:[ \t]*(?:rfc822;)?[ \t]*<?(${address.source})>?`, 'i'),
];

function recipientIn(text: string): string | null {
  if (!text.includes('@')) return null;
  for (const shape of recipientShapes) {
    const m = shape.exec(text);
    if (m) return m[1]!;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The human-readable text

/** Lines that start the copy of the original message in a bounce text. */
const originalFollows =
  /^[ \t]*(?:[-=*_]{2,}[ \t]*)?(?:(?:below this line is |this is )?(?:a )?copy of (?:the |your )?(?:original )?message|(?:the )?original message(?: follows| headers?| below|[ \t]*[:-]|[ \t]*$)|(?:the )?original message (?:is|was) (?:attached|included|below)|(?:the )?headers? of (?:the )?original|(?:unsent|returned) message follows|message text follows|original headers|(?:message|rfc822) headers follow)/i;
const headerish = /^(?:Return-Path|Received|Message-Id|Date|From|To|Subject|DKIM-Signature|MIME-Version|Content-Type|X-[\w-]+):/i;

interface HumanText {
  readonly lines: SourceLine[];
  /** Where text parts go on with a copy of the original message (after "--- Below this line is a copy …"). */
  readonly copies: LineSpan[];
}

/** The text parts of a bounce that people read, decoded, without the copy of the original message. */
function humanText(lines: readonly string[], root: MimeEntity): HumanText {
  const texts: MimeEntity[] = [];
  const html: MimeEntity[] = [];
  for (const { entity, enclosed } of walk(root)) {
    if (enclosed || entity.parts.length > 0) continue;
    // A multipart whose parts could not be found is read as text.
    if (/^text\/plain$|^text$|^multipart\//.test(entity.contentType)) texts.push(entity);
    else if (entity.contentType === 'text/html') html.push(entity);
  }
  const chosen = texts.length > 0 ? texts : html;
  const out: SourceLine[] = [];
  const copies: LineSpan[] = [];
  for (const entity of chosen) {
    let body = dequote(decodedBody(lines, entity));
    if (entity.contentType === 'text/html') body = body.map(stripTags);
    const cut = originalStart(body, entity === root);
    out.push(...body.slice(0, cut));
    if (cut < body.length) copies.push({ start: body[cut]!.line, end: entity.body.end });
  }
  return { lines: out, copies };
}

/** Where the copy of the original message begins: a marker line, or a block of header fields after a blank line. */
function originalStart(body: readonly SourceLine[], whole: boolean): number {
  for (let i = 0; i < body.length; i++) {
    const text = body[i]!.text;
    if (originalFollows.test(text) && !/[245]\d\d[ -]/.test(text)) return i;
    const afterBlank = i === 0 ? !whole : body[i - 1]!.text.trim() === '';
    if (afterBlank && headerish.test(text) && looksLikeHeader(body, i)) {
      // A bounce forwarded by a person: its header follows "Begin forwarded message:"; the report is after it.
      if (!forwarded(body, i)) return i;
      while (i + 1 < body.length && body[i + 1]!.text.trim() !== '') i++;
    }
  }
  return body.length;
}

/**
 * A copied header block: header fields from `at` on, among them one that only a stored message has (a summary
 * "To: … / Subject: … / Date: …" in the text is not one).
 */
function looksLikeHeader(body: readonly SourceLine[], at: number): boolean {
  let fields = 0;
  for (let i = at; i < body.length && i < at + 30; i++) {
    const text = body[i]!.text;
    if (text.trim() === '') break;
    if (/^[ \t]/.test(text)) continue;
    if (!/^[\w-]+:/.test(text)) return false;
    if (/^(?:Return-Path|Received|Message-Id|DKIM-Signature|MIME-Version|Content-Type|X-Mailer|References|In-Reply-To):/i.test(text)) fields++;
  }
  return fields > 0;
}

function forwarded(body: readonly SourceLine[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const text = body[i]!.text.trim();
    if (text === '') continue;
    return /forwarded message|^-+ ?Forwarded/i.test(text);
  }
  return false;
}

/** A forwarded bounce quoted with "> ": read it without the quote marks (Sendmail's own ">>>" lines stay). */
function dequote(body: SourceLine[]): SourceLine[] {
  const nonEmpty = body.filter((l) => l.text.trim() !== '');
  const quoted = nonEmpty.filter((l) => l.text.startsWith('>'));
  if (nonEmpty.length === 0 || quoted.length / nonEmpty.length < 0.6) return body;
  return body.map((l) => {
    const m = /^> ?/.exec(l.text);
    if (!m) return l;
    return { text: l.text.slice(m[0].length), line: l.line, offset: l.offset === null ? null : l.offset + m[0].length };
  });
}

function stripTags(l: SourceLine): SourceLine {
  const text = l.text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ');
  return { text, line: l.line, offset: null };
}

// ---------------------------------------------------------------------------------------------------------------
// RFC 3464 fields

interface FieldRecord {
  readonly fields: HeaderField[];
}

/** Fields of a per-recipient group (RFC 3464 §2.3) and the vendor fields that sit among them. */
const recipientFields = new Set([
  'original-recipient',
  'final-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'final-log-id',
  'will-retry-until',
  'x-actual-recipient',
  'x-display-name',
]);

/** The field groups of a delivery-status body, one per recipient; per-message groups are left out. */
function dsnRecords(source: readonly SourceLine[], strict: boolean): FieldRecord[] {
  const records: FieldRecord[] = [];
  let i = 0;
  while (i < source.length) {
    const { fields, used } = readHeaderLines(source, i);
    i += Math.max(used, 1);
    let current: HeaderField[] | null = null;
    for (const field of fields) {
      if (!recipientFields.has(field.name)) continue;
      // Field order varies (Postfix: Final- before Original-Recipient; Exim and SES: Action first), so without a
      // blank line a new recipient starts only where a field comes back.
      if (current === null || current.some((f) => f.name === field.name)) {
        current = [];
        records.push({ fields: current });
      }
      current.push(field);
    }
  }
  return records.filter(({ fields }) => {
    const has = (name: string): boolean => fields.some((f) => f.name === name);
    if (!strict) return has('final-recipient') || has('original-recipient') || has('action') || has('status');
    return ((has('final-recipient') || has('original-recipient')) && (has('status') || has('action') || has('diagnostic-code'))) || (has('action') && has('status'));
  });
}

const actions: readonly DeliveryAction[] = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'];

function addressValue(value: string | null): string | null {
  if (value === null) return null;
  const bare = value.replace(/^[\w.-]+[ \t]*;/, '').trim();
  return address.exec(bare)?.[0] ?? (bare.replace(/^<|>$/g, '') || null);
}

function get(record: FieldRecord, name: string): HeaderField | null {
  return record.fields.find((f) => f.name === name) ?? null;
}

function recordReport(record: FieldRecord): DeliveryReport {
  const value = (name: string): string | null => get(record, name)?.value ?? null;
  const recipient = addressValue(value('final-recipient')) ?? addressValue(value('original-recipient')) ?? addressValue(value('x-actual-recipient'));
  const actionWord = /^\s*([a-z]+)/i.exec(value('action') ?? '')?.[1]?.toLowerCase();
  const action = actions.find((a) => a === actionWord) ?? null;
  const statusValue = value('status') ?? '';
  const status = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/.exec(statusValue)?.[0] ?? null;
  const diagnosticValue = value('diagnostic-code');
  const diagnostic = diagnosticValue === null ? null : diagnosticValue.replace(/^[\w.-]+[ \t]*;[ \t]*/, '') || null;
  const found = diagnostic === null ? null : codesOfText(diagnostic);
  const remote = value('remote-mta');
  const lines = record.fields.flatMap((f) => [f.span.start, f.span.end]);
  const span: LineSpan = { start: Math.min(...lines), end: Math.max(...lines) };
  return {
    recipient,
    action,
    status: preferredStatus(status, found?.status ?? null),
    reply: found?.reply ?? null,
    diagnostic,
    remoteMta: remote === null ? null : remote.replace(/^[\w.-]+[ \t]*;[ \t]*/, '') || null,
    line: span.start,
    span,
  };
}

/**
 * The Status field, unless it is the catch-all "X.0.0" ("other or undefined status", RFC 3463 §3.1) and the remote
 * server's reply names the same class more precisely: Exim and OpenSMTPD write "Status: 5.0.0" next to a remote
 * "550 5.1.1", and the remote's code is the one that says what happened.
 */
function preferredStatus(field: string | null, diagnostic: string | null): string | null {
  if (field === null) return diagnostic;
  if (diagnostic !== null && /^\d\.0\.0$/.test(field) && diagnostic[0] === field[0] && diagnostic !== field) return diagnostic;
  return field;
}

/** The reply and enhanced code a diagnostic text carries: "550 5.1.1 <x@y>… ", "host x said: 550 …", "#5.1.1". */
function codesOfText(text: string): { reply: string | null; status: string | null } {
  const statements = statementsIn({ text, line: 0, offset: null });
  const withReply = statements.filter((s) => s.reply).sort((a, b) => rank(a) - rank(b));
  const best = withReply[0];
  // A diagnostic is the remote's reply text, so a code that opens a word there is its reply ("… problem 550-'…'").
  const anywhere = /(?<![\w.:/-])[245]\d\d(?=-\S| ['"<\w(]|$)/.exec(text);
  const reply = best?.reply?.code ?? (anywhere && !notAfter.test(text.slice(0, anywhere.index)) ? anywhere[0] : null);
  const status = best?.enhanced?.code ?? statements.find((s) => s.enhanced)?.enhanced?.code ?? null;
  return { reply, status };
}

/** Stronger contexts first; the sort is stable, so text order decides between equals. */
function rank(s: Statement): number {
  return -s.strength;
}

// ---------------------------------------------------------------------------------------------------------------
// Reports from the human-readable text

interface TextReport {
  recipient: string | null;
  line: number;
  lastLine: number;
  statements: Statement[];
}

const dsnFieldLine = /^(?:Status|Action|Diagnostic-Code|Remote-MTA|Reporting-MTA|Last-Attempt-Date|Will-Retry-Until|X-Postfix-Status)[ \t]*:/i;

/**
 * Reads recipients and the replies quoted for them, in text order; a reply belongs to the recipient named last. The
 * recipients X-Failed-Recipients names, when the text names none, are reported on the text's first line, or on
 * `failedLine` (the header field's) when the message has no text.
 */
function textReports(source: readonly SourceLine[], failed: readonly string[], failedLine: number): TextReport[] {
  const reports: TextReport[] = [];
  const byAddress = new Map<string, TextReport>();
  const failedSet = new Set(failed.map((f) => f.toLowerCase()));
  let current: TextReport | null = null;
  let held: Statement[] = [];
  let loose: Statement[] = [];
  for (const l of source) {
    if (/^\s*(?:\.\.\. )?while talking to /i.test(l.text)) {
      if (current) current.statements.push(...held);
      else loose.push(...held);
      held = [];
    }
    const named = recipientIn(l.text);
    const recipient = named && (failedSet.size === 0 || failedSet.has(named.toLowerCase())) ? named : null;
    if (recipient) {
      const known = byAddress.get(recipient.toLowerCase());
      current = known ?? { recipient, line: l.line, lastLine: l.line, statements: [] };
      if (!known) {
        reports.push(current);
        byAddress.set(recipient.toLowerCase(), current);
      }
      current.statements.push(...held);
      held = [];
    }
    // DSN fields written into the text are read as fields, not as quoted replies.
    if (dsnFieldLine.test(l.text) || noticeDialogue.test(l.text)) continue;
    for (const s of statementsIn(l)) {
      if (s.transcript) held.push(s);
      else if (current) current.statements.push(s);
      else loose.push(s);
    }
    if (current) current.lastLine = l.line;
  }
  if (held.length > 0) {
    if (current) current.statements.push(...held);
    else loose.push(...held);
  }
  if (reports.length === 0) {
    if (failed.length > 0) {
      const line = loose[0]?.source.line ?? source[0]?.line ?? failedLine;
      return failed.map((recipient) => ({ recipient, line, lastLine: line, statements: [...loose] }));
    }
    // Without a recipient, only a failure the text quotes makes a report.
    if (!loose.some((s) => /^[45]/.test(s.reply?.code ?? s.enhanced?.code ?? ''))) return [];
    const line = loose[0]!.source.line;
    return [{ recipient: null, line, lastLine: loose[loose.length - 1]!.source.line, statements: loose }];
  }
  // Codes before the first recipient (a summary line, a heading) go to recipients that have none of their own.
  if (loose.length > 0) for (const r of reports) if (r.statements.length === 0) r.statements.push(...loose);
  loose = [];
  const withCodes = reports.filter((r) => r.statements.length > 0);
  return withCodes.length > 0 ? withCodes : reports;
}

function textReport(r: TextReport, source: readonly SourceLine[], position: ReadonlyMap<SourceLine, number>, delayed: boolean): DeliveryReport {
  const ordered = [...r.statements].sort((a, b) => rank(a) - rank(b));
  const best = ordered.find((s) => s.reply) ?? null;
  const status = best?.enhanced?.code ?? ordered.find((s) => s.enhanced)?.enhanced?.code ?? null;
  const from = best ?? ordered[0] ?? null;
  return {
    recipient: r.recipient,
    action: delayed ? 'delayed' : 'failed',
    status,
    reply: best?.reply?.code ?? null,
    diagnostic: from ? diagnosticText(from, source, position) : null,
    remoteMta: null,
    line: r.line,
    span: { start: r.line, end: Math.max(r.line, r.lastLine) },
  };
}

/**
 * The remote's words as the text quotes them, unfolded: from the reply code to the end of its line, with the
 * indented lines that continue it (Postfix and Exim wrap at 80 columns) or the "550-" lines of a multi-line reply.
 */
function diagnosticText(s: Statement, source: readonly SourceLine[], position: ReadonlyMap<SourceLine, number>): string | null {
  const text = s.source.text;
  const parts = [s.reply ? text.slice(s.reply.index) : text];
  const multiline = s.reply && text.slice(s.reply.index + 3, s.reply.index + 4) === '-' ? s.reply.code : null;
  for (let i = (position.get(s.source) ?? -1) + 1; i > 0 && i < source.length && parts.length < 8; i++) {
    const next = source[i]!.text;
    if (next.trim() === '') break;
    if (multiline !== null) {
      if (!next.startsWith(multiline)) break;
      parts.push(next.slice(4).replace(/^\d\.\d{1,3}\.\d{1,3} /, ''));
      if (next[3] !== '-') break;
    } else if (/^[ \t]/.test(next) && /^[ \t]/.test(text) && !statementsIn(source[i]!).some((n) => n.reply)) {
      parts.push(next);
    } else break;
  }
  let joined = parts.join(' ').replace(/\s+/g, ' ').trim();
  // "(reason: 550 Host unknown)", "[554 5.4.6 Hop count exceeded]": the bracket closes the quote, not the reply.
  for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
    if (joined.endsWith(close) && joined.split(close).length > joined.split(open).length) joined = joined.slice(0, -1).trimEnd();
  }
  return joined || null;
}

/** Words of a delay warning: the message is still queued, nothing needs to be resent. */
const delayWording =
  /\b(?:will (?:keep )?(?:re)?try|still (?:be )?(?:undelivered|trying|in (?:the )?queue)|has not yet been delivered|(?:message|delivery) (?:is |has been )?delayed|delayed (?:mail|message|delivery)|warning: message|do not need to re-?send|no action is required|only a temporary failure|temporary failure report)\b/i;

// ---------------------------------------------------------------------------------------------------------------
// Putting them together

/** Reads the delivery reports of one message (its MIME tree over the document's lines). */
export function readDeliveries(lines: readonly string[], root: MimeEntity, bounce: boolean): DeliveryReading {
  const { lines: human, copies } = humanText(lines, root);
  const notification = sesNotification(human);
  if (notification) return { deliveries: notification, mentions: [], copies };
  const failedField = root.header.fields.find((f) => f.name === 'x-failed-recipients');
  const failed = (failedField?.value ?? '')
    .split(/[\s,]+/)
    .map((a) => address.exec(a)?.[0] ?? null)
    .filter((a): a is string => a !== null);
  // Only a bounce's text speaks of deliveries; "Remote host said: 550" in a person's letter is quoted, not reported.
  const texts = bounce ? textReports(human, failed, failedField?.span.start ?? root.span.start) : [];
  const delayed = human.some((l) => delayWording.test(l.text));
  const position = new Map(human.map((l, i) => [l, i]));
  const fromText = texts.map((t) => textReport(t, human, position, delayed));
  const mentions = texts.flatMap((t) => t.statements.flatMap((s) => mentionOf(s, 'bounce')));

  let records: FieldRecord[] = [];
  for (const { entity, enclosed } of walk(root)) {
    if (enclosed || !/^message\/(?:global-)?delivery-status$/.test(entity.contentType)) continue;
    records.push(...dsnRecords(decodedBody(lines, entity), false));
  }
  if (records.length === 0 && bounce) records = dsnRecords(human, true);
  if (records.length === 0) return { deliveries: fromText, mentions, copies };
  const textByAddress = new Map<string, DeliveryReport>();
  for (const t of fromText) if (t.recipient !== null && !textByAddress.has(t.recipient.toLowerCase())) textByAddress.set(t.recipient.toLowerCase(), t);

  const deliveries = records.map((record) => {
    const report = recordReport(record);
    if (report.reply !== null && report.status !== null && !/^\d\.0\.0$/.test(report.status)) return report;
    const match =
      (report.recipient === null ? undefined : textByAddress.get(report.recipient.toLowerCase())) ??
      (fromText.length === 1 && records.length === 1 ? fromText[0] : undefined);
    if (!match) return report;
    return {
      ...report,
      reply: report.reply ?? match.reply,
      status: preferredStatus(report.status, match.status),
      diagnostic: report.diagnostic ?? match.diagnostic,
    };
  });
  return { deliveries, mentions, copies };
}

function mentionOf(s: Statement, context: MentionContext): Mention[] {
  const offset = s.source.offset;
  if (offset === null) return [];
  return [
    {
      line: s.source.line,
      reply: s.reply ? codeToken(s.reply.code, offset + s.reply.index) : null,
      enhanced: s.enhanced ? codeToken(s.enhanced.code, offset + s.enhanced.index) : null,
      context,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Amazon SES notifications (SNS JSON: notificationType Bounce / Delivery, one JSON object on a line)

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function sesNotification(human: readonly SourceLine[]): DeliveryReport[] | null {
  const source = human.find((l) => l.text.startsWith('{') && l.text.includes('"notificationType"'));
  if (!source) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.text);
  } catch {
    return null;
  }
  const json = record(parsed);
  const type = text(json?.['notificationType']);
  const span = { start: source.line, end: source.line };
  const report = (recipient: string | null, action: DeliveryAction, status: string | null, diagnostic: string | null, remoteMta: string | null): DeliveryReport => {
    const found = diagnostic === null ? null : codesOfText(diagnostic);
    return { recipient, action, status: status ?? found?.status ?? null, reply: found?.reply ?? null, diagnostic, remoteMta, line: source.line, span };
  };
  if (type === 'Delivery') {
    const delivery = record(json?.['delivery']);
    const recipients = Array.isArray(delivery?.['recipients']) ? delivery['recipients'] : [];
    const response = text(delivery?.['smtpResponse']);
    return recipients.map((r) => report(text(r), 'delivered', null, response, text(delivery?.['remoteMtaIp'])));
  }
  if (type === 'Bounce') {
    const bounce = record(json?.['bounce']);
    const recipients = Array.isArray(bounce?.['bouncedRecipients']) ? bounce['bouncedRecipients'] : [];
    return recipients.map((value) => {
      const r = record(value);
      const status = /^[245]\.\d{1,3}\.\d{1,3}$/.exec(text(r?.['status']) ?? '')?.[0] ?? null;
      return report(text(r?.['emailAddress']), 'failed', status, text(r?.['diagnosticCode']), text(bounce?.['reportingMTA']));
    });
  }
  return [];
}
