import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { DocumentModel, Reply } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'This {0} reply answers no command: the client had nothing pending when it came (RFC 5321 §4.2, §4.3.2). Either the server sent a reply nobody asked for, or the transcript does not show a command; every reply after it may be paired with the wrong command.',
  },
  ko: {
    found:
      '이 {0} 응답은 어떤 명령에도 답하지 않습니다. 응답이 왔을 때 클라이언트에 기다리는 명령이 없었습니다(RFC 5321 §4.2, §4.3.2). 서버가 묻지 않은 응답을 보냈거나 기록에 명령이 빠졌으며, 그 뒤의 응답은 모두 엉뚱한 명령과 짝지어졌을 수 있습니다.',
  },
};

/** A reply that came when no command was pending (information). */
export const unsolicitedReply: Rule = {
  id: 'unsolicited-reply',
  defaultSeverity: DiagnosticSeverity.Information,
  docs: {
    en:
      'Apart from the greeting, a server speaks only to answer a command (RFC 5321 §4.2, §4.3.2), with one exception: ' +
      'it may send 421 at any time before it closes the connection (§3.8). Any other reply with no command pending ' +
      'means a command is missing from the transcript or the server is out of step, and the replies after it may be ' +
      'read against the wrong commands. Not flagged: the greeting, 421, the verdict after message content a tool ' +
      'does not show, transcripts that show no client line at all (nc, openssl s_client), and a line that repeats the ' +
      'code of the reply just before it (multiline-extra-line reports that). Example: "C: NOOP" "S: 250 2.0.0 Ok" ' +
      '"S: 550 5.7.1 Rejected". Switch it off with "smtp-lens-disable unsolicited-reply" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '인사말을 빼면 서버는 명령에 답할 때만 말합니다(RFC 5321 §4.2, §4.3.2). 예외는 하나로, 연결을 닫기 전에는 ' +
      '언제든 421을 보낼 수 있습니다(§3.8). 기다리는 명령이 없을 때 온 그 밖의 응답은 기록에서 명령이 빠졌거나 ' +
      '서버가 어긋났다는 뜻이며, 그 뒤의 응답은 엉뚱한 명령과 짝지어질 수 있습니다. 지적하지 않는 경우: 인사말, ' +
      '421, 도구가 보여 주지 않는 메시지 내용 뒤의 판정, 클라이언트 줄이 하나도 없는 기록(nc, openssl s_client), ' +
      '바로 앞 응답과 같은 코드를 잇는 줄(multiline-extra-line이 알립니다). 예: "C: NOOP" "S: 250 2.0.0 Ok" ' +
      '"S: 550 5.7.1 Rejected". 문서에 "smtp-lens-disable unsolicited-reply"를 쓰거나 smtpLens.diagnostics.rules 설정으로 ' +
      '끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return unsolicited(model).map((reply) => ({ range: codeRange(reply), message: message(messages, locale, 'found', reply.code) }));
  },
};

function unsolicited(model: DocumentModel): Reply[] {
  const found: Reply[] = [];
  for (const session of model.sessions) {
    const exchanges = session.exchanges;
    if (!exchanges.some((e) => e.command !== null)) continue;
    const greeting = exchanges.find((e) => e.reply !== null);
    exchanges.forEach((exchange, index) => {
      const reply = exchange.reply;
      if (exchange.command !== null || !reply || exchange === greeting || reply.code === '421') return;
      const previous = exchanges[index - 1];
      // The verdict on content the tool does not show ends in no "." command.
      if (previous?.command?.verb === 'DATA' && previous.reply?.code === '354') return;
      const before = previous?.reply;
      if (before && before.code === reply.code && before.span.end === reply.span.start - 1) return;
      found.push(reply);
    });
  }
  return found;
}

function codeRange(reply: Reply): Range {
  const first = reply.lines[0]!;
  const character = first.reply!.character;
  return { start: { line: first.line, character }, end: { line: first.line, character: character + 3 } };
}
