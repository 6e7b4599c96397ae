import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { unusualPairing } from '../../knowledge';
import { mentionEnd, mentionStart, type Mention } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'The IANA registry lists {1} as the basic codes that go with {0}, not {2} (RFC 5248 §2.1). The pair is legal; check that {0} is the detail you meant.',
  },
  ko: {
    found:
      'IANA 레지스트리는 {0}과(와) 함께 쓰는 기본 코드로 {1}을(를) 들며, {2}은(는) 없습니다(RFC 5248 §2.1). 이 조합이 틀린 것은 아니니, {0}이(가) 뜻한 세부 코드가 맞는지 확인하세요.',
  },
};

/** A reply code that the registry entry of its enhanced code does not list among its associated basic codes. */
export const enhancedUnusualPairing: Rule = {
  id: 'enhanced-unusual-pairing',
  defaultSeverity: DiagnosticSeverity.Hint,
  docs: {
    en:
      'Each entry of the IANA registry of enhanced status codes (RFC 5248) names the basic reply codes it usually comes ' +
      'with: X.1.1 (bad destination mailbox) with 451 or 550, X.2.2 (mailbox full) with 552. A reply that pairs a ' +
      'detail with another code is allowed, since the registry lists what is usual, not what is required, but it ' +
      'can show a detail chosen by mistake. Example: "554 5.2.2 Mailbox full" (the registry gives 552). Many real ' +
      'servers pair codes otherwise (Postfix\'s "554 5.7.1 … Rejected by policy", "452 4.2.2 Mailbox full"), so it is ' +
      'only a hint. Entries that give no codes ("Not given", "Any") and replies whose classes differ (that is ' +
      'enhanced-class-mismatch) are not checked. Switch it off with "smtp-lens-disable enhanced-unusual-pairing" in ' +
      'the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'IANA 확장 상태 코드 레지스트리(RFC 5248)의 항목마다 보통 함께 쓰는 기본 응답 코드가 적혀 있습니다: X.1.1(잘못된 ' +
      '수신 메일함)은 451이나 550, X.2.2(메일함 가득 참)는 552. 레지스트리는 관례를 적을 뿐 요구하지는 않으므로 다른 ' +
      '코드와의 조합도 허용되지만, 세부 코드를 잘못 고른 흔적일 수 있습니다. 예: "554 5.2.2 Mailbox full"(레지스트리는 ' +
      '552). 실제 서버도 다르게 짝짓는 일이 많아서(Postfix의 "554 5.7.1 … Rejected by policy", "452 4.2.2 Mailbox ' +
      'full") 힌트로만 알립니다. 코드를 적지 않은 항목("Not given", "Any")과 클래스가 다른 응답(enhanced-class-mismatch가 ' +
      '다룹니다)은 검사하지 않습니다. 문서에 "smtp-lens-disable enhanced-unusual-pairing"을 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const m of model.mentions) {
      const listed = unusual(m);
      if (!listed) continue;
      findings.push({
        range: { start: { line: m.line, character: mentionStart(m) }, end: { line: m.line, character: mentionEnd(m) } },
        message: message(messages, locale, 'found', m.enhanced!.code, listed.join(', '), m.reply!.code),
      });
    }
    return findings;
  },
};

/** The registry's codes for the mention's detail when they do not include its reply code; null when usual or unknown. */
function unusual(m: Mention): readonly string[] | null {
  // Malformed reply codes and class mismatches have rules of their own.
  if (!m.reply || !m.enhanced || !/^[245][0-5]/.test(m.reply.code) || m.reply.code[0] !== m.enhanced.code[0]) return null;
  return unusualPairing(m.reply.code, m.enhanced.code);
}
