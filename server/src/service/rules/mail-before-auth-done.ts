import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel } from '../model';
import { authDialogues } from './support/auth-dialogues';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { commandRange } from './support/transaction-walk';

const messages: RuleMessages<'challenge' | 'pipelined'> = {
  en: {
    challenge:
      'MAIL while AUTH is still in progress: the server\'s 334 on line {0} asked for the next SASL response, so it reads this line as base64 credentials, not as a command (RFC 4954 §4). Finish AUTH (wait for 235) or cancel it with "*" first.',
    pipelined:
      'MAIL sent before AUTH {1} (line {0}) was answered: AUTH must be the last command of a pipelined group unless it carries the whole exchange in one initial response (PLAIN, EXTERNAL — RFC 4954 §4). Wait for 235 before MAIL.',
  },
  ko: {
    challenge:
      'AUTH가 아직 진행 중인데 MAIL을 보냈습니다. {0}번 줄에서 서버가 334로 다음 SASL 응답을 요청했으므로, 이 줄을 명령이 아니라 base64 인증 정보로 읽습니다(RFC 4954 §4). 먼저 AUTH를 마치거나(235를 기다림) "*"로 취소하세요.',
    pipelined:
      'AUTH {1}({0}번 줄)의 응답이 오기 전에 MAIL을 보냈습니다. 초기 응답 하나로 교환이 끝나는 경우(PLAIN, EXTERNAL)가 아니면 AUTH는 파이프라인 묶음의 마지막 명령이어야 합니다(RFC 4954 §4). MAIL 전에 235를 기다리세요.',
  },
};

interface Found {
  readonly command: Command;
  readonly key: 'challenge' | 'pipelined';
  readonly line: number;
  readonly mechanism: string;
}

/** MAIL sent while an AUTH exchange was still open: after a 334, or pipelined behind an AUTH that needs more turns. */
export const mailBeforeAuthDone: Rule = {
  id: 'mail-before-auth-done',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'AUTH is a dialogue: the server sends 334 challenges, the client answers each with a line of base64, and the ' +
      'server ends it with 235 or an error (RFC 4954 §4). A MAIL sent after a 334 is read as a SASL response and ' +
      'fails; a MAIL pipelined behind an AUTH that needs more than one turn arrives in the middle of it. Only AUTH ' +
      'with an initial response for a one-round mechanism (PLAIN, EXTERNAL) may be followed by pipelined commands. ' +
      'Failing AUTH and then sending MAIL is allowed and not flagged. Example: "C: AUTH LOGIN" "S: 334 VXNlcm5hbWU6" ' +
      '"C: MAIL FROM:<bob@example.com>". Switch it off with "smtp-lens-disable mail-before-auth-done" in the ' +
      'document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'AUTH는 대화입니다. 서버가 334 요청을 보내면 클라이언트가 각각 base64 한 줄로 답하고, 서버가 235나 오류로 ' +
      '끝냅니다(RFC 4954 §4). 334 뒤에 보낸 MAIL은 SASL 응답으로 읽혀 실패하고, 여러 차례 주고받는 AUTH 뒤에 ' +
      '파이프라인으로 보낸 MAIL은 그 대화 한가운데에 도착합니다. 한 번에 끝나는 메커니즘(PLAIN, EXTERNAL)의 초기 ' +
      '응답을 담은 AUTH만 뒤에 명령을 파이프라인으로 이어 보낼 수 있습니다. AUTH가 실패한 뒤에 MAIL을 보내는 것은 ' +
      '허용되므로 지적하지 않습니다. 예: "C: AUTH LOGIN" "S: 334 VXNlcm5hbWU6" "C: MAIL FROM:<bob@example.com>". ' +
      '문서에 "smtp-lens-disable mail-before-auth-done"을 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return findings(model).map(({ command, key, line, mechanism }) => ({
      range: commandRange(command),
      message: message(messages, locale, key, lineNumber(line), mechanism),
    }));
  },
};

/** Mechanisms that finish in one round when the client sends an initial response (RFC 4954 §4). */
const oneRound = new Set(['PLAIN', 'EXTERNAL']);

function findings(model: DocumentModel): Found[] {
  const found: Found[] = [];
  for (const session of model.sessions) {
    for (const dialogue of authDialogues(session)) {
      const auth = dialogue.auth.command!;
      const lastExchange = session.exchanges[dialogue.last]!;
      const final = lastExchange.reply;
      const mayPipeline = dialogue.initial !== null && dialogue.responses.length === 0 && oneRound.has(dialogue.mechanism);
      for (const exchange of session.exchanges.slice(dialogue.last + 1)) {
        const command = exchange.command;
        if (!command) continue;
        // Sent before the dialogue's last reply arrived.
        const early = final !== null && command.line < final.span.start;
        if (command.verb === 'MAIL' && early && !mayPipeline) {
          found.push({ command, key: 'pipelined', line: auth.line, mechanism: dialogue.mechanism });
        } else if (command.verb === 'MAIL' && !early && final?.code === '334' && exchange === session.exchanges[dialogue.last + 1]) {
          found.push({ command, key: 'challenge', line: final.span.start, mechanism: dialogue.mechanism });
        }
        if (!early) break;
      }
    }
  }
  return found;
}
