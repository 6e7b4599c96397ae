import type { Range } from 'vscode-languageserver-types';

/** What every reader produces and every feature consumes. Positions are zero-based lines and UTF-16 columns, as in LSP. */

export type DocumentKind = 'transcript' | 'log' | 'message';

/** Where a mention was found; rules and hovers phrase themselves by it. */
export type MentionContext =
  /** A server reply line in a dialogue, whatever the tool's prefix. */
  | 'reply'
  /** A field of a mail log line: Postfix said:/dsn=/status=, Exim C="…", Sendmail stat=/reply=, … */
  | 'log'
  /** A DSN field: Status: or Diagnostic-Code:. */
  | 'dsn'
  /** The human-readable text of a bounce that quotes the remote server. */
  | 'bounce';

/** One code as written in the document. */
export interface CodeToken {
  readonly code: string;
  readonly character: number;
}

/**
 * One occurrence of a reply code and/or an enhanced status code. A reply code directly followed by its enhanced
 * code ("550 5.1.1") is one mention; each may also stand alone.
 */
export interface Mention {
  readonly line: number;
  readonly reply: CodeToken | null;
  readonly enhanced: CodeToken | null;
  readonly context: MentionContext;
}

/** A span of whole lines, both ends included: what outlines and folding need. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** One reply: the lines of a multi-line reply grouped ("250-…" … "250 …"), or a single line. */
export interface Reply {
  readonly span: LineSpan;
  /** The code of the first line. */
  readonly code: string;
  /** The enhanced code of the first line that has one. */
  readonly enhanced: string | null;
  /** Every line's mention, in order. */
  readonly lines: readonly Mention[];
  /** False when the last line still says "NNN-" (the reply was cut off). */
  readonly complete: boolean;
}

/** A client command as the transcript shows it. */
export interface Command {
  readonly line: number;
  /** Where the command text starts on its line (after the tool's prefix). */
  readonly character: number;
  /** Upper-cased: "MAIL", "RCPT", "DATA", "EHLO" … */
  readonly verb: string;
  /** The command as sent, without the line end: "RCPT TO:<bob@example.com>". */
  readonly text: string;
}

/**
 * A command with the reply that answers it. The greeting and unsolicited replies have no command; a command
 * left unanswered (timeout, dropped connection) has no reply.
 */
export interface Exchange {
  readonly command: Command | null;
  readonly reply: Reply | null;
  /** For DATA answered 354: the message content lines and whether the "." line ended them. */
  readonly content?: { readonly span: LineSpan; readonly terminated: boolean };
  readonly span: LineSpan;
}

/** MAIL … RCPT … DATA/BDAT … and the verdict on the content. */
export interface Transaction {
  readonly exchanges: readonly Exchange[];
  readonly span: LineSpan;
}

/** One connection: from the greeting (or first line) to QUIT/221, a 421, or the end of the text. */
export interface Session {
  readonly exchanges: readonly Exchange[];
  readonly transactions: readonly Transaction[];
  readonly span: LineSpan;
}

export type DeliveryAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** What a message reports for one recipient: from its DSN fields, or else from its bounce text. */
export interface DeliveryReport {
  readonly recipient: string | null;
  readonly action: DeliveryAction | null;
  /** The enhanced status code ("5.1.1"). */
  readonly status: string | null;
  /** The remote server's basic reply code ("550"). */
  readonly reply: string | null;
  /** The remote server's reply text, unfolded. */
  readonly diagnostic: string | null;
  readonly remoteMta: string | null;
  /** The line the report for this recipient starts on (Final-Recipient, or the bounce text's line). */
  readonly line: number;
  readonly span: LineSpan;
}

/** A MIME part (or the whole message), with its parts inside. */
export interface MessagePart {
  /** Lower-cased, without parameters: "multipart/report", "message/delivery-status" … */
  readonly contentType: string;
  readonly span: LineSpan;
  readonly header: LineSpan;
  readonly parts: readonly MessagePart[];
}

/** One message of a message document (an .eml holds one, an .mbox several). */
export interface MessageModel {
  readonly subject: string | null;
  readonly root: MessagePart;
  readonly deliveries: readonly DeliveryReport[];
  readonly span: LineSpan;
}

export type LogOutcome = 'sent' | 'deferred' | 'bounced' | 'expired' | 'rejected' | 'accepted' | 'unknown';

/** One message (queue ID) in a mail log, or one NOQUEUE rejection, with its lines and its outcome. */
export interface LogEntry {
  /** The queue ID, or null for rejections before queueing (Postfix NOQUEUE, Exim rejectlog). */
  readonly id: string | null;
  readonly lines: readonly number[];
  /** Its first and last line, which ranges need: in a big log, `lines` is worked out each time it is read. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Where its first and its last line end (their lengths): the entry can be pointed at without its text. */
  readonly firstLineEnd: number;
  readonly lastLineEnd: number;
  readonly outcome: LogOutcome;
  readonly recipients: readonly string[];
  /** The mention that best says why (the last failure's code), if any. */
  readonly verdict: Mention | null;
}

/**
 * A document's sessions and messages in order: the model's arrays, or those of its parts as they are read (outline
 * and folding of a big document stop early and need not read every part).
 */
export interface DocumentItems {
  readonly sessions: Iterable<Session>;
  readonly messages: Iterable<MessageModel>;
}

export interface DocumentModel {
  readonly kind: DocumentKind;
  /** The format the reader recognised: "swaks", "postfix", "dsn" … */
  readonly format: string;
  /** Sorted by line, then character. */
  readonly mentions: readonly Mention[];
  /** Transcripts: the dialogue. */
  readonly sessions: readonly Session[];
  /** Messages: each message with its parts and delivery reports. */
  readonly messages: readonly MessageModel[];
  /** Logs: one entry per message or rejection. */
  readonly logEntries: readonly LogEntry[];
}

export function mentionStart(m: Mention): number {
  return (m.reply ?? m.enhanced)!.character;
}

export function mentionEnd(m: Mention): number {
  const last = (m.enhanced ?? m.reply)!;
  return last.character + last.code.length;
}

/**
 * A document is read in parts whose lines count from the part's start: these move what a part found to the
 * document's lines (`by` is the part's first line; 0 keeps the object as it is).
 */
export function shiftMention(m: Mention, by: number): Mention {
  return by === 0 ? m : { ...m, line: m.line + by };
}

export function shiftRange(range: Range, by: number): Range {
  if (by === 0) return range;
  const { start, end } = range;
  return { start: { line: start.line + by, character: start.character }, end: { line: end.line + by, character: end.character } };
}
