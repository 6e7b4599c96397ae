import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Command, DocumentModel, Exchange, Session } from '../model';
import { lineNumber, message, type Finding, type Fix, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'open' | 'notShown' | 'fix'> = {
  en: {
    open:
      'The message content that starts on line {0} is never ended by a line holding only "." (<CRLF>.<CRLF>, RFC 5321 §4.1.1.4): the server is still waiting for the end of the message, and everything the client sends next becomes part of it.',
    notShown:
      'The message content that starts on line {0} has no line holding only "." (<CRLF>.<CRLF>, RFC 5321 §4.1.1.4), yet the server answered on line {1}: the end was sent but not shown, or the content here is incomplete.',
    fix: 'Insert the missing "." line',
  },
  ko: {
    open:
      '{0}번 줄에서 시작하는 메시지 내용이 "."만 있는 줄(<CRLF>.<CRLF>, RFC 5321 §4.1.1.4)로 끝나지 않습니다. 서버는 아직 메시지의 끝을 기다리고 있으며, 클라이언트가 다음에 보내는 것은 모두 메시지의 일부가 됩니다.',
    notShown:
      '{0}번 줄에서 시작하는 메시지 내용에 "."만 있는 줄(<CRLF>.<CRLF>, RFC 5321 §4.1.1.4)이 없는데, 서버는 {1}번 줄에서 답했습니다. 끝은 보냈지만 기록에 나오지 않았거나, 여기 있는 내용이 완전하지 않습니다.',
    fix: '빠진 "." 줄 넣기',
  },
};

interface Open {
  readonly data: Command;
  readonly content: { readonly start: number; readonly end: number };
  /** The reply that followed the content anyway (not a 421 timeout), if any. */
  readonly answeredAt: number | null;
}

/** DATA content that no lone "." line ends. */
export const dataUnterminated: Rule = {
  id: 'data-unterminated',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'After 354 the client sends the message and ends it with a line holding only "." (<CRLF>.<CRLF>, RFC 5321 ' +
      '§4.1.1.4). Without it the server keeps reading: the session hangs until a timeout (421 4.4.2), and any command ' +
      'the client sends meanwhile becomes message text. Example: "C: DATA" "S: 354 …" "C: Subject: hello" "C: body" ' +
      'and nothing after. The quick fix inserts the "." line after the content, written the way the DATA line is. ' +
      'Switch it off with "smtp-lens-disable data-unterminated" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '354 뒤에 클라이언트는 메시지를 보내고 "."만 있는 줄(<CRLF>.<CRLF>, RFC 5321 §4.1.1.4)로 끝냅니다. 그 줄이 ' +
      '없으면 서버는 계속 읽습니다. 세션은 시간 초과(421 4.4.2)까지 멈춰 있고, 그사이 클라이언트가 보내는 명령은 ' +
      '메시지 본문이 됩니다. 예: "C: DATA" "S: 354 …" "C: Subject: hello" "C: body" 다음에 아무것도 없음. 빠른 ' +
      '수정은 내용 뒤에 DATA 줄과 같은 형식으로 "." 줄을 넣습니다. 문서에 "smtp-lens-disable data-unterminated"를 ' +
      '쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale, lines }: RuleContext): Finding[] {
    const found = unterminated(model);
    if (found.length === 0) return [];
    return found.map((open) => ({
      range: lineRange(open.content.end, lines),
      message:
        open.answeredAt === null
          ? message(messages, locale, 'open', lineNumber(open.content.start))
          : message(messages, locale, 'notShown', lineNumber(open.content.start), lineNumber(open.answeredAt)),
    }));
  },
  fixes({ model, locale, text, lines }: RuleContext, diagnostic): Fix[] {
    const open = unterminated(model).find((o) => o.content.end === diagnostic.range.start.line);
    if (!open) return [];
    const dataLine = lines[open.data.line] ?? '';
    // The "." written as the DATA line is: the same prefix and the same written line end (swaks " -> ", socat "\r").
    const dot = dataLine.slice(0, open.data.character) + '.' + dataLine.slice(open.data.character + open.data.text.length);
    const at = { line: open.content.end, character: lines[open.content.end]?.length ?? 0 };
    return [{ title: message(messages, locale, 'fix'), edits: [{ range: { start: at, end: at }, newText: lineBreakAfter(text, open.content.end) + dot }] }];
  },
};

function unterminated(model: DocumentModel): Open[] {
  return model.sessions.flatMap((session) =>
    session.exchanges.flatMap((exchange, index) => {
      const content = exchange.content;
      if (!content || content.terminated || exchange.command?.verb !== 'DATA') return [];
      return [{ data: exchange.command, content: content.span, answeredAt: answeredAfter(session, index) }];
    }),
  );
}

/** The line of a reply that followed the content with no command of its own, except a 421 (a timeout, say). */
function answeredAfter(session: Session, index: number): number | null {
  const next: Exchange | undefined = session.exchanges[index + 1];
  if (!next || next.command !== null || !next.reply || next.reply.code === '421') return null;
  return next.reply.span.start;
}

function lineRange(line: number, lines: readonly string[]): Range {
  return { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } };
}

/** The line break that ends `line` in the text, or LF when the line is the last. */
function lineBreakAfter(text: string, line: number): string {
  let seen = 0;
  for (const match of text.matchAll(/\r\n|\r|\n/g)) {
    if (seen === line) return match[0];
    seen++;
  }
  return '\n';
}
