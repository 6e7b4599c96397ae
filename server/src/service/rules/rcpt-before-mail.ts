import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel } from '../model';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { commandRange, sentBefore, walkTransactions } from './support/transaction-walk';

const messages: RuleMessages<'none' | 'refused'> = {
  en: {
    none: 'RCPT before MAIL: a mail transaction starts with MAIL FROM, and RCPT TO only adds recipients to it (RFC 5321 §3.3, §4.1.4). Servers answer "503 5.5.1 need MAIL command".',
    refused:
      'RCPT after the server refused MAIL on line {0}: no transaction is open, so this recipient has nothing to join (RFC 5321 §3.3). Fix what the MAIL reply says, then send MAIL again.',
  },
  ko: {
    none: 'MAIL 전에 RCPT를 보냈습니다. 메일 트랜잭션은 MAIL FROM으로 시작하고 RCPT TO는 거기에 수신자를 더할 뿐입니다(RFC 5321 §3.3, §4.1.4). 서버는 "503 5.5.1 need MAIL command"로 답합니다.',
    refused:
      '{0}번 줄의 MAIL을 서버가 거부한 뒤에 RCPT를 보냈습니다. 열린 트랜잭션이 없으므로 이 수신자가 들어갈 곳이 없습니다(RFC 5321 §3.3). MAIL 응답이 말하는 문제를 고친 뒤 MAIL을 다시 보내세요.',
  },
};

/** RCPT with no transaction open: no MAIL since the last reset, or a refused MAIL the client had already seen. */
export const rcptBeforeMail: Rule = {
  id: 'rcpt-before-mail',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'RCPT TO adds a recipient to the transaction that MAIL FROM opened (RFC 5321 §3.3, §4.1.4); without an accepted ' +
      'MAIL since the last RSET, EHLO or end of message, the server answers 503. Example: "C: RCPT ' +
      'TO:<alice@example.com>" right after EHLO. With PIPELINING (RFC 2920) a client sends MAIL and RCPT together ' +
      'before it sees the replies, so a RCPT sent before the refusal of its MAIL arrived is not flagged. Switch it ' +
      'off with "smtp-lens-disable rcpt-before-mail" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'RCPT TO는 MAIL FROM이 연 트랜잭션에 수신자를 더합니다(RFC 5321 §3.3, §4.1.4). 마지막 RSET, EHLO, 메시지 ' +
      '끝 이후에 받아들여진 MAIL이 없으면 서버는 503으로 답합니다. 예: EHLO 바로 뒤의 "C: RCPT ' +
      'TO:<alice@example.com>". PIPELINING(RFC 2920)에서는 클라이언트가 응답을 보기 전에 MAIL과 RCPT를 함께 ' +
      '보내므로, MAIL 거부가 도착하기 전에 보낸 RCPT는 지적하지 않습니다. 문서에 "smtp-lens-disable ' +
      'rcpt-before-mail"을 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return findings(model).map(({ command, refusedAt }) => ({
      range: commandRange(command),
      message: refusedAt === null ? message(messages, locale, 'none') : message(messages, locale, 'refused', lineNumber(refusedAt)),
    }));
  },
};

function findings(model: DocumentModel): { command: Command; refusedAt: number | null }[] {
  const found: { command: Command; refusedAt: number | null }[] = [];
  for (const session of model.sessions) {
    walkTransactions(session, (exchange, state) => {
      const command = exchange.command;
      if (command?.verb !== 'RCPT' || state.mail !== null) return;
      const refused = state.refusedMail;
      if (refused && sentBefore(command, refused)) return;
      found.push({ command, refusedAt: refused ? refused.reply!.span.start : null });
    });
  }
  return found;
}
