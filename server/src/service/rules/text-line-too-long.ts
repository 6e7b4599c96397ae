import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { octets, payloadOf } from './support/wire';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'This line of the message is {0} octets with its CRLF, over the 1000 that RFC 5321 §4.5.3.1.6 allows in DATA. Servers may reject the message or break the line, which breaks signatures (DKIM); encode long lines (quoted-printable, base64).',
  },
  ko: {
    found:
      '메시지의 이 줄은 CRLF까지 {0}옥텟으로, RFC 5321 §4.5.3.1.6이 DATA에서 허용하는 1000옥텟을 넘습니다. 서버가 메시지를 거부하거나 줄을 나눌 수 있고, 그러면 서명(DKIM)이 깨집니다. 긴 줄은 인코딩하세요(quoted-printable, base64).',
  },
};

/** RFC 5321 §4.5.3.1.6: a text line of DATA, with its CRLF, is at most 1000 octets. */
const textLine = 1000;

/** One line of content as the client sent it: where it starts on its document line, and its text. */
interface Segment {
  readonly line: number;
  readonly character: number;
  readonly text: string;
}

/** A line of DATA content over 1000 octets with its CRLF (RFC 5321 §4.5.3.1.6), a leading stuffed dot not counted. */
export const textLineTooLong: Rule = {
  id: 'text-line-too-long',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A line of message content sent with DATA may be 1000 octets with its CRLF, not counting a dot doubled for ' +
      'transparency (RFC 5321 §4.5.3.1.6). Longer lines may be rejected, or broken by a relay, which invalidates DKIM ' +
      'signatures; content with long lines belongs in quoted-printable or base64. Content sent with BDAT has no line ' +
      'limit (RFC 3030) and is not checked. The tool\'s prefix is not counted, and a tool that shows the whole content ' +
      'on one line (smtplib\'s b\'…\\r\\n…\') is measured line by line. Example: a 2000-character HTML line. Switch it ' +
      'off with "smtp-lens-disable text-line-too-long" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'DATA로 보내는 메시지 내용의 한 줄은 CRLF까지 1000옥텟까지이며, 투명성을 위해 덧붙인 점은 세지 않습니다' +
      '(RFC 5321 §4.5.3.1.6). 더 긴 줄은 거부되거나 중계 서버가 나눌 수 있고, 그러면 DKIM 서명이 깨집니다. 긴 줄이 ' +
      '있는 내용은 quoted-printable이나 base64로 보내야 합니다. BDAT로 보낸 내용에는 줄 길이 제한이 없으므로(RFC ' +
      '3030) 검사하지 않습니다. 도구의 접두어는 세지 않으며, 내용 전체를 한 줄로 보여 주는 도구(smtplib의 ' +
      'b\'…\\r\\n…\')는 줄마다 나눠 잽니다. 예: 2000자짜리 HTML 한 줄. 문서에 "smtp-lens-disable text-line-too-long"을 ' +
      '쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale, lines }: RuleContext): Finding[] {
    if (!model.sessions.some((s) => s.exchanges.some((e) => e.content))) return [];
    return segments(model, lines).flatMap((segment) => {
      const stuffed = segment.text.startsWith('..') ? 1 : 0;
      const length = octets(segment.text) - stuffed + 2;
      if (length <= textLine) return [];
      const { line, character } = segment;
      return [
        {
          range: { start: { line, character }, end: { line, character: character + segment.text.length } },
          message: message(messages, locale, 'found', String(length)),
        },
      ];
    });
  },
};

/**
 * The content lines of every DATA exchange that could be too long. The model gives the content's lines, not where
 * each starts: the tool writes the same prefix for them as for the DATA command. Lines in the span that carry a reply
 * code are the tool's summaries of replies (smtplib's "reply: retcode …"), not content.
 */
function segments(model: DocumentModel, lines: readonly string[]): Segment[] {
  const mentionLines = new Set(model.mentions.map((m) => m.line));
  const found: Segment[] = [];
  for (const session of model.sessions) {
    for (const exchange of session.exchanges) {
      if (!exchange.content || exchange.command?.verb !== 'DATA') continue;
      const prefix = exchange.command.character;
      for (let line = exchange.content.span.start; line <= exchange.content.span.end; line++) {
        const text = lines[line] ?? '';
        // A UTF-16 unit is at most 3 octets in UTF-8 (a surrogate pair, two units, is 4): a short line is never too long.
        if (text.length * 3 + 2 <= textLine || mentionLines.has(line)) continue;
        found.push(...split(line, prefix, payloadOf(text, prefix)));
      }
    }
  }
  return found;
}

/** A line that shows several content lines with written CRLFs ("a\r\nb\r\n.") holds one segment per content line. */
function split(line: number, character: number, payload: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const end of payload.matchAll(/\\r\\n/g)) {
    segments.push({ line, character: character + start, text: payload.slice(start, end.index) });
    start = end.index + 4;
  }
  segments.push({ line, character: character + start, text: payload.slice(start) });
  return segments;
}
