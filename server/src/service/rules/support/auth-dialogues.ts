import type { Command, Exchange, Session } from '../../model';

/**
 * AUTH exchanges (RFC 4954 §4) with the client's responses to the server's 334 challenges, read from the model: a
 * response is whatever the client sends after a 334 that is no SMTP command (base64, "=", "*", or a redacted line).
 */
export interface AuthDialogue {
  /** The AUTH command's exchange. */
  readonly auth: Exchange;
  /** Upper-cased: "PLAIN", "LOGIN", "CRAM-MD5" … */
  readonly mechanism: string;
  /** The initial response in the AUTH command, with where it starts in the command's text. */
  readonly initial: { readonly text: string; readonly start: number } | null;
  /** The exchanges of the responses to 334 challenges, in order. */
  readonly responses: readonly Exchange[];
  /** Index in the session of the dialogue's last exchange. */
  readonly last: number;
}

const authCommand = /^AUTH[ \t]+([A-Za-z0-9_-]+)(?:[ \t]+(\S+))?/i;
const saslData = /^(?:[A-Za-z0-9+/]+={0,2}|=|\*)$/;

/** Text that can be a SASL response line: base64, "=" for an empty one, "*" to cancel (RFC 4954 §4). */
export function looksLikeSaslData(text: string): boolean {
  return saslData.test(text.trim());
}

export function authDialogues(session: Session): AuthDialogue[] {
  const dialogues: AuthDialogue[] = [];
  const exchanges = session.exchanges;
  for (let i = 0; i < exchanges.length; i++) {
    const auth = exchanges[i]!;
    const command = auth.command;
    if (command?.verb !== 'AUTH') continue;
    const match = authCommand.exec(command.text);
    const mechanism = (match?.[1] ?? '').toUpperCase();
    const initial = match?.[2] === undefined ? null : { text: match[2], start: match[0].length - match[2].length };
    const responses: Exchange[] = [];
    let previous = auth;
    let j = i + 1;
    while (j < exchanges.length && previous.reply?.code === '334') {
      const next = exchanges[j]!;
      // After a 334 the server reads the next line as SASL data, whatever it says, unless it is an SMTP command.
      if (!next.command || (next.command.verb !== '' && !looksLikeSaslData(next.command.text))) break;
      responses.push(next);
      previous = next;
      j++;
    }
    dialogues.push({ auth, mechanism, initial, responses, last: j - 1 });
  }
  return dialogues;
}

/** Every command of the dialogue: AUTH, then the responses. */
export function dialogueCommands(dialogue: AuthDialogue): Command[] {
  return [dialogue.auth.command!, ...dialogue.responses.map((r) => r.command!)];
}
