import type { Range } from 'vscode-languageserver-types';
import type { Command, DocumentModel } from '../../model';

/** Helpers for the limit rules: what a line carried on the wire, in octets, as RFC 5321 §4.5.3.1 counts. */

/** The UTF-8 length of a text: RFC 5321 counts octets, and SMTPUTF8 addresses hold multi-octet characters. */
export function octets(text: string): number {
  if (!/[\u0080-\uffff]/.test(text)) return text.length;
  let count = 0;
  for (const char of text) {
    const point = char.codePointAt(0)!;
    count += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return count;
}

/**
 * A tool's written form of the line end, where it shows one: smtplib's b'…\r\n', socat's literal \r. It is the
 * CRLF that the limits count separately, not text.
 */
const shownLineEnd = /(?:\\r\\n|\\r|\\n)['"]?$/;

/** What a line carried after the tool's prefix (which starts at `character`), without the tool's line end. */
export function payloadOf(line: string, character: number): string {
  return line.slice(character).replace(shownLineEnd, '');
}

/** A piece of a command's text, with where it starts in the text. */
export interface Part {
  readonly text: string;
  readonly start: number;
}

/** The parts of a MAIL FROM or RCPT TO address: "<@relay:bob@example.com>" → "bob" and "example.com". */
export interface MailboxParts {
  readonly localPart: Part;
  readonly domain: Part;
}

const pathAt = /^(?:MAIL[ \t]+FROM|RCPT[ \t]+TO)[ \t]*:[ \t]*(?:<([^>]*)>|([^\s<>]+))/i;

/** The mailbox of a MAIL or RCPT command, or null for the null path "<>", a bare postmaster, or another command. */
export function mailboxOf(command: Command): MailboxParts | null {
  const match = pathAt.exec(command.text);
  if (!match) return null;
  const path = match[1] ?? match[2]!;
  const pathStart = match.index + match[0].length - (match[1] !== undefined ? path.length + 1 : path.length);
  // A source route ("@relay1,@relay2:") is obsolete (RFC 5321 §4.1.2, Appendix C) and no part of the mailbox.
  const route = path.startsWith('@') ? path.indexOf(':') + 1 : 0;
  const at = path.lastIndexOf('@');
  if (at <= route) return null;
  return {
    localPart: { text: path.slice(route, at), start: pathStart + route },
    domain: { text: path.slice(at + 1), start: pathStart + at + 1 },
  };
}

/** An address part of a MAIL or RCPT command over a limit: what it is, its length in octets, where it stands. */
export interface OversizedPart {
  readonly text: string;
  readonly octets: number;
  readonly range: Range;
}

/** Every local part or domain of the dialogue's MAIL and RCPT addresses longer than `limit` octets. */
export function oversizedMailboxParts(model: DocumentModel, which: keyof MailboxParts, limit: number): OversizedPart[] {
  const found: OversizedPart[] = [];
  for (const session of model.sessions) {
    for (const { command } of session.exchanges) {
      const part = command ? mailboxOf(command)?.[which] : undefined;
      if (!command || !part) continue;
      const length = octets(part.text);
      if (length <= limit) continue;
      const start = command.character + part.start;
      const range = { start: { line: command.line, character: start }, end: { line: command.line, character: start + part.text.length } };
      found.push({ text: part.text, octets: length, range });
    }
  }
  return found;
}
