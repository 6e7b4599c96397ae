import type { Range } from 'vscode-languageserver-types';
import type { Command, Exchange, Reply, Session } from '../../model';
import { helloVerbs } from './dialogue-facts';

/**
 * The state of the mail transaction (RFC 5321 §3.3) as a session's exchanges go by, for the sequence rules: which
 * MAIL opened it, which RCPTs and DATA/BDAT commands belong to it. Read from the model's commands and replies.
 */
export interface TransactionState {
  /** The MAIL that opened the transaction: accepted, or unanswered (so perhaps accepted). */
  readonly mail: Exchange | null;
  /** A MAIL the server refused while no transaction was open. */
  readonly refusedMail: Exchange | null;
  readonly recipients: readonly Exchange[];
  readonly data: Exchange | null;
  readonly bdat: Exchange | null;
}

const empty: TransactionState = { mail: null, refusedMail: null, recipients: [], data: null, bdat: null };

/** A reply that accepts, or no reply at all (a rule does not claim a refusal it cannot see). */
export function acceptedOrUnknown(reply: Reply | null): boolean {
  return reply === null || reply.code[0] === '2';
}

/** The client sent `command` before the reply to `earlier` arrived (pipelining, RFC 2920). */
export function sentBefore(command: Command, earlier: Exchange): boolean {
  return earlier.reply === null || command.line < earlier.reply.span.start;
}

/**
 * Calls `visit` for every exchange of the session with the transaction state as it stood when the exchange
 * happened, then applies the exchange. RSET, an accepted EHLO/HELO, STARTTLS, QUIT, 421, the verdict on the message
 * content and BDAT LAST end the transaction (RFC 5321 §4.1.1.5, §4.1.4, §4.1.1.4; RFC 3207 §4.2; RFC 3030 §2).
 */
export function walkTransactions(session: Session, visit: (exchange: Exchange, state: TransactionState, index: number) => void): void {
  let state = empty;
  session.exchanges.forEach((exchange, index) => {
    visit(exchange, state, index);
    const verb = exchange.command?.verb;
    const reply = exchange.reply;
    const previous = session.exchanges[index - 1];
    const verdict = verb === '.' || (exchange.command === null && previous?.command?.verb === 'DATA' && previous.reply?.code === '354');
    if (
      reply?.code === '421' ||
      verdict ||
      verb === 'RSET' ||
      verb === 'QUIT' ||
      (verb !== undefined && helloVerbs.has(verb) && acceptedOrUnknown(reply)) ||
      (verb === 'STARTTLS' && reply?.code === '220') ||
      (verb === 'BDAT' && reply !== null && /\bLAST\b/i.test(exchange.command!.text))
    ) {
      state = empty;
    } else if (verb === 'MAIL') {
      if (acceptedOrUnknown(reply)) state = { ...empty, mail: exchange };
      else if (state.mail === null) state = { ...state, refusedMail: exchange };
    } else if (verb === 'RCPT') {
      state = { ...state, recipients: [...state.recipients, exchange] };
    } else if (verb === 'DATA') {
      state = { ...state, data: state.data ?? exchange };
    } else if (verb === 'BDAT') {
      state = { ...state, bdat: state.bdat ?? exchange };
    }
  });
}

/** The command's text on its line. */
export function commandRange(command: Command): Range {
  return {
    start: { line: command.line, character: command.character },
    end: { line: command.line, character: command.character + command.text.length },
  };
}

/** The text of a reply's first line after its code and separator ("Must issue a STARTTLS command first"). */
export function replyText(reply: Reply, lines: readonly string[]): string {
  const first = reply.lines[0];
  if (!first?.reply) return '';
  return (lines[first.line] ?? '').slice(first.reply.character + 4);
}

/** How a message names a command: its verb, or the start of what was sent when it is no SMTP command. */
export function commandName(command: Command): string {
  if (command.verb !== '') return command.verb;
  // A SASL response is a credential: a diagnostic does not repeat it.
  if (looksLikeCredential(command.text)) return '"[AUTH data]"';
  return command.text.length > 40 ? `"${command.text.slice(0, 40)}…"` : `"${command.text}"`;
}

/** Base64 as SASL responses look: mixed case or digits and padding, not a word in capitals ("FROBNICATE"). */
function looksLikeCredential(text: string): boolean {
  return /^[A-Za-z0-9+/]{4,}={0,2}$/.test(text) && (/[a-z]/.test(text) || /[0-9+/=]/.test(text));
}
