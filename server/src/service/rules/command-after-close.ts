import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel } from '../model';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { helloVerbs } from './support/dialogue-facts';
import { commandName, commandRange } from './support/transaction-walk';

const messages: RuleMessages<'quit' | 'closed'> = {
  en: {
    quit: '{0} was sent after QUIT on line {1}: the session is over once the client says QUIT (RFC 5321 §4.1.1.10, §3.8), and the server closes the connection after its 221. {2} command(s) here go nowhere.',
    closed:
      '{0} was sent after the server closed the connection with 421 on line {1} (RFC 5321 §3.8): nothing reads it any more. {2} command(s) here go nowhere; connect again, and treat the open transaction as failed temporarily.',
  },
  ko: {
    quit: '{1}번 줄의 QUIT 뒤에 {0}을(를) 보냈습니다. 클라이언트가 QUIT을 보내면 세션은 끝나고(RFC 5321 §4.1.1.10, §3.8) 서버는 221 뒤에 연결을 닫습니다. 여기 있는 명령 {2}개는 아무 데도 가지 않습니다.',
    closed:
      '서버가 {1}번 줄에서 421로 연결을 닫은 뒤에 {0}을(를) 보냈습니다(RFC 5321 §3.8). 이제 아무도 읽지 않습니다. 여기 있는 명령 {2}개는 아무 데도 가지 않습니다. 다시 연결하고, 진행 중이던 트랜잭션은 일시적 실패로 처리하세요.',
  },
};

interface Found {
  readonly command: Command;
  readonly closedBy: 'quit' | 'closed';
  readonly closedAt: number;
  readonly count: number;
}

/** Commands after QUIT or after the server's 421, in the same connection. */
export const commandAfterClose: Rule = {
  id: 'command-after-close',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'QUIT ends the session (RFC 5321 §4.1.1.10), and a server closes the connection after its 221, or after a 421 ' +
      'it sends when it shuts down, times out or has had enough errors (RFC 5321 §3.8). Commands after either are ' +
      'never read. The diagnostic is on the first such command and counts the rest. A new EHLO or HELO is taken as a ' +
      'new connection the transcript does not show opening. Example: "S: 421 4.7.0 Error: too many errors" then "C: ' +
      'QUIT". Switch it off with "smtp-lens-disable command-after-close" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      'QUIT은 세션을 끝내고(RFC 5321 §4.1.1.10), 서버는 221 뒤에, 또는 종료·시간 초과·오류 누적 때 보내는 421 뒤에 ' +
      '연결을 닫습니다(RFC 5321 §3.8). 그 뒤의 명령은 읽히지 않습니다. 진단은 그런 명령 중 첫 번째에 붙고 나머지 ' +
      '개수를 알려 줍니다. 새 EHLO나 HELO는 기록이 여는 모습을 보여 주지 않은 새 연결로 봅니다. 예: "S: 421 4.7.0 ' +
      'Error: too many errors" 다음의 "C: QUIT". 문서에 "smtp-lens-disable command-after-close"를 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return afterClose(model).map(({ command, closedBy, closedAt, count }) => ({
      range: commandRange(command),
      message: message(messages, locale, closedBy, commandName(command), lineNumber(closedAt), String(count)),
    }));
  },
};

/** The commands a closed connection never read, also wanted by missing-reply (which leaves them to this rule). */
export function commandsAfterClose(model: DocumentModel): Set<Command> {
  const commands = new Set<Command>();
  forEachClosed(model, (command) => commands.add(command));
  return commands;
}

function afterClose(model: DocumentModel): Found[] {
  const found: Found[] = [];
  forEachClosed(model, (command, closedBy, closedAt, first) => {
    if (first) found.push({ command, closedBy, closedAt, count: 1 });
    else {
      const last = found[found.length - 1]!;
      found[found.length - 1] = { ...last, count: last.count + 1 };
    }
  });
  return found;
}

function forEachClosed(
  model: DocumentModel,
  visit: (command: Command, closedBy: 'quit' | 'closed', closedAt: number, first: boolean) => void,
): void {
  for (const session of model.sessions) {
    let closed: { by: 'quit' | 'closed'; at: number } | null = null;
    let first = true;
    for (const exchange of session.exchanges) {
      const command = exchange.command;
      if (closed && command) {
        if (helloVerbs.has(command.verb)) {
          closed = null;
        } else {
          visit(command, closed.by, closed.at, first);
          first = false;
          continue;
        }
      }
      if (closed) continue;
      if (command?.verb === 'QUIT') closed = { by: 'quit', at: command.line };
      else if (exchange.reply?.code === '421') closed = { by: 'closed', at: exchange.reply.span.start };
      first = true;
    }
  }
}
