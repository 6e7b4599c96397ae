import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { octets, payloadOf } from './support/wire';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'This reply line is {0} octets with its CRLF, over the 512 that RFC 5321 §4.5.3.1.5 allows; a server should split a longer text into a multi-line reply. Clients may cut the line or fail on it.',
  },
  ko: {
    found:
      '이 응답 줄은 CRLF까지 {0}옥텟으로, RFC 5321 §4.5.3.1.5가 허용하는 512옥텟을 넘습니다. 서버는 더 긴 본문을 여러 줄 응답으로 나눠야 합니다. 클라이언트는 줄을 자르거나 처리에 실패할 수 있습니다.',
  },
};

/** RFC 5321 §4.5.3.1.5: a reply line, reply code to CRLF, is at most 512 octets. */
const replyLine = 512;

/** A server reply line over 512 octets (RFC 5321 §4.5.3.1.5); AUTH challenges are exempt (RFC 4954 §4). */
export const replyLineTooLong: Rule = {
  id: 'reply-line-too-long',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A reply line, from the reply code to the CRLF, may be 512 octets (RFC 5321 §4.5.3.1.5); "more information may ' +
      'be conveyed through multiple-line replies". Clients may cut a longer line or treat it as an error. The length ' +
      'counts what the server sent: the tool\'s prefix and its way of showing the line end (smtplib\'s \\r\\n, socat\'s ' +
      '\\r) are not counted. A 334 challenge during AUTH may be longer (RFC 4954 §4). Example: a 550 whose text quotes ' +
      'a whole list of blocklists on one line. Switch it off with "smtp-lens-disable reply-line-too-long" in the ' +
      'document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      '응답 줄은 응답 코드부터 CRLF까지 512옥텟까지입니다(RFC 5321 §4.5.3.1.5). "더 많은 정보는 여러 줄 응답으로 ' +
      '전할 수 있습니다". 클라이언트는 더 긴 줄을 자르거나 오류로 처리할 수 있습니다. 길이는 서버가 보낸 것만 ' +
      '셉니다: 도구의 접두어와 줄 끝 표시(smtplib의 \\r\\n, socat의 \\r)는 세지 않습니다. AUTH 중의 334 챌린지는 더 ' +
      '길어도 됩니다(RFC 4954 §4). 예: 차단 목록을 한 줄에 모두 늘어놓은 550. 문서에 "smtp-lens-disable ' +
      'reply-line-too-long"을 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale, lines }: RuleContext): Finding[] {
    if (model.sessions.length === 0) return [];
    const findings: Finding[] = [];
    for (const session of model.sessions) {
      for (const { reply } of session.exchanges) {
        if (!reply || reply.code === '334') continue;
        for (const m of reply.lines) {
          const character = m.reply!.character;
          const payload = payloadOf(lines[m.line] ?? '', character);
          const length = octets(payload) + 2;
          if (length <= replyLine) continue;
          findings.push({
            range: { start: { line: m.line, character }, end: { line: m.line, character: character + payload.length } },
            message: message(messages, locale, 'found', String(length)),
          });
        }
      }
    }
    return findings;
  },
};
