import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel, Session } from '../model';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { helloVerbs } from './support/dialogue-facts';
import { acceptedOrUnknown, commandRange } from './support/transaction-walk';

const messages: RuleMessages<'none' | 'refused' | 'afterTls'> = {
  en: {
    none: 'MAIL before EHLO or HELO: a session that carries mail must open with EHLO (or HELO) first (RFC 5321 §4.1.4). Servers answer "503 5.5.1 send HELO/EHLO first".',
    refused:
      'MAIL although the server refused the EHLO/HELO on line {0}: the session was never opened (RFC 5321 §4.1.4), so the server answers MAIL with 503. Send an EHLO the server accepts first.',
    afterTls:
      'MAIL right after STARTTLS (line {0}) without a new EHLO: TLS resets the session, and the server forgets the earlier EHLO (RFC 3207 §4.2). Send EHLO again after the handshake.',
  },
  ko: {
    none: 'EHLO/HELO 전에 MAIL을 보냈습니다. 메일을 보내는 세션은 먼저 EHLO(또는 HELO)로 열어야 합니다(RFC 5321 §4.1.4). 서버는 "503 5.5.1 send HELO/EHLO first"로 답합니다.',
    refused:
      '{0}번 줄의 EHLO/HELO를 서버가 거부했는데도 MAIL을 보냈습니다. 세션이 열리지 않았으므로(RFC 5321 §4.1.4) 서버는 MAIL에 503으로 답합니다. 먼저 서버가 받아들이는 EHLO를 보내세요.',
    afterTls:
      'STARTTLS({0}번 줄) 직후 새 EHLO 없이 MAIL을 보냈습니다. TLS는 세션을 초기화하고 서버는 앞의 EHLO를 잊습니다(RFC 3207 §4.2). 핸드셰이크 뒤에 EHLO를 다시 보내세요.',
  },
};

type Why = { readonly key: 'none' } | { readonly key: 'refused' | 'afterTls'; readonly line: number };

/** MAIL in a session that no accepted EHLO/HELO opened, or that STARTTLS reset. */
export const mailBeforeHelo: Rule = {
  id: 'mail-before-helo',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A session that carries mail must be opened with EHLO (or HELO) before MAIL (RFC 5321 §4.1.4), and after ' +
      'STARTTLS the client must say EHLO again because the server forgets everything it learnt before the handshake ' +
      '(RFC 3207 §4.2). Servers refuse such a MAIL with 503. Example: "S: 220 mx.example.com ESMTP" then "C: MAIL ' +
      'FROM:<bob@example.com>". Transcripts that begin in the middle of a session (no greeting shown) are only flagged ' +
      'when the server answered 503. Switch it off with "smtp-lens-disable mail-before-helo" in the document, or in ' +
      'the smtpLens.diagnostics.rules setting.',
    ko:
      '메일을 보내는 세션은 MAIL 전에 EHLO(또는 HELO)로 열어야 하며(RFC 5321 §4.1.4), STARTTLS 뒤에는 서버가 ' +
      '핸드셰이크 전에 알게 된 것을 모두 잊으므로 EHLO를 다시 보내야 합니다(RFC 3207 §4.2). 서버는 이런 MAIL을 ' +
      '503으로 거부합니다. 예: "S: 220 mx.example.com ESMTP" 다음에 바로 "C: MAIL FROM:<bob@example.com>". 세션 ' +
      '중간부터 시작하는 기록(인사말이 없는 기록)은 서버가 503으로 답한 경우에만 지적합니다. 문서에 ' +
      '"smtp-lens-disable mail-before-helo"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return findings(model).map(({ command, why }) => ({
      range: commandRange(command),
      message: why.key === 'none' ? message(messages, locale, 'none') : message(messages, locale, why.key, lineNumber(why.line)),
    }));
  },
};

function findings(model: DocumentModel): { command: Command; why: Why }[] {
  return model.sessions.flatMap((session) => sessionFindings(session));
}

function sessionFindings(session: Session): { command: Command; why: Why }[] {
  const found: { command: Command; why: Why }[] = [];
  // Without the greeting the transcript may start mid-session, after an EHLO it does not show.
  const fromTheStart = session.exchanges[0]?.command === null && session.exchanges[0].reply !== null;
  let greeted = false;
  let why: Why = { key: 'none' };
  for (const exchange of session.exchanges) {
    const command = exchange.command;
    if (!command) continue;
    if (helloVerbs.has(command.verb)) {
      greeted = acceptedOrUnknown(exchange.reply);
      if (!greeted) why = { key: 'refused', line: command.line };
    } else if (command.verb === 'STARTTLS' && exchange.reply?.code === '220') {
      greeted = false;
      why = { key: 'afterTls', line: command.line };
    } else if (command.verb === 'MAIL' && !greeted) {
      const refused = exchange.reply?.code === '503';
      if (fromTheStart || why.key !== 'none' || refused) found.push({ command, why });
    }
  }
  return found;
}
