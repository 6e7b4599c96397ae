import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { oversizedMailboxParts } from './support/wire';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'The local part "{0}" is {1} octets, over the 64 that RFC 5321 §4.5.3.1.1 guarantees. Servers may reject the address ("501 Path too long", §4.5.3.1.9), and a typo or a pasted token is likely.',
  },
  ko: {
    found:
      '로컬 파트 "{0}"은(는) {1}옥텟으로, RFC 5321 §4.5.3.1.1이 보장하는 64옥텟을 넘습니다. 서버가 주소를 거부할 수 있고("501 Path too long", §4.5.3.1.9), 오타나 잘못 붙여 넣은 토큰일 가능성이 큽니다.',
  },
};

/** RFC 5321 §4.5.3.1.1: a local part is at most 64 octets. */
const localPart = 64;

/** A MAIL FROM or RCPT TO address whose local part is over 64 octets (RFC 5321 §4.5.3.1.1). */
export const localPartTooLong: Rule = {
  id: 'local-part-too-long',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'The local part of an address, the part before the @, may be 64 octets (RFC 5321 §4.5.3.1.1). Servers must ' +
      'accept that much and may reject more ("501 Path too long", §4.5.3.1.9). The rule checks the addresses of MAIL ' +
      'FROM and RCPT TO, counting octets (UTF-8 for SMTPUTF8 addresses). Example: "RCPT TO:<' +
      'a-very-long-generated-tracking-token-that-goes-on-and-on-and-on-and-on@example.com>". Switch it off with ' +
      '"smtp-lens-disable local-part-too-long" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      '주소의 로컬 파트(@ 앞부분)는 64옥텟까지입니다(RFC 5321 §4.5.3.1.1). 서버는 그만큼은 받아야 하고, 그보다 길면 ' +
      '거부할 수 있습니다("501 Path too long", §4.5.3.1.9). 이 규칙은 MAIL FROM과 RCPT TO의 주소를 옥텟으로(SMTPUTF8 ' +
      '주소는 UTF-8로) 셉니다. 예: "RCPT TO:<a-very-long-generated-tracking-token-that-goes-on-and-on-and-on-and-on' +
      '@example.com>". 문서에 "smtp-lens-disable local-part-too-long"을 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 ' +
      '수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return oversizedMailboxParts(model, 'localPart', localPart).map((p) => ({
      range: p.range,
      message: message(messages, locale, 'found', shorten(p.text), String(p.octets)),
    }));
  },
};

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 20)}…${text.slice(-12)}` : text;
}
