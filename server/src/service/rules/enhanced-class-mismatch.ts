import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Mention } from '../model';
import { message, type Finding, type Fix, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found' | 'fix'> = {
  en: {
    found: 'Enhanced status code {0} has class {1}, but it answers reply code {2} of class {3} (RFC 3463 §2): it should read {4}.',
    fix: 'Change {0} to {1}',
  },
  ko: {
    found: '확장 상태 코드 {0}의 클래스는 {1}인데, 클래스 {3}인 응답 코드 {2}에 붙어 있습니다(RFC 3463 §2). {4}(이)어야 합니다.',
    fix: '{0}을(를) {1}(으)로 바꾸기',
  },
};

/** A reply whose enhanced code has another class than the reply code ("550 4.1.1"). */
export const enhancedClassMismatch: Rule = {
  id: 'enhanced-class-mismatch',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'The class (first digit) of an enhanced status code must match the first digit of the reply code it comes with ' +
      '(RFC 3463 §2, RFC 2034 §4): "550 5.1.1", never "550 4.1.1". Clients act on the reply code, so a mismatch tells ' +
      'anything that reads the enhanced code (bounce processors, DSNs) the opposite of what happened. Example: ' +
      '"550 4.1.1 <bob@example.com>: Recipient address rejected". The quick fix gives the enhanced code the reply\'s ' +
      'class. Switch it off with "smtp-lens-disable enhanced-class-mismatch" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '확장 상태 코드의 클래스(첫 자리)는 함께 오는 응답 코드의 첫 자리와 같아야 합니다(RFC 3463 §2, RFC 2034 §4): ' +
      '"550 5.1.1"이어야 하며 "550 4.1.1"은 안 됩니다. 클라이언트는 응답 코드를 따르므로, 어긋나면 확장 코드를 읽는 ' +
      '반송 처리기나 DSN에는 실제와 반대의 결과가 전달됩니다. 예: "550 4.1.1 <bob@example.com>: Recipient address ' +
      'rejected". 빠른 수정은 확장 코드의 클래스를 응답 코드에 맞춥니다. 문서에 "smtp-lens-disable ' +
      'enhanced-class-mismatch"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return model.mentions.filter(mismatched).map((m) => ({
      range: enhancedRange(m),
      message: message(messages, locale, 'found', m.enhanced!.code, m.enhanced!.code[0]!, m.reply!.code, m.reply!.code[0]!, fixed(m)),
    }));
  },
  fixes({ model, locale }: RuleContext, diagnostic): Fix[] {
    const mention = model.mentions.find(
      (m) => mismatched(m) && m.line === diagnostic.range.start.line && m.enhanced!.character === diagnostic.range.start.character,
    );
    if (!mention) return [];
    const start = enhancedRange(mention).start;
    const range = { start, end: { line: start.line, character: start.character + 1 } };
    return [{ title: message(messages, locale, 'fix', mention.enhanced!.code, fixed(mention)), edits: [{ range, newText: mention.reply!.code[0]! }] }];
  },
};

function mismatched(m: Mention): boolean {
  return m.reply !== null && m.enhanced !== null && /^[245]/.test(m.reply.code) && m.reply.code[0] !== m.enhanced.code[0];
}

function fixed(m: Mention): string {
  return m.reply!.code[0]! + m.enhanced!.code.slice(1);
}

function enhancedRange(m: Mention): Range {
  const e = m.enhanced!;
  return { start: { line: m.line, character: e.character }, end: { line: m.line, character: e.character + e.code.length } };
}
