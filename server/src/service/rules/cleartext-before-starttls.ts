import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel } from '../model';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { commandRange, replyText } from './support/transaction-walk';

const messages: RuleMessages<'auth' | 'mail'> = {
  en: {
    auth: 'AUTH was sent in cleartext, and the server answered 530 on line {0}: it accepts AUTH only over TLS (RFC 3207 §4, RFC 4954 §4). The credentials in this command have already crossed the network unencrypted: change the password if it was a real one, then send STARTTLS, EHLO again, and AUTH.',
    mail: 'MAIL was sent in cleartext, and the server answered 530 on line {0}: it takes mail only over TLS (RFC 3207 §4). Send STARTTLS first, then EHLO again, then MAIL; this server does not accept unencrypted mail.',
  },
  ko: {
    auth: 'AUTH를 암호화 없이 보냈고, 서버가 {0}번 줄에서 530으로 답했습니다. 이 서버는 TLS 위에서만 AUTH를 받습니다(RFC 3207 §4, RFC 4954 §4). 이 명령의 인증 정보는 이미 암호화되지 않은 채 네트워크를 지났습니다. 실제 비밀번호였다면 바꾸고, STARTTLS, EHLO, AUTH 순으로 다시 보내세요.',
    mail: 'MAIL을 암호화 없이 보냈고, 서버가 {0}번 줄에서 530으로 답했습니다. 이 서버는 TLS 위에서만 메일을 받습니다(RFC 3207 §4). 먼저 STARTTLS를 보내고 EHLO를 다시 보낸 뒤 MAIL을 보내세요. 이 서버는 암호화되지 않은 메일을 받지 않습니다.',
  },
};

/** The server's words for "use TLS first": Postfix, Sendmail, Exchange and Gmail all say STARTTLS; others say TLS or encryption. */
const demandsTls = /\bSTARTTLS\b|\bTLS\b|\bSSL\b|encrypt/i;

/** AUTH or MAIL sent before STARTTLS and refused with 530 because the server wants TLS first. */
export const cleartextBeforeStarttls: Rule = {
  id: 'cleartext-before-starttls',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A server that requires TLS answers commands sent before STARTTLS with "530 5.7.0 Must issue a STARTTLS command ' +
      'first" (RFC 3207 §4). When that command was AUTH, the credentials have already crossed the network in the ' +
      'clear; when it was MAIL, the client is configured to send without TLS to a server that forbids it. The rule ' +
      'flags AUTH or MAIL answered 530 before any successful STARTTLS when the reply speaks of TLS (or, for AUTH, ' +
      'carries 5.7.0); a 530 "Authentication required" (RFC 4954 §6) is not this. Example: "C: MAIL ' +
      'FROM:<alice@example.com>" "S: 530 5.7.0 Must issue a STARTTLS command first". Switch it off with ' +
      '"smtp-lens-disable cleartext-before-starttls" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'TLS를 요구하는 서버는 STARTTLS 전에 온 명령에 "530 5.7.0 Must issue a STARTTLS command first"로 답합니다(RFC ' +
      '3207 §4). 그 명령이 AUTH였다면 인증 정보는 이미 평문으로 네트워크를 지났고, MAIL이었다면 클라이언트가 TLS를 ' +
      '금지하는 서버에 TLS 없이 보내도록 설정된 것입니다. 이 규칙은 성공한 STARTTLS 전에 보낸 AUTH나 MAIL이 530을 ' +
      '받았고 응답이 TLS를 언급할 때(AUTH는 5.7.0일 때도) 지적합니다. 530 "Authentication required"(RFC 4954 §6)는 ' +
      '해당하지 않습니다. 예: "C: MAIL FROM:<alice@example.com>" "S: 530 5.7.0 Must issue a STARTTLS command first". ' +
      '문서에 "smtp-lens-disable cleartext-before-starttls"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale, lines }: RuleContext): Finding[] {
    const found = refusedInCleartext(model, lines);
    return found.map(({ command, line }) => ({
      range: commandRange(command),
      message: message(messages, locale, command.verb === 'AUTH' ? 'auth' : 'mail', lineNumber(line)),
    }));
  },
};

function refusedInCleartext(model: DocumentModel, lines: readonly string[]): { command: Command; line: number }[] {
  if (!model.sessions.some((s) => s.exchanges.some((e) => e.reply?.code === '530'))) return [];
  const found: { command: Command; line: number }[] = [];
  for (const session of model.sessions) {
    let tls = false;
    for (const { command, reply } of session.exchanges) {
      if (!command || !reply) continue;
      if (command.verb === 'STARTTLS' && reply.code === '220') tls = true;
      if (tls || reply.code !== '530' || (command.verb !== 'AUTH' && command.verb !== 'MAIL')) continue;
      const saysTls = demandsTls.test(replyText(reply, lines));
      if (saysTls || (command.verb === 'AUTH' && reply.enhanced === '5.7.0')) found.push({ command, line: reply.span.start });
    }
  }
  return found;
}
