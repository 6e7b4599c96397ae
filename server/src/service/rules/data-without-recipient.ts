import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel, Exchange } from '../model';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { acceptedOrUnknown, commandRange, sentBefore, walkTransactions, type TransactionState } from './support/transaction-walk';

type Key = 'accepted' | 'noMail' | 'noRcpt' | 'refused';

const messages: RuleMessages<Key> = {
  en: {
    accepted:
      'The server answered DATA with 354 although no recipient was accepted: it should have said 503 or "554 no valid recipients" (RFC 5321 §3.3, RFC 2920 §3.1). The message it now takes goes to nobody.',
    noMail: 'DATA with no mail transaction open: MAIL FROM and at least one accepted RCPT TO must come first (RFC 5321 §3.3). Servers answer 503.',
    noRcpt: 'DATA before any RCPT: the transaction has a sender but no recipient yet (RFC 5321 §3.3). Servers answer "503 5.5.1 need RCPT command".',
    refused:
      'DATA after the server refused every recipient (the last on line {0}): there is nobody to deliver to (RFC 5321 §3.3). Servers answer "554 5.5.1 no valid recipients"; a client should send RSET or QUIT instead.',
  },
  ko: {
    accepted:
      '받아들여진 수신자가 없는데도 서버가 DATA에 354로 답했습니다. 503이나 "554 no valid recipients"로 답해야 합니다(RFC 5321 §3.3, RFC 2920 §3.1). 지금 받는 메시지는 아무에게도 가지 않습니다.',
    noMail: '열린 메일 트랜잭션 없이 DATA를 보냈습니다. MAIL FROM과 받아들여진 RCPT TO가 하나 이상 먼저 있어야 합니다(RFC 5321 §3.3). 서버는 503으로 답합니다.',
    noRcpt: 'RCPT 전에 DATA를 보냈습니다. 트랜잭션에 발신자는 있지만 수신자가 아직 없습니다(RFC 5321 §3.3). 서버는 "503 5.5.1 need RCPT command"로 답합니다.',
    refused:
      '서버가 모든 수신자를 거부한 뒤에(마지막은 {0}번 줄) DATA를 보냈습니다. 배달할 대상이 없습니다(RFC 5321 §3.3). 서버는 "554 5.5.1 no valid recipients"로 답하며, 클라이언트는 대신 RSET이나 QUIT을 보내야 합니다.',
  },
};

interface Found {
  readonly command: Command;
  readonly key: Key;
  readonly line: number;
}

/** DATA when no RCPT was accepted: sent by a client that knew it, or answered 354 by the server. */
export const dataWithoutRecipient: Rule = {
  id: 'data-without-recipient',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'DATA needs a transaction with at least one accepted recipient (RFC 5321 §3.3). Two things are flagged: a server ' +
      'that answers 354 when no RCPT was accepted (it should say 503 or 554 "no valid recipients", RFC 2920 §3.1), ' +
      'and a client that sends DATA after it has seen every RCPT refused, or with no MAIL or RCPT at all. With ' +
      'PIPELINING a client sends DATA before the RCPT replies arrive, so a DATA sent ahead of them and then refused ' +
      'is correct and not flagged. Example: "C: RCPT TO:<nobody@example.com>" "S: 550 5.1.1 …" "C: DATA". Switch it ' +
      'off with "smtp-lens-disable data-without-recipient" in the document, or in the smtpLens.diagnostics.rules ' +
      'setting.',
    ko:
      'DATA에는 받아들여진 수신자가 하나 이상 있는 트랜잭션이 필요합니다(RFC 5321 §3.3). 두 경우를 지적합니다: ' +
      '받아들여진 RCPT가 없는데 354로 답하는 서버(503이나 554 "no valid recipients"로 답해야 합니다, RFC 2920 ' +
      '§3.1), 그리고 모든 RCPT가 거부된 것을 보고도, 또는 MAIL이나 RCPT 없이 DATA를 보내는 클라이언트입니다. ' +
      'PIPELINING에서는 RCPT 응답이 오기 전에 DATA를 보내므로, 응답보다 먼저 보냈다가 거부된 DATA는 올바른 동작이며 ' +
      '지적하지 않습니다. 예: "C: RCPT TO:<nobody@example.com>" "S: 550 5.1.1 …" "C: DATA". 문서에 ' +
      '"smtp-lens-disable data-without-recipient"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return findings(model).map(({ command, key, line }) => ({
      range: commandRange(command),
      message: message(messages, locale, key, lineNumber(line)),
    }));
  },
};

function findings(model: DocumentModel): Found[] {
  const found: Found[] = [];
  for (const session of model.sessions) {
    walkTransactions(session, (exchange, state) => {
      const command = exchange.command;
      if (command?.verb !== 'DATA' || state.recipients.some((r) => acceptedOrUnknown(r.reply))) return;
      const why = reason(exchange, command, state);
      if (why) found.push({ command, ...why });
    });
  }
  return found;
}

function reason(exchange: Exchange, command: Command, state: TransactionState): { key: Key; line: number } | null {
  if (exchange.reply?.code === '354') return { key: 'accepted', line: command.line };
  const last = state.recipients[state.recipients.length - 1];
  if (last) return [state.mail, ...state.recipients].some((e) => e && sentBefore(command, e)) ? null : { key: 'refused', line: last.reply!.span.start };
  // No RCPT was sent at all: pipelining does not excuse that.
  return { key: state.mail ? 'noRcpt' : 'noMail', line: command.line };
}
