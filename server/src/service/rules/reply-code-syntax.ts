import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CodeToken } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

type Problem = 'preliminary' | 'firstDigit' | 'secondDigit';

const messages: RuleMessages<Problem> = {
  en: {
    preliminary:
      'Reply code {0} is a 1yz (positive preliminary) code, which SMTP does not use (RFC 5321 §4.2.1): every command gets one final reply. A client should treat it as a fatal error and end the transaction (§4.2).',
    firstDigit:
      'Reply code {0} starts with {1}, but SMTP reply codes start with 2, 3, 4 or 5 (RFC 5321 §4.2, §4.2.1). A client should treat it as a fatal error and end the transaction.',
    secondDigit:
      'The second digit of reply code {0} is {1}, but SMTP defines only 0 to 5 there (RFC 5321 §4.2: x0z syntax … x5z mail system).',
  },
  ko: {
    preliminary:
      '응답 코드 {0}은(는) 1yz(예비 긍정) 코드로, SMTP에서는 쓰지 않습니다(RFC 5321 §4.2.1). 명령마다 최종 응답은 하나입니다. 클라이언트는 이를 치명적 오류로 보고 트랜잭션을 끝내야 합니다(§4.2).',
    firstDigit:
      '응답 코드 {0}은(는) {1}(으)로 시작하지만, SMTP 응답 코드는 2, 3, 4, 5로만 시작합니다(RFC 5321 §4.2, §4.2.1). 클라이언트는 이를 치명적 오류로 보고 트랜잭션을 끝내야 합니다.',
    secondDigit: '응답 코드 {0}의 둘째 자리는 {1}인데, SMTP는 그 자리에 0부터 5까지만 정의합니다(RFC 5321 §4.2: x0z 구문 … x5z 메일 시스템).',
  },
};

/** A reply code whose digits SMTP does not allow: first digit outside 2–5 (1yz above all), second digit outside 0–5. */
export const replyCodeSyntax: Rule = {
  id: 'reply-code-syntax',
  defaultSeverity: DiagnosticSeverity.Error,
  docs: {
    en:
      'An SMTP reply code is three digits: the first 2, 3, 4 or 5, the second 0 to 5 (RFC 5321 §4.2, Reply-code = ' +
      '%x32-35 %x30-35 %x30-39). 1yz codes exist in FTP but not in SMTP (§4.2.1), and a client that receives an ' +
      'out-of-range code should treat it as a fatal error. The rule checks every reply code the document shows: reply ' +
      'lines, log fields and DSN Diagnostic-Code fields. Example: "150 Opening connection" or "560 Rejected". A number ' +
      'of other than three digits is never read as a reply code, so it is not flagged here. Switch it off with ' +
      '"smtp-lens-disable reply-code-syntax" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'SMTP 응답 코드는 세 자리 숫자로, 첫 자리는 2, 3, 4, 5, 둘째 자리는 0부터 5까지입니다(RFC 5321 §4.2, Reply-code = ' +
      '%x32-35 %x30-35 %x30-39). 1yz 코드는 FTP에는 있지만 SMTP에는 없으며(§4.2.1), 범위를 벗어난 코드를 받은 ' +
      '클라이언트는 치명적 오류로 처리해야 합니다. 이 규칙은 문서에 나오는 모든 응답 코드(응답 줄, 로그 필드, DSN의 ' +
      'Diagnostic-Code 필드)를 검사합니다. 예: "150 Opening connection", "560 Rejected". 세 자리가 아닌 숫자는 응답 ' +
      '코드로 읽히지 않으므로 여기서 지적하지 않습니다. 문서에 "smtp-lens-disable reply-code-syntax"를 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const m of model.mentions) {
      const problem = m.reply ? problemOf(m.reply) : null;
      if (!problem) continue;
      const { code, character } = m.reply!;
      const digit = problem === 'secondDigit' ? code[1]! : code[0]!;
      findings.push({
        range: { start: { line: m.line, character }, end: { line: m.line, character: character + code.length } },
        message: message(messages, locale, problem, code, digit),
      });
    }
    return findings;
  },
};

function problemOf(token: CodeToken): Problem | null {
  const [first, second] = [token.code[0]!, token.code[1]!];
  if (first === '1') return 'preliminary';
  if (first < '2' || first > '5') return 'firstDigit';
  if (second > '5') return 'secondDigit';
  return null;
}
