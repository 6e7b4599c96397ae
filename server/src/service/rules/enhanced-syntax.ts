import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import { memoized } from '../memo';
import type { Mention } from '../model';
import { message, type Finding, type Fix, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'class' | 'leadingZero' | 'fix'> = {
  en: {
    class:
      'Enhanced status code {0} has class {1}, but the class is 2 (success), 4 (persistent transient failure) or 5 (permanent failure) (RFC 3463 §2, RFC 2034 §4).',
    leadingZero:
      'Enhanced status code {0} writes a number with a leading zero; RFC 3463 §2 requires each number without one: {1}. Programs that compare codes as text will not match it.',
    fix: 'Write {0} as {1}',
  },
  ko: {
    class:
      '확장 상태 코드 {0}의 클래스가 {1}인데, 클래스는 2(성공), 4(일시적 실패), 5(영구 실패) 중 하나여야 합니다(RFC 3463 §2, RFC 2034 §4).',
    leadingZero:
      '확장 상태 코드 {0}에 앞자리 0이 붙은 숫자가 있습니다. RFC 3463 §2는 각 숫자를 0 없이 쓰도록 요구합니다: {1}. 코드를 문자열로 비교하는 프로그램은 이를 알아보지 못합니다.',
    fix: '{0}을(를) {1}(으)로 쓰기',
  },
};

/** An enhanced status code that breaks RFC 3463's syntax: a class other than 2, 4 or 5, or numbers with leading zeros. */
export const enhancedSyntax: Rule = {
  id: 'enhanced-syntax',
  defaultSeverity: DiagnosticSeverity.Error,
  docs: {
    en:
      'An enhanced status code is class.subject.detail (RFC 3463 §2, RFC 2034 §4): the class is 2, 4 or 5, subject and ' +
      'detail are numbers from 0 to 999 written without leading zeros. Anything else is not a status code that clients, ' +
      'bounce processors or the IANA registry know. The rule checks reply lines, log fields (dsn=) and DSN Status ' +
      'fields. Examples: "550 3.1.1 …" (class 3) or "Status: 5.01.1" (should be 5.1.1; the quick fix removes the ' +
      'zeros). A number with more than three digits is never read as part of a status code. Switch it off with ' +
      '"smtp-lens-disable enhanced-syntax" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      '확장 상태 코드는 class.subject.detail 형식입니다(RFC 3463 §2, RFC 2034 §4). 클래스는 2, 4, 5 중 하나이고, subject와 ' +
      'detail은 0부터 999까지의 숫자를 앞자리 0 없이 씁니다. 그 밖의 형태는 클라이언트, 반송 처리기, IANA ' +
      '레지스트리가 알아보지 못합니다. 이 규칙은 응답 줄, 로그 필드(dsn=), DSN의 Status 필드를 검사합니다. 예: ' +
      '"550 3.1.1 …"(클래스 3), "Status: 5.01.1"(5.1.1이어야 하며, 빠른 수정이 0을 지웁니다). 네 자리 이상의 숫자는 ' +
      '상태 코드의 일부로 읽히지 않습니다. 문서에 "smtp-lens-disable enhanced-syntax"를 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const m of model.mentions) {
      if (!m.enhanced) continue;
      const code = m.enhanced.code;
      const problem = problemOf(code);
      if (problem === 'class') {
        findings.push({ range: enhancedRange(m), message: message(messages, locale, 'class', code, code[0]!) });
      } else if (problem === 'leadingZero') {
        findings.push({ range: enhancedRange(m), message: message(messages, locale, 'leadingZero', code, normalized(code)) });
      }
    }
    return findings;
  },
  fixes({ model, locale }: RuleContext, diagnostic): Fix[] {
    const mention = model.mentions.find(
      (m) =>
        m.enhanced !== null &&
        m.line === diagnostic.range.start.line &&
        m.enhanced.character === diagnostic.range.start.character &&
        /^[245]\./.test(m.enhanced.code) &&
        normalized(m.enhanced.code) !== m.enhanced.code,
    );
    if (!mention) return [];
    const code = mention.enhanced!.code;
    return [{ title: message(messages, locale, 'fix', code, normalized(code)), edits: [{ range: enhancedRange(mention), newText: normalized(code) }] }];
  },
};

/** What is wrong with an enhanced code's syntax, if anything. */
const problemOf = memoized((code: string): 'class' | 'leadingZero' | null => {
  if (!/^[245]\./.test(code)) return 'class';
  return normalized(code) !== code ? 'leadingZero' : null;
});

/** "5.01.001" → "5.1.1". */
function normalized(code: string): string {
  return code
    .split('.')
    .map((n) => String(Number(n)))
    .join('.');
}

function enhancedRange(m: Mention): Range {
  const e = m.enhanced!;
  return { start: { line: m.line, character: e.character }, end: { line: m.line, character: e.character + e.code.length } };
}
