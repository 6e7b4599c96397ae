import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { DocumentModel, Mention, Reply } from '../model';
import { lineNumber, message, type Finding, type Fix, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found' | 'fix'> = {
  en: {
    found:
      'This {0} line comes after the {0} reply on line {1} was already complete, and no command is waiting for it: the server sent more of that reply after its final line "{0} " (RFC 5321 §4.2.1), or a reply nobody asked for. A client reads it as the answer to its next command.',
    fix: 'Make it part of the reply above: turn "{0} " on line {1} into "{0}-"',
  },
  ko: {
    found:
      '이 {0} 줄은 {1}번 줄의 {0} 응답이 이미 끝난 뒤에 왔고, 이 줄을 기다리는 명령도 없습니다. 서버가 마지막 줄 "{0} " 뒤에 그 응답을 더 보냈거나(RFC 5321 §4.2.1) 아무도 묻지 않은 응답을 보낸 것입니다. 클라이언트는 이를 다음 명령에 대한 응답으로 읽습니다.',
    fix: '위 응답에 붙이기: {1}번 줄의 "{0} "을(를) "{0}-"(으)로 바꾸기',
  },
};

interface Extra {
  /** The complete reply that answered a command. */
  readonly previous: Reply;
  /** The first line of what came after it, with the same code and no command. */
  readonly line: Mention;
}

/** A final line followed by more lines of the same code while no command is pending. */
export const multilineExtraLine: Rule = {
  id: 'multiline-extra-line',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'The line "NNN text" (code, then a space) ends a reply (RFC 5321 §4.2.1). When a reply to a command is complete ' +
      'and the next line has the same code while the client has sent nothing, the server went on after its ' +
      'final line. SMTP is one command, one reply: the client takes that line as the answer to its next command, and ' +
      'every reply after it is off by one. Example: "250 2.1.0 Ok" answering MAIL, then "250 and more" before RCPT. ' +
      'Pipelined replies answer commands that are waiting, and transcripts that show only the server side have no ' +
      'commands to pair with, so neither is flagged. The quick fix joins the line to the reply above by turning its ' +
      'final "NNN " into "NNN-". Switch it off with "smtp-lens-disable multiline-extra-line" in the document, or in ' +
      'the smtpLens.diagnostics.rules setting.',
    ko:
      '"NNN text"(코드 뒤에 공백) 줄은 응답을 끝냅니다(RFC 5321 §4.2.1). 명령에 대한 응답이 끝났는데 클라이언트가 ' +
      '아무것도 보내지 않았는데 바로 다음 줄에 같은 코드가 또 오면, 서버가 마지막 줄 뒤에 계속 보낸 것입니다. SMTP는 명령 하나에 ' +
      '응답 하나이므로, 클라이언트는 그 줄을 다음 명령의 응답으로 받아들이고 이후 응답이 모두 하나씩 밀립니다. 예: ' +
      'MAIL에 대한 "250 2.1.0 Ok" 뒤에 RCPT 전에 오는 "250 and more". 파이프라이닝된 응답은 기다리는 명령에 대한 ' +
      '것이고, 서버 쪽만 보여 주는 기록에는 짝지을 명령이 없으므로 둘 다 지적하지 않습니다. 빠른 수정은 위 응답의 ' +
      '마지막 "NNN "을 "NNN-"으로 바꿔 그 줄을 위 응답에 붙입니다. 문서에 "smtp-lens-disable multiline-extra-line"을 ' +
      '쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return extras(model).map(({ previous, line }) => ({
      range: codeRange(line),
      message: message(messages, locale, 'found', line.reply!.code, lineNumber(previous.span.end)),
    }));
  },
  fixes({ model, locale, lines }: RuleContext, diagnostic): Fix[] {
    const found = extras(model).find(
      ({ line }) => line.line === diagnostic.range.start.line && line.reply!.character === diagnostic.range.start.character,
    );
    if (!found) return [];
    const final = found.previous.lines[found.previous.lines.length - 1]!;
    const at = final.reply!.character + final.reply!.code.length;
    const separator = lines[final.line]?.[at];
    // "250 Ok" or "250" alone: the space (or nothing) after the code becomes the hyphen of a continuation line.
    if (separator !== undefined && separator !== ' ' && separator !== '\t') return [];
    const range = { start: { line: final.line, character: at }, end: { line: final.line, character: separator === undefined ? at : at + 1 } };
    return [
      {
        title: message(messages, locale, 'fix', final.reply!.code, lineNumber(final.line)),
        edits: [{ range, newText: '-' }],
      },
    ];
  },
};

/**
 * Replies on the line right after a complete reply to a command, with its code, answering no command. The reader
 * pairs a reply with the oldest pending command, so "no command" means none was waiting: not pipelining. Server-only
 * transcripts (nc, openssl) have no commands at all, and the reply before must have answered one, so they stay silent.
 * A reply further away is unsolicited-reply's.
 */
function extras(model: DocumentModel): Extra[] {
  const found: Extra[] = [];
  for (const session of model.sessions) {
    session.exchanges.forEach((exchange, i) => {
      const before = session.exchanges[i - 1];
      const previous = before?.reply;
      if (!previous || !exchange.reply || exchange.command !== null || before.command === null || before.content) return;
      if (!previous.complete || exchange.reply.code !== previous.code || exchange.reply.span.start !== previous.span.end + 1) return;
      found.push({ previous, line: exchange.reply.lines[0]! });
    });
  }
  return found;
}

function codeRange(m: Mention): Range {
  const r = m.reply!;
  return { start: { line: m.line, character: r.character }, end: { line: m.line, character: r.character + r.code.length } };
}
