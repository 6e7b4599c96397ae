import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { oversizedMailboxParts } from './support/wire';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'The domain of this address is {0} octets, over the 255 that RFC 5321 §4.5.3.1.2 allows; no such name can exist in the DNS, so the address cannot be delivered.',
  },
  ko: {
    found:
      '이 주소의 도메인은 {0}옥텟으로, RFC 5321 §4.5.3.1.2가 허용하는 255옥텟을 넘습니다. DNS에는 그런 이름이 있을 수 없으므로 이 주소로는 배달되지 않습니다.',
  },
};

/** RFC 5321 §4.5.3.1.2: a domain name or number is at most 255 octets. */
const domain = 255;

/** A MAIL FROM or RCPT TO address whose domain is over 255 octets (RFC 5321 §4.5.3.1.2). */
export const domainTooLong: Rule = {
  id: 'domain-too-long',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'The domain of an address may be 255 octets (RFC 5321 §4.5.3.1.2), as a DNS name can be no longer. A longer ' +
      'domain in MAIL FROM or RCPT TO cannot be resolved, and servers may reject it ("501 Path too long", ' +
      '§4.5.3.1.9). It is usually a generated or mangled address. Example: "RCPT TO:<bob@" followed by 300 characters ' +
      'of labels. Switch it off with "smtp-lens-disable domain-too-long" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '주소의 도메인은 255옥텟까지입니다(RFC 5321 §4.5.3.1.2). DNS 이름이 그보다 길 수 없기 때문입니다. MAIL FROM이나 ' +
      'RCPT TO에 더 긴 도메인이 있으면 조회할 수 없고, 서버가 거부할 수 있습니다("501 Path too long", §4.5.3.1.9). ' +
      '대개 자동 생성되었거나 망가진 주소입니다. 예: "RCPT TO:<bob@" 뒤에 300자의 레이블. 문서에 "smtp-lens-disable ' +
      'domain-too-long"을 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return oversizedMailboxParts(model, 'domain', domain).map((p) => ({
      range: p.range,
      message: message(messages, locale, 'found', String(p.octets)),
    }));
  },
};
