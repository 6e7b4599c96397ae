import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { explainCode } from '../explain';
import { t } from '../l10n';
import type { CodeToken, Mention } from '../model';
import type { Finding, Rule, RuleContext } from './rule';

/** A code that no RFC defines or that the IANA registry does not list: information, with what its digits say. */
export const unregisteredCode: Rule = {
  id: 'unregistered-code',
  defaultSeverity: DiagnosticSeverity.Information,
  docs:
    'Reply codes are defined by RFC 5321 §4.2.3 and its extensions (RFC 4954, 3207, 7504 …); enhanced status codes ' +
    'by the IANA registry (RFC 5248). A code outside them is not wrong in itself (providers such as Microsoft use ' +
    'their own 5.7.6xx details), but no client knows it: SMTP clients act on the first digit (RFC 5321 §4.2). The ' +
    'diagnostic says what the digits mean. Example: `599 Unknown error` — first digit 5, a permanent failure.',
  check({ model, locale }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const report = (m: Mention, token: CodeToken | null): void => {
      if (!token) return;
      const explanation = explainCode(token.code, locale);
      if (!explanation || explanation.registered) return;
      const digits = explanation.digits.map((d) => `${d.label}: ${d.title}`).join('; ');
      findings.push({
        range: { start: { line: m.line, character: token.character }, end: { line: m.line, character: token.character + token.code.length } },
        message: t(locale, 'ruleUnregistered', token.code, digits),
      });
    };
    for (const m of model.mentions) {
      report(m, m.reply);
      report(m, m.enhanced);
    }
    return findings;
  },
};
