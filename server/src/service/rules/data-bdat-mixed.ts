import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel } from '../model';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { commandRange, walkTransactions } from './support/transaction-walk';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      '{0} in a transaction that already used {1} on line {2}: DATA and BDAT cannot be mixed in one transaction (RFC 3030 §3). The server must answer 503 and the state is undefined; send RSET and start the transaction again.',
  },
  ko: {
    found:
      '{2}번 줄에서 이미 {1}을(를) 쓴 트랜잭션에서 {0}을(를) 보냈습니다. 한 트랜잭션에서 DATA와 BDAT를 섞어 쓸 수 없습니다(RFC 3030 §3). 서버는 503으로 답해야 하고 상태는 정해지지 않습니다. RSET을 보내고 트랜잭션을 다시 시작하세요.',
  },
};

/** DATA and BDAT in the same mail transaction. */
export const dataBdatMixed: Rule = {
  id: 'data-bdat-mixed',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'CHUNKING adds BDAT as another way to send the message, but "DATA and BDAT commands cannot be used in the same ' +
      'transaction" (RFC 3030 §3): the server answers 503 and the transaction is in an undefined state until RSET. ' +
      'Using DATA in one transaction and BDAT in the next is fine. Example: "C: BDAT 100" "S: 250 2.0.0 Ok" "C: ' +
      'DATA". Switch it off with "smtp-lens-disable data-bdat-mixed" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      'CHUNKING은 메시지를 보내는 또 다른 방법으로 BDAT를 더하지만, "DATA와 BDAT 명령은 같은 트랜잭션에서 쓸 수 ' +
      '없습니다"(RFC 3030 §3). 서버는 503으로 답하고, 트랜잭션은 RSET 전까지 정해지지 않은 상태가 됩니다. 한 ' +
      '트랜잭션에서 DATA를, 다음 트랜잭션에서 BDAT를 쓰는 것은 괜찮습니다. 예: "C: BDAT 100" "S: 250 2.0.0 Ok" ' +
      '"C: DATA". 문서에 "smtp-lens-disable data-bdat-mixed"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 ' +
      '있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return mixed(model).map(({ command, other }) => ({
      range: commandRange(command),
      message: message(messages, locale, 'found', command.verb, other.verb, lineNumber(other.line)),
    }));
  },
};

function mixed(model: DocumentModel): { command: Command; other: Command }[] {
  const found: { command: Command; other: Command }[] = [];
  for (const session of model.sessions) {
    walkTransactions(session, (exchange, state) => {
      const command = exchange.command;
      const other = command?.verb === 'DATA' ? state.bdat : command?.verb === 'BDAT' ? state.data : null;
      if (command && state.mail && other?.command) found.push({ command, other: other.command });
    });
  }
  return found;
}
