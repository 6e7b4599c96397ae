import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { DocumentModel, Mention } from '../model';
import { message, type Finding, type Fix, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found' | 'fix'> = {
  en: {
    found:
      'This multi-line reply is never closed: its last line still says "{0}-", and a client waits for a line "{0} " before it acts (RFC 5321 §4.2.1). The server stopped mid-reply, or the transcript was cut off here.',
    fix: 'Close the reply: turn "{0}-" into "{0} "',
  },
  ko: {
    found:
      '이 여러 줄 응답은 끝나지 않았습니다. 마지막 줄이 아직 "{0}-"이고, 클라이언트는 "{0} " 줄이 올 때까지 기다린 뒤에야 움직입니다(RFC 5321 §4.2.1). 서버가 응답 도중에 멈췄거나 기록이 여기서 잘렸습니다.',
    fix: '응답 닫기: "{0}-"을(를) "{0} "(으)로 바꾸기',
  },
};

/** A multi-line reply whose last line still says "NNN-". */
export const multilineUnterminated: Rule = {
  id: 'multiline-unterminated',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A multi-line reply ends with a line whose code is followed by a space, not a hyphen (RFC 5321 §4.2.1): "250-PIPELINING" ' +
      '… "250 HELP". Until that line arrives the client keeps reading, so a reply left at "250-…" means the server ' +
      'stopped mid-reply (a crash, a dropped connection) or the transcript was cut off. tshark\'s SMTP decode prints ' +
      'only the first line of each reply, so it is not checked there. The quick fix turns the last "NNN-" into "NNN ". ' +
      'Switch it off with "smtp-lens-disable multiline-unterminated" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '여러 줄 응답은 코드 뒤에 하이픈이 아니라 공백이 오는 줄로 끝납니다(RFC 5321 §4.2.1): "250-PIPELINING" … ' +
      '"250 HELP". 그 줄이 올 때까지 클라이언트는 계속 읽으므로, "250-…"에서 멈춘 응답은 서버가 응답 도중에 ' +
      '멈췄거나(장애, 연결 끊김) 기록이 잘렸다는 뜻입니다. tshark의 SMTP 디코드는 응답마다 첫 줄만 보여 주므로 ' +
      '거기서는 검사하지 않습니다. 빠른 수정은 마지막 "NNN-"을 "NNN "으로 바꿉니다. 문서에 "smtp-lens-disable ' +
      'multiline-unterminated"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return openLines(model).map((line) => ({ range: separatorRange(line), message: message(messages, locale, 'found', line.reply!.code) }));
  },
  fixes({ model, locale, lines }: RuleContext, diagnostic): Fix[] {
    const line = openLines(model).find((l) => l.line === diagnostic.range.start.line && l.reply!.character === diagnostic.range.start.character);
    if (!line) return [];
    const range = separatorRange(line);
    const hyphen = { start: { line: line.line, character: range.end.character - 1 }, end: range.end };
    if (lines[line.line]?.[hyphen.start.character] !== '-') return [];
    return [{ title: message(messages, locale, 'fix', line.reply!.code), edits: [{ range: hyphen, newText: ' ' }] }];
  },
};

/** The last line of each reply left open. tshark's decode shows a multi-line reply as its first line and parameters. */
function openLines(model: DocumentModel): Mention[] {
  if (model.format === 'tshark') return [];
  return model.sessions.flatMap((s) =>
    s.exchanges.flatMap((e) => (e.reply && !e.reply.complete ? [e.reply.lines[e.reply.lines.length - 1]!] : [])),
  );
}

/** "250-": the code and its hyphen. */
function separatorRange(m: Mention): Range {
  const r = m.reply!;
  return { start: { line: m.line, character: r.character }, end: { line: m.line, character: r.character + r.code.length + 1 } };
}
