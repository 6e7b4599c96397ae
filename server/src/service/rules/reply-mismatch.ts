import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Command, DocumentModel, Exchange, Reply } from '../model';
import { authDialogues } from './support/auth-dialogues';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { commandName } from './support/transaction-walk';

type Key = 'data' | 'auth';

const messages: RuleMessages<Key> = {
  en: {
    data: '354 answers {0} here, but only DATA is answered 354 (RFC 5321 §4.3.2): the replies and the commands are out of step, a reply is missing or one too many above, or the server is broken.',
    auth: '{1} answers {0} here, but only AUTH and the responses to its 334 challenges get {1} (RFC 4954 §4, §6): the replies and the commands are out of step, or a command is missing from the transcript.',
  },
  ko: {
    data: '여기서 354가 {0}에 답하고 있지만, 354는 DATA에만 답하는 코드입니다(RFC 5321 §4.3.2). 응답과 명령이 어긋났거나, 위에서 응답 하나가 빠졌거나 남거나, 서버가 잘못되었습니다.',
    auth: '여기서 {1}이(가) {0}에 답하고 있지만, {1}은(는) AUTH와 그 334 요청에 대한 응답에만 옵니다(RFC 4954 §4, §6). 응답과 명령이 어긋났거나 기록에서 명령이 빠졌습니다.',
  },
};

/** A reply whose code cannot answer its command: 354 to anything but DATA, 334 or 235 outside AUTH. */
export const replyMismatch: Rule = {
  id: 'reply-mismatch',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'Some replies belong to one command only: 354 ("start mail input") answers DATA (RFC 5321 §4.3.2), 334 (a ' +
      'challenge) and 235 (authenticated) answer AUTH and the client\'s responses to 334 (RFC 4954 §4, §6). Such a ' +
      'code on another command means the replies and commands are out of step (a reply missing or extra further up, ' +
      'a command the transcript does not show), or a broken server. Example: "C: RCPT TO:<bob@example.com>" "S: 354 ' +
      'Start mail input". Switch it off with "smtp-lens-disable reply-mismatch" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '어떤 응답은 한 명령에만 속합니다. 354("메일 입력 시작")는 DATA에 답하고(RFC 5321 §4.3.2), 334(요청)와 ' +
      '235(인증됨)는 AUTH와 334에 대한 클라이언트의 응답에 답합니다(RFC 4954 §4, §6). 그런 코드가 다른 명령에 ' +
      '붙어 있으면 응답과 명령이 어긋난 것입니다(위쪽에서 응답이 빠지거나 남음, 기록에 없는 명령). 아니면 서버가 ' +
      '잘못된 것입니다. 예: "C: RCPT TO:<bob@example.com>" "S: 354 Start mail input". 문서에 "smtp-lens-disable ' +
      'reply-mismatch"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return mismatches(model).map(({ command, reply, key }) => ({
      range: codeRange(reply),
      message: message(messages, locale, key, commandName(command), reply.code),
    }));
  },
};

function mismatches(model: DocumentModel): { command: Command; reply: Reply; key: Key }[] {
  const found: { command: Command; reply: Reply; key: Key }[] = [];
  for (const session of model.sessions) {
    const inAuth = new Set<Exchange>(authDialogues(session).flatMap((d) => [d.auth, ...d.responses]));
    for (const exchange of session.exchanges) {
      const { command, reply } = exchange;
      if (!command || !reply) continue;
      if (reply.code === '354' && command.verb !== 'DATA') found.push({ command, reply, key: 'data' });
      else if ((reply.code === '334' || reply.code === '235') && !inAuth.has(exchange)) found.push({ command, reply, key: 'auth' });
    }
  }
  return found;
}

function codeRange(reply: Reply): Range {
  const first = reply.lines[0]!;
  const character = first.reply!.character;
  return { start: { line: first.line, character }, end: { line: first.line, character: character + 3 } };
}
