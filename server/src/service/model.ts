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

export interface DocumentModel {
  readonly kind: DocumentKind;
  /** The format the reader recognised: "swaks", "postfix", "dsn" … */
  readonly format: string;
  /** Sorted by line, then character. */
  readonly mentions: readonly Mention[];
}

export function mentionStart(m: Mention): number {
  return (m.reply ?? m.enhanced)!.character;
}

export function mentionEnd(m: Mention): number {
  const last = (m.enhanced ?? m.reply)!;
  return last.character + last.code.length;
}
