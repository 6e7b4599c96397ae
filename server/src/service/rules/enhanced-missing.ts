import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DocumentModel, Mention } from '../model';
import { enhancedStatusCodesAdvertised, helloVerbs, opensSession } from './support/dialogue-facts';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'This {0} reply has no enhanced status code, though the server advertised ENHANCEDSTATUSCODES on line {1}: RFC 2034 §4 asks for one on every 2xx, 4xx and 5xx line after the greeting and the EHLO reply. Clients and bounce reports only get the basic code.',
  },
  ko: {
    found:
      '이 {0} 응답에는 확장 상태 코드가 없지만, 서버는 {1}번 줄에서 ENHANCEDSTATUSCODES를 알렸습니다. RFC 2034 §4는 인사말과 EHLO 응답을 뺀 모든 2xx, 4xx, 5xx 줄에 코드를 붙이라고 합니다. 클라이언트와 반송 보고서는 기본 코드만 받게 됩니다.',
  },
};

/** A 2xx/4xx/5xx reply without an enhanced code, from a server that advertised ENHANCEDSTATUSCODES in this session. */
export const enhancedMissing: Rule = {
  id: 'enhanced-missing',
  defaultSeverity: DiagnosticSeverity.Hint,
  docs: {
    en:
      'A server that advertises ENHANCEDSTATUSCODES in its EHLO reply promises an enhanced status code on every 2xx, ' +
      '4xx and 5xx reply line except the greeting and the replies to EHLO/HELO (RFC 2034 §4). When one is missing, ' +
      'clients and the bounces they write have only the basic code, which says less: "550 Invalid recipient" (as ' +
      'OpenSMTPD answers an address it will not relay for) instead of "550 5.1.1 …". It is a hint, because nothing ' +
      'breaks: clients act on the basic code (RFC 5321 §4.2). Sessions where the server did not advertise the ' +
      'extension, and logs and bounces, which do not show the EHLO reply, are not checked. Switch it off with ' +
      '"smtp-lens-disable enhanced-missing" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'EHLO 응답에서 ENHANCEDSTATUSCODES를 알린 서버는 인사말과 EHLO/HELO에 대한 응답을 뺀 모든 2xx, 4xx, 5xx 응답 ' +
      '줄에 확장 상태 코드를 붙이겠다고 약속한 것입니다(RFC 2034 §4). 코드가 빠지면 클라이언트와 클라이언트가 쓰는 ' +
      '반송 메시지에는 덜 구체적인 기본 코드만 남습니다. 예: "550 5.1.1 …" 대신 "550 Invalid recipient"(OpenSMTPD가 ' +
      '중계하지 않는 주소에 보내는 응답). 클라이언트는 기본 코드에 따라 움직이므로(RFC 5321 §4.2) 망가지는 것은 ' +
      '없어 힌트로 알립니다. 확장을 알리지 않은 세션과, EHLO 응답이 보이지 않는 로그와 반송 메시지는 검사하지 ' +
      '않습니다. 문서에 "smtp-lens-disable enhanced-missing"을 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 ' +
      '있습니다.',
  },
  check({ model, locale, lines }: RuleContext): Finding[] {
    return missing(model, lines).map(({ line, advertised }) => {
      const r = line.reply!;
      return {
        range: { start: { line: line.line, character: r.character }, end: { line: line.line, character: r.character + r.code.length } },
        message: message(messages, locale, 'found', r.code, lineNumber(advertised)),
      };
    });
  },
};

function missing(model: DocumentModel, lines: readonly string[]): { line: Mention; advertised: number }[] {
  if (model.sessions.length === 0) return [];
  const found: { line: Mention; advertised: number }[] = [];
  for (const session of model.sessions) {
    const advertised = enhancedStatusCodesAdvertised(session, lines);
    if (advertised === null) continue;
    for (const exchange of session.exchanges) {
      const reply = exchange.reply;
      if (!reply || !/^[245]/.test(reply.code) || opensSession(session, exchange)) continue;
      if (helloVerbs.has(exchange.command?.verb ?? '')) continue;
      const bare = reply.lines.find((l) => l.enhanced === null);
      if (bare) found.push({ line: bare, advertised });
    }
  }
  return found;
}
