import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { t } from '../l10n';
import type { Mention } from '../model';
import type { Finding, Fix, Rule, RuleContext } from './rule';

/** A reply whose enhanced code has another class than the reply code ("550 4.1.1"). */
export const enhancedClassMismatch: Rule = {
  id: 'enhanced-class-mismatch',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs:
    'The class (first digit) of an enhanced status code must match the first digit of the reply code it comes with: ' +
    'RFC 3463 §2 and RFC 2034 §4 ("550 5.1.1", never "550 4.1.1"). Clients act on the reply code, so a mismatch ' +
    'hides whether the failure is temporary or permanent from anything that reads the enhanced code (bounce ' +
    'processors, DSNs). Example: `550 4.1.1 <bob@example.com>: Recipient address rejected`. Fix: use the reply ' +
    "code's class, 5.1.1.",
  check({ model, locale }: RuleContext): Finding[] {
    return model.mentions.filter(mismatched).map((m) => ({
      range: enhancedRange(m),
      message: t(locale, 'ruleClassMismatch', m.enhanced!.code, m.enhanced!.code[0]!, m.reply!.code, m.reply!.code[0]!, fixed(m)),
    }));
  },
  fixes({ model, locale }: RuleContext, diagnostic): Fix[] {
    const mention = model.mentions.find(
      (m) => mismatched(m) && m.line === diagnostic.range.start.line && m.enhanced!.character === diagnostic.range.start.character,
    );
    if (!mention) return [];
    const range = { start: enhancedRange(mention).start, end: { line: mention.line, character: mention.enhanced!.character + 1 } };
    return [{ title: t(locale, 'fixClassMismatch', mention.enhanced!.code, fixed(mention)), edits: [{ range, newText: mention.reply!.code[0]! }] }];
  },
};

function mismatched(m: Mention): boolean {
  return m.reply !== null && m.enhanced !== null && /^[245]/.test(m.reply.code) && m.reply.code[0] !== m.enhanced.code[0];
}

function fixed(m: Mention): string {
  return m.reply!.code[0]! + m.enhanced!.code.slice(1);
}

function enhancedRange(m: Mention) {
  const e = m.enhanced!;
  return { start: { line: m.line, character: e.character }, end: { line: m.line, character: e.character + e.code.length } };
}
