import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Locale } from '../../knowledge';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { positionOf, wireStreams, type WireStream } from './support/shown-wire';

const messages: RuleMessages<'client' | 'server' | 'lf' | 'cr' | 'both'> = {
  en: {
    client:
      'The client sent {0} line(s) here ending in {1}, not CRLF: SMTP lines end in <CR><LF> only, and a bare CR or LF must not appear in the stream (RFC 5321 §2.3.8). Servers differ on what they do with them (Postfix accepts bare LF unless smtpd_forbid_bare_newline is set), which is what SMTP smuggling exploits.',
    server: 'The server sent {0} line(s) here ending in {1}, not CRLF: SMTP lines end in <CR><LF> only (RFC 5321 §2.3.8), and strict clients reject or misread such replies.',
    lf: 'a bare LF',
    cr: 'a bare CR',
    both: 'a bare LF or a bare CR',
  },
  ko: {
    client:
      '클라이언트가 여기서 보낸 줄 {0}개가 CRLF가 아니라 {1}(으)로 끝납니다. SMTP의 줄은 <CR><LF>로만 끝나며 단독 CR이나 LF는 스트림에 나오면 안 됩니다(RFC 5321 §2.3.8). 서버마다 이를 다르게 처리하며(Postfix는 smtpd_forbid_bare_newline을 켜지 않으면 단독 LF를 받아들입니다), SMTP 스머글링이 바로 이 차이를 이용합니다.',
    server: '서버가 여기서 보낸 줄 {0}개가 CRLF가 아니라 {1}(으)로 끝납니다. SMTP의 줄은 <CR><LF>로만 끝나며(RFC 5321 §2.3.8), 엄격한 클라이언트는 이런 응답을 거부하거나 잘못 읽습니다.',
    lf: '단독 LF',
    cr: '단독 CR',
    both: '단독 LF나 단독 CR',
  },
};

/** Bare LF or bare CR in an SMTP stream, where the transcript shows the wire's line ends (socat -v, smtplib). */
export const lineEndings: Rule = {
  id: 'line-endings',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'SMTP lines end in <CR><LF>, and CR and LF must not appear alone (RFC 5321 §2.3.8). Servers handle a bare LF ' +
      'differently (some take it as a line end, some as text), and that disagreement is what SMTP smuggling uses. ' +
      'Only transcripts that show the line ends that were sent are checked: socat -v (a CR is written "\\r"; the ' +
      'block\'s length= confirms every line end) and Python smtplib (reprs such as b\'250 Ok\\r\\n\'). The file\'s ' +
      'own line ends say nothing about the wire and are never flagged. One diagnostic per segment or line sent. ' +
      'Example: a socat block "MAIL FROM:<bob@example.com>" with no "\\r" before its line end. Switch it off with ' +
      '"smtp-lens-disable line-endings" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      'SMTP의 줄은 <CR><LF>로 끝나며, CR과 LF는 단독으로 나오면 안 됩니다(RFC 5321 §2.3.8). 서버마다 단독 LF를 ' +
      '다르게 처리하며(줄 끝으로 보거나 본문으로 봄), SMTP 스머글링은 바로 이 차이를 이용합니다. 보낸 줄 끝을 ' +
      '그대로 보여 주는 기록만 검사합니다: socat -v(CR을 "\\r"로 쓰고, 블록의 length=로 모든 줄 끝을 확인)와 ' +
      'Python smtplib(b\'250 Ok\\r\\n\' 같은 repr). 파일 자체의 줄 끝은 전송과 무관하므로 지적하지 않습니다. 보낸 ' +
      '세그먼트나 줄마다 진단 하나를 냅니다. 예: 줄 끝 앞에 "\\r"이 없는 socat 블록 "MAIL FROM:<bob@example.com>". ' +
      '문서에 "smtp-lens-disable line-endings"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check(context: RuleContext): Finding[] {
    const { locale, lines } = context;
    const connections = wireStreams(context) ?? [];
    return connections.flatMap(({ client, server }) =>
      [...bare(client, 'client', lines, locale), ...bare(server, 'server', lines, locale)].sort((a, b) => a.range.start.line - b.range.start.line),
    );
  },
};

function bare(stream: WireStream, side: 'client' | 'server', lines: readonly string[], locale: Locale): Finding[] {
  const byPiece = new Map<number, { lf: Set<number>; cr: Set<number> }>();
  const { bytes, pieces } = stream;
  let piece = 0;
  // A CR at the very end may have its LF in a segment the transcript does not show.
  for (const m of bytes.matchAll(/(?<!\r)\n|\r(?=[^\n])/g)) {
    while (piece + 1 < pieces.length && pieces[piece + 1]!.from <= m.index) piece++;
    const found = byPiece.get(piece) ?? { lf: new Set<number>(), cr: new Set<number>() };
    byPiece.set(piece, found);
    (m[0] === '\n' ? found.lf : found.cr).add(positionOf(stream, m.index).line);
  }
  return [...byPiece.values()].map(({ lf, cr }) => {
    const affected = new Set([...lf, ...cr]);
    const last = Math.max(...affected);
    const range: Range = { start: { line: Math.min(...affected), character: 0 }, end: { line: last, character: lines[last]?.length ?? 0 } };
    const kind = lf.size > 0 && cr.size > 0 ? 'both' : lf.size > 0 ? 'lf' : 'cr';
    return { range, message: message(messages, locale, side, String(affected.size), message(messages, locale, kind)) };
  });
}
