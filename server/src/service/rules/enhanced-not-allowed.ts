import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DocumentModel, Mention } from '../model';
import { helloVerbs, isGreeting } from './support/dialogue-facts';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

type Place = 'greeting' | 'hello' | 'intermediate';

const messages: RuleMessages<Place> = {
  en: {
    greeting:
      'The greeting carries enhanced status code {0}, but RFC 2034 §4 leaves the greeting without one, and RFC 5321 §4.2 wants the server\'s domain right after "220 ": clients that read the domain get "{0}".',
    hello:
      'The reply to {1} carries enhanced status code {0}, but RFC 2034 §4 leaves replies to EHLO and HELO without one: their lines are the server\'s name and extension keywords, which clients parse.',
    intermediate:
      'The {1} reply carries enhanced status code {0}, but 3xx replies carry none (RFC 2034 §4). After a 334 the text is a base64 challenge, so a client decodes "{0}" as part of it.',
  },
  ko: {
    greeting:
      '인사말에 확장 상태 코드 {0}이(가) 붙어 있습니다. RFC 2034 §4는 인사말에 이를 붙이지 않으며, RFC 5321 §4.2는 "220 " 바로 뒤에 서버 도메인이 오기를 요구합니다. 도메인을 읽는 클라이언트는 "{0}"을(를) 받게 됩니다.',
    hello:
      '{1}에 대한 응답에 확장 상태 코드 {0}이(가) 붙어 있습니다. RFC 2034 §4는 EHLO와 HELO에 대한 응답에 이를 붙이지 않습니다. 그 줄들은 클라이언트가 해석하는 서버 이름과 확장 키워드입니다.',
    intermediate:
      '{1} 응답에 확장 상태 코드 {0}이(가) 붙어 있지만, 3xx 응답에는 붙이지 않습니다(RFC 2034 §4). 334 뒤의 본문은 base64 챌린지이므로 클라이언트는 "{0}"까지 디코드하게 됩니다.',
  },
};

/** An enhanced status code where RFC 2034 §4 puts none: the greeting, the positive reply to EHLO/HELO, any 3xx. */
export const enhancedNotAllowed: Rule = {
  id: 'enhanced-not-allowed',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'RFC 2034 §4 asks for an enhanced status code on every 2xx, 4xx and 5xx reply line "other than initial greeting ' +
      'and any response to HELO or EHLO", and 3xx replies are not in the list. Those replies have text that machines ' +
      'read: the greeting names the server ("220 mx.example.com", RFC 5321 §4.2), the EHLO reply lists extension ' +
      'keywords, and a 334 carries a base64 challenge. The rule flags a code there: "220 2.0.0 mx.example.com ESMTP", ' +
      '"250-2.0.0 PIPELINING", "354 2.0.0 Go ahead". A 220 that answers STARTTLS ("220 2.0.0 Ready to start TLS", ' +
      'as Postfix sends) is not the greeting and is fine, and so are error replies to EHLO/HELO ("504 5.5.2 … Helo ' +
      'command rejected"), which RFC 2034 exempts from the requirement but does not forbid. Switch it off with ' +
      '"smtp-lens-disable enhanced-not-allowed" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'RFC 2034 §4는 2xx, 4xx, 5xx 응답 줄 가운데 "처음 인사말과 HELO·EHLO에 대한 응답을 뺀" 모든 줄에 확장 상태 ' +
      '코드를 붙이라고 하며, 3xx 응답은 그 목록에 없습니다. 이 응답들의 본문은 기계가 읽습니다. 인사말은 서버 ' +
      '이름을 밝히고("220 mx.example.com", RFC 5321 §4.2), EHLO 응답은 확장 키워드를 나열하며, 334는 base64 챌린지를 ' +
      '담습니다. 이 규칙은 그런 곳의 코드를 지적합니다: "220 2.0.0 mx.example.com ESMTP", "250-2.0.0 PIPELINING", ' +
      '"354 2.0.0 Go ahead". STARTTLS에 대한 220(Postfix가 보내는 "220 2.0.0 Ready to start TLS")은 인사말이 아니므로 ' +
      '괜찮고, EHLO/HELO에 대한 오류 응답("504 5.5.2 … Helo command rejected")도 RFC 2034가 요구에서 뺄 뿐 금지하지는 ' +
      '않으므로 괜찮습니다. 문서에 "smtp-lens-disable enhanced-not-allowed"를 쓰거나 smtpLens.diagnostics.rules ' +
      '설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return misplaced(model).map(({ line, place, subject }) => {
      const e = line.enhanced!;
      return {
        range: { start: { line: line.line, character: e.character }, end: { line: line.line, character: e.character + e.code.length } },
        message: message(messages, locale, place, e.code, subject),
      };
    });
  },
};

function misplaced(model: DocumentModel): { line: Mention; place: Place; subject: string }[] {
  const found: { line: Mention; place: Place; subject: string }[] = [];
  for (const session of model.sessions) {
    for (const exchange of session.exchanges) {
      const reply = exchange.reply;
      if (!reply) continue;
      const verb = exchange.command?.verb ?? '';
      let place: Place | null = null;
      if (reply.code[0] === '3') place = 'intermediate';
      else if (isGreeting(session, exchange)) place = 'greeting';
      else if (helloVerbs.has(verb) && reply.code[0] === '2') place = 'hello';
      if (!place) continue;
      const subject = place === 'intermediate' ? reply.code : verb;
      for (const line of reply.lines) if (line.enhanced) found.push({ line, place, subject });
    }
  }
  return found;
}
