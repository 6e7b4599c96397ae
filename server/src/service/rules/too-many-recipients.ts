import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'This transaction has {0} accepted recipients and no "452 Too many recipients": RFC 5321 §4.5.3.1.8 obliges a server to take only 100 per message, and past that it may answer 452 (§4.5.3.1.10). This server took them all; another may not, so the client should be ready to send the rest in a second transaction.',
  },
  ko: {
    found:
      '이 트랜잭션에는 받아들여진 수신자가 {0}명이고 "452 Too many recipients"는 없습니다. RFC 5321 §4.5.3.1.8은 서버가 메시지마다 100명까지만 받으면 되며, 그 이상에는 452로 답할 수 있다고 합니다(§4.5.3.1.10). 이 서버는 모두 받았지만 다른 서버는 그렇지 않을 수 있으니, 클라이언트는 나머지를 두 번째 트랜잭션으로 보낼 준비가 되어 있어야 합니다.',
  },
};

/** RFC 5321 §4.5.3.1.8: the number of recipients every server must buffer. */
const recipientsBuffer = 100;

/** A transaction with more than 100 accepted recipients and no 452 (RFC 5321 §4.5.3.1.8, §4.5.3.1.10). */
export const tooManyRecipients: Rule = {
  id: 'too-many-recipients',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A server must accept at least 100 recipients in one transaction (RFC 5321 §4.5.3.1.8) and answers the ones over ' +
      'its limit with "452 Too many recipients" (§4.5.3.1.10), after which the client sends them in another ' +
      'transaction. A transaction in which more than 100 RCPT TO were accepted and none was answered 452 worked here, ' +
      'but relies on this server going beyond what the RFC guarantees. The diagnostic is on the 101st accepted RCPT. ' +
      'Example: a newsletter sent with 250 RCPT TO in one transaction. Switch it off with "smtp-lens-disable ' +
      'too-many-recipients" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      '서버는 한 트랜잭션에서 수신자를 최소 100명은 받아야 하고(RFC 5321 §4.5.3.1.8), 한도를 넘는 수신자에게는 ' +
      '"452 Too many recipients"로 답하며(§4.5.3.1.10), 그러면 클라이언트는 그들을 다른 트랜잭션으로 보냅니다. RCPT ' +
      'TO가 100개 넘게 받아들여지고 452가 하나도 없는 트랜잭션은 여기서는 성공했지만, RFC가 보장하는 것 이상을 이 ' +
      '서버에 기대고 있습니다. 진단은 101번째로 받아들여진 RCPT에 붙습니다. 예: 한 트랜잭션에 RCPT TO 250개로 보낸 ' +
      '뉴스레터. 문서에 "smtp-lens-disable too-many-recipients"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 ' +
      '있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const session of model.sessions) {
      for (const transaction of session.transactions) {
        const recipients = transaction.exchanges.filter((e) => e.command?.verb === 'RCPT');
        if (recipients.some((e) => e.reply?.code === '452')) continue;
        const accepted = recipients.filter((e) => e.reply?.code[0] === '2');
        const over = accepted[recipientsBuffer]?.command;
        if (!over) continue;
        findings.push({
          range: { start: { line: over.line, character: over.character }, end: { line: over.line, character: over.character + over.text.length } },
          message: message(messages, locale, 'found', String(accepted.length)),
        });
      }
    }
    return findings;
  },
};
