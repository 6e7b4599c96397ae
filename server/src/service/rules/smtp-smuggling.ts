import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { positionOf, wireStreams, type WireStream } from './support/shown-wire';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'SMTP smuggling sequence {0}: an end-of-data that is not <CR><LF>.<CR><LF> (RFC 5321 §4.1.1.4, §2.3.8). Servers disagree on whether it ends the message: one relays it as text, the next takes it as the end and reads what follows as new commands, so a second message with a forged sender can ride inside the first (CVE-2023-51764 Postfix, CVE-2023-51765 Sendmail, CVE-2023-51766 Exim). Receiving servers should reject bare LF/CR (Postfix: smtpd_forbid_bare_newline = normalize or reject).',
  },
  ko: {
    found:
      'SMTP 스머글링 시퀀스 {0}: <CR><LF>.<CR><LF>가 아닌 데이터 끝(RFC 5321 §4.1.1.4, §2.3.8)입니다. 서버마다 이것이 메시지의 끝인지 다르게 판단합니다. 한 서버는 본문으로 중계하고 다음 서버는 끝으로 보아 뒤따르는 내용을 새 명령으로 읽으므로, 위조된 발신자의 두 번째 메시지를 첫 메시지 안에 숨겨 보낼 수 있습니다(CVE-2023-51764 Postfix, CVE-2023-51765 Sendmail, CVE-2023-51766 Exim). 수신 서버는 단독 LF/CR을 거부해야 합니다(Postfix: smtpd_forbid_bare_newline = normalize 또는 reject).',
  },
};

/** A "." between line ends of which at least one is not CRLF, in what the client sent. */
export const smtpSmuggling: Rule = {
  id: 'smtp-smuggling',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'Security. Message content ends with <CR><LF>.<CR><LF> (RFC 5321 §4.1.1.4) and nothing else; variants with a ' +
      'bare LF or CR such as <LF>.<LF>, <LF>.<CR><LF>, <CR><LF>.<LF> or <CR>.<CR> are read as the end by some servers ' +
      'and as text by others. SMTP smuggling (CVE-2023-51764, -51765, -51766) sends such a sequence through a server ' +
      'that passes it on, followed by "MAIL FROM:<ceo@bank.example>" …: the next server ends the first message there ' +
      'and delivers the smuggled one, with a sender that SPF and DMARC check against the relaying server. Checked ' +
      'where the transcript shows the bytes sent (socat -v, smtplib) and, in any transcript, where a client line ' +
      'writes such a sequence out ("<LF>.<LF>", "\\n.\\n"). Not checked inside BDAT chunks, which have no end marker. ' +
      'Switch it off with "smtp-lens-disable smtp-smuggling" in the document, or in the smtpLens.diagnostics.rules ' +
      'setting.',
    ko:
      '보안. 메시지 내용은 <CR><LF>.<CR><LF>로만 끝납니다(RFC 5321 §4.1.1.4). <LF>.<LF>, <LF>.<CR><LF>, ' +
      '<CR><LF>.<LF>, <CR>.<CR>처럼 단독 LF나 CR이 섞인 변형은 어떤 서버는 끝으로, 어떤 서버는 본문으로 읽습니다. ' +
      'SMTP 스머글링(CVE-2023-51764, -51765, -51766)은 이런 시퀀스와 그 뒤의 "MAIL FROM:<ceo@bank.example>" … 을 ' +
      '그대로 넘겨주는 서버를 통해 보내, 다음 서버가 거기서 첫 메시지를 끝내고 숨겨진 메시지를 배달하게 합니다. ' +
      '그 발신자는 SPF와 DMARC에서 중계 서버 기준으로 검사됩니다. 보낸 바이트를 보여 주는 기록(socat -v, ' +
      'smtplib)과, 모든 기록에서 클라이언트 줄이 이런 시퀀스를 글자로 적은 경우("<LF>.<LF>", "\\n.\\n")를 ' +
      '검사합니다. 끝 표시가 없는 BDAT 청크 안은 검사하지 않습니다. 문서에 "smtp-lens-disable smtp-smuggling"을 ' +
      '쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check(context: RuleContext): Finding[] {
    const { model, locale, lines } = context;
    const found = wireSequences(context) ?? writtenSequences(model, lines);
    return found.map(({ range, sequence }) => ({ range, message: message(messages, locale, 'found', sequence) }));
  },
};

interface Sequence {
  readonly range: Range;
  readonly sequence: string;
}

const names: Readonly<Record<string, string>> = { '\r\n': '<CR><LF>', '\n': '<LF>', '\r': '<CR>' };

/** The sequences in the bytes the client sent, where the format shows them; null where it does not. */
function wireSequences(context: RuleContext): Sequence[] | null {
  const { model } = context;
  const connections = wireStreams(context);
  if (!connections) return null;
  const chunks = bdatLines(model);
  const found: Sequence[] = [];
  for (const { client } of connections) {
    for (const m of client.bytes.matchAll(/(\r\n|\n|\r)\.(?=(\r\n|\n|\r))/g)) {
      if (m[1] === '\r\n' && m[2] === '\r\n') continue;
      const dot = m.index + m[1]!.length;
      const at = positionOf(client, dot);
      if (chunks.has(at.line)) continue;
      found.push({ range: dotRange(client, dot), sequence: `${names[m[1]!]!}.${names[m[2]!]!}` });
    }
  }
  return found;
}

function dotRange(stream: WireStream, index: number): Range {
  const at = positionOf(stream, index);
  return { start: at, end: { line: at.line, character: at.character + 1 } };
}

/** Lines inside BDAT chunks: binary-safe, with no end-of-data marker to confuse. */
function bdatLines(model: DocumentModel): Set<number> {
  const lines = new Set<number>();
  for (const session of model.sessions) {
    for (const e of session.exchanges) {
      if (e.command?.verb !== 'BDAT' || !e.content) continue;
      for (let l = e.content.span.start; l <= e.content.span.end; l++) lines.add(l);
    }
  }
  return lines;
}

/** "<LF>.<LF>" or "\n.\n" written out in a client line of any transcript. */
const written = [
  { pattern: /(<CR><LF>|<LF>|<CR>)\.(?=(<CR><LF>|<LF>|<CR>))/gi, canonical: '<cr><lf>' },
  { pattern: /(\\r\\n|\\n|\\r)\.(?=(\\r\\n|\\n|\\r))/g, canonical: '\\r\\n' },
];

function writtenSequences(model: DocumentModel, lines: readonly string[]): Sequence[] {
  if (model.kind !== 'transcript') return [];
  // Only lines that hold a "<" or a "\\" can write a line end out; most message lines hold neither.
  const client = new Set<number>();
  const add = (line: number): void => {
    const content = lines[line] ?? '';
    if (content.includes('<') || content.includes('\\')) client.add(line);
  };
  for (const session of model.sessions) {
    for (const e of session.exchanges) {
      if (e.command) add(e.command.line);
      if (e.content && e.command?.verb !== 'BDAT') for (let l = e.content.span.start; l <= e.content.span.end; l++) add(l);
    }
  }
  const found: Sequence[] = [];
  for (const line of [...client].sort((a, b) => a - b)) {
    const content = lines[line]!;
    for (const { pattern, canonical } of written) {
      for (const m of content.matchAll(pattern)) {
        if (m[1]!.toLowerCase() === canonical && m[2]!.toLowerCase() === canonical) continue;
        const character = m.index + m[1]!.length;
        const sequence = `${sequenceName(m[1]!)}.${sequenceName(m[2]!)}`;
        found.push({ range: { start: { line, character }, end: { line, character: character + 1 } }, sequence });
      }
    }
  }
  return found;
}

function sequenceName(s: string): string {
  const raw = s.replace(/\\r/g, '\r').replace(/\\n/g, '\n').toUpperCase().replace(/<CR>/g, '\r').replace(/<LF>/g, '\n');
  return names[raw] ?? s;
}
