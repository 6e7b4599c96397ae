import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel } from '../model';
import { commandsAfterClose } from './command-after-close';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { commandName, commandRange } from './support/transaction-walk';

const messages: RuleMessages<'end' | 'skipped'> = {
  en: {
    end: '{0} got no reply: the transcript ends, or the client gave up (a timeout), or the connection dropped before the server answered. Every command gets exactly one reply (RFC 5321 §4.2, §4.3.2).',
    skipped:
      '{0} got no reply, although the dialogue goes on: the server did not answer it (a timeout on the client\'s side, as swaks shows with "Timeout waiting for server response"), or the tool did not show the reply. Every command gets exactly one reply (RFC 5321 §4.2, §4.3.2).',
  },
  ko: {
    end: '{0}에 응답이 없습니다. 기록이 여기서 끝났거나, 클라이언트가 기다리다 포기했거나(시간 초과), 서버가 답하기 전에 연결이 끊겼습니다. 모든 명령은 정확히 하나의 응답을 받습니다(RFC 5321 §4.2, §4.3.2).',
    skipped:
      '대화는 이어지는데 {0}에 응답이 없습니다. 서버가 답하지 않았거나(swaks의 "Timeout waiting for server response"처럼 클라이언트 쪽 시간 초과), 도구가 응답을 보여 주지 않았습니다. 모든 명령은 정확히 하나의 응답을 받습니다(RFC 5321 §4.2, §4.3.2).',
  },
};

/** A command the server never answered (information). */
export const missingReply: Rule = {
  id: 'missing-reply',
  defaultSeverity: DiagnosticSeverity.Information,
  docs: {
    en:
      'SMTP pairs every command with one reply (RFC 5321 §4.2, §4.3.2; with PIPELINING the replies come in command ' +
      'order, RFC 2920 §3.1). A command with no reply tells that the server hung, the client timed out, the ' +
      'connection dropped, or the transcript was cut: worth knowing when you read why a delivery stopped. Commands ' +
      'after QUIT or a 421 are left to command-after-close, and transcripts that show no server line at all are not ' +
      'checked. Example: "C: AUTH PLAIN …" followed by swaks\' "Timeout (30 secs) waiting for server response". ' +
      'Switch it off with "smtp-lens-disable missing-reply" in the document, or in the smtpLens.diagnostics.rules ' +
      'setting.',
    ko:
      'SMTP는 모든 명령에 응답 하나를 짝짓습니다(RFC 5321 §4.2, §4.3.2. PIPELINING에서는 응답이 명령 순서대로 ' +
      '옵니다, RFC 2920 §3.1). 응답이 없는 명령은 서버가 멈췄거나, 클라이언트가 시간 초과로 포기했거나, 연결이 ' +
      '끊겼거나, 기록이 잘렸다는 뜻이며, 배달이 왜 멈췄는지 읽을 때 알아 둘 만합니다. QUIT이나 421 뒤의 명령은 ' +
      'command-after-close가 맡고, 서버 줄이 하나도 없는 기록은 검사하지 않습니다. 예: swaks의 "Timeout (30 secs) ' +
      'waiting for server response"가 뒤따르는 "C: AUTH PLAIN …". 문서에 "smtp-lens-disable missing-reply"를 ' +
      '쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return unanswered(model).map(({ command, last }) => ({
      range: commandRange(command),
      message: message(messages, locale, last ? 'end' : 'skipped', commandName(command)),
    }));
  },
};

function unanswered(model: DocumentModel): { command: Command; last: boolean }[] {
  const closed = commandsAfterClose(model);
  return model.sessions.flatMap((session) => {
    if (!session.exchanges.some((e) => e.reply !== null)) return [];
    // Replies pair with commands in order, so a command after the last answered one has nothing after it.
    let lastAnswered = -1;
    session.exchanges.forEach((e, index) => {
      if (e.reply !== null) lastAnswered = index;
    });
    return session.exchanges.flatMap((e, index) =>
      e.command && e.reply === null && !closed.has(e.command) ? [{ command: e.command, last: index > lastAnswered }] : [],
    );
  });
}
