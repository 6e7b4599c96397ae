import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { enhancedDetailEntry, replyCodeEntry } from '../../knowledge';
import { memoized } from '../memo';
import { explainCode } from '../explain';
import type { CodeToken, Mention } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found'> = {
  en: { found: '{0} is not a registered code; its digits say — {1}.' },
  ko: { found: '{0}은(는) 등록되지 않은 코드입니다. 각 자리의 의미 — {1}.' },
};

/** A cheap look-up first: explaining a code builds its whole text, and logs hold hundreds of thousands of codes. */
function registered(code: string): boolean {
  return code.includes('.') ? enhancedDetailEntry(code) !== undefined : replyCodeEntry(code) !== undefined;
}

const wellFormed = /^[2-5][0-5]\d$|^[245]\.(?:0|[1-9]\d{0,2})\.(?:0|[1-9]\d{0,2})$/;

/** Whether a code is one to report: well formed (else the syntax rules report it) and registered nowhere. */
const unregistered = memoized((code: string) => wellFormed.test(code) && !registered(code));

/** A code that no RFC defines or that the IANA registry does not list: information, with what its digits say. */
export const unregisteredCode: Rule = {
  id: 'unregistered-code',
  defaultSeverity: DiagnosticSeverity.Information,
  docs: {
    en:
      'Reply codes are defined by RFC 5321 §4.2.3 and its extensions (RFC 4954, 3207, 7504 …); enhanced status codes by ' +
      'the IANA registry (RFC 5248). A code outside them is not wrong in itself (providers such as Microsoft use their ' +
      'own 5.7.6xx details), but no client knows it: SMTP clients act on the first digit (RFC 5321 §4.2). The ' +
      'diagnostic says what the digits mean. Example: "559 Unknown error" — first digit 5, a permanent failure. ' +
      'Switch it off with "smtp-lens-disable unregistered-code" or the smtpLens.diagnostics.rules setting.',
    ko:
      '응답 코드는 RFC 5321 §4.2.3과 그 확장(RFC 4954, 3207, 7504 …)이, 확장 상태 코드는 IANA 레지스트리(RFC 5248)가 ' +
      '정의합니다. 그 밖의 코드가 그 자체로 잘못은 아니지만(Microsoft의 5.7.6xx처럼 사업자 자체 코드도 있습니다) ' +
      '클라이언트는 그 뜻을 모르고 첫 자리만 따릅니다(RFC 5321 §4.2). 진단은 각 자리의 뜻을 알려 줍니다. 예: "559 ' +
      'Unknown error" — 첫 자리 5, 영구 실패. 문서의 "smtp-lens-disable unregistered-code"나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const report = (m: Mention, token: CodeToken | null): void => {
      // Codes that break the syntax are reply-code-syntax's and enhanced-syntax's to report.
      if (!token || !unregistered(token.code)) return;
      const explanation = explainCode(token.code, locale);
      if (!explanation || explanation.registered) return;
      const digits = explanation.digits.map((d) => `${d.label}: ${d.title}`).join('; ');
      findings.push({
        range: { start: { line: m.line, character: token.character }, end: { line: m.line, character: token.character + token.code.length } },
        message: message(messages, locale, 'found', token.code, digits),
      });
    };
    for (const m of model.mentions) {
      report(m, m.reply);
      report(m, m.enhanced);
    }
    return findings;
  },
};
