import type { Exchange, Session } from '../../model';

/** Facts about a dialogue that several rules ask about, read from the model. */

/** The commands that open an SMTP or LMTP session (RFC 5321 §4.1.1.1, RFC 2033 §4.1). */
export const helloVerbs: ReadonlySet<string> = new Set(['EHLO', 'HELO', 'LHLO']);

/** The first reply of the session, answering no command: what the server says on connecting (RFC 5321 §3.1). */
export function opensSession(session: Session, exchange: Exchange): boolean {
  return exchange.command === null && exchange.reply !== null && session.exchanges.find((e) => e.reply !== null) === exchange;
}

/** The server's opening 220 (RFC 5321 §4.3.1), as against a 421 or 554 that refuses the connection. */
export function isGreeting(session: Session, exchange: Exchange): boolean {
  return exchange.reply?.code === '220' && opensSession(session, exchange);
}

/**
 * The first line of an EHLO/LHLO reply that advertises ENHANCEDSTATUSCODES (RFC 2034 §3), or null. The keyword is
 * the text after "250-" or "250 ", read from the document at the position the model gives for the reply code.
 */
export function enhancedStatusCodesAdvertised(session: Session, lines: readonly string[]): number | null {
  for (const exchange of session.exchanges) {
    const verb = exchange.command?.verb;
    if ((verb !== 'EHLO' && verb !== 'LHLO') || exchange.reply?.code[0] !== '2') continue;
    for (const line of exchange.reply.lines) {
      const text = lines[line.line] ?? '';
      if (line.reply && /^ENHANCEDSTATUSCODES\b/i.test(text.slice(line.reply.character + 4))) return line.line;
    }
  }
  return null;
}
