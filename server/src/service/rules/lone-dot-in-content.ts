import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Command } from '../model';
import { lineNumber, message, type Finding, type Fix, type Rule, type RuleContext, type RuleMessages } from './rule';
import { strayDots } from './support/stray-dots';

const messages: RuleMessages<'found' | 'fix'> = {
  en: {
    found:
      'This "." line ends the message early: a line holding only "." is the end of the content (RFC 5321 §4.1.1.4), so the lines after it, up to the "." on line {0}, reach the server as commands. A client must dot-stuff content lines that start with "." (send ".." — RFC 5321 §4.5.2).',
    fix: 'Dot-stuff this line (".." instead of ".")',
  },
  ko: {
    found:
      '이 "." 줄이 메시지를 너무 일찍 끝냅니다. "."만 있는 줄은 내용의 끝이므로(RFC 5321 §4.1.1.4), 그 뒤부터 {0}번 줄의 "."까지는 서버에 명령으로 전달됩니다. 클라이언트는 "."로 시작하는 내용 줄에 점을 하나 더 붙여야 합니다(".." 전송, RFC 5321 §4.5.2).',
    fix: '이 줄에 점 덧붙이기("." 대신 "..")',
  },
};

/** A lone "." inside message content, which ends it before the client meant to. */
export const loneDotInContent: Rule = {
  id: 'lone-dot-in-content',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A line holding only "." ends the message content (RFC 5321 §4.1.1.4). A client must therefore add a "." to ' +
      'every content line that starts with one (dot-stuffing, RFC 5321 §4.5.2); a message with a lone "." that was ' +
      'not stuffed ends there, and the server reads the rest, up to the client\'s real ".", as commands. In a ' +
      'transcript this shows as a "." followed by lines that are no SMTP command and a second "." with no DATA ' +
      'before it. Example: "C: first part" "C: ." "C: second part" "C: .". The quick fix stuffs the early "." ' +
      '(".."). Switch it off with "smtp-lens-disable lone-dot-in-content" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '"."만 있는 줄은 메시지 내용을 끝냅니다(RFC 5321 §4.1.1.4). 그래서 클라이언트는 "."로 시작하는 모든 내용 ' +
      '줄에 "."를 하나 더 붙여야 합니다(dot-stuffing, RFC 5321 §4.5.2). 점을 붙이지 않은 "."가 있는 메시지는 ' +
      '거기서 끝나고, 서버는 나머지를 클라이언트가 의도한 "."까지 명령으로 읽습니다. 기록에서는 "." 뒤에 SMTP ' +
      '명령이 아닌 줄들이 오고, 앞에 DATA가 없는 두 번째 "."가 오는 모습으로 보입니다. 예: "C: first part" "C: ." ' +
      '"C: second part" "C: .". 빠른 수정은 앞의 "."에 점을 붙입니다(".."). 문서에 "smtp-lens-disable ' +
      'lone-dot-in-content"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return strayDots(model).flatMap((found) =>
      found.kind === 'premature' ? [{ range: dotRange(found.end), message: message(messages, locale, 'found', lineNumber(found.dot.line)) }] : [],
    );
  },
  fixes({ model, locale }: RuleContext, diagnostic): Fix[] {
    const found = strayDots(model).find(
      (f) => f.kind === 'premature' && f.end.line === diagnostic.range.start.line && f.end.character === diagnostic.range.start.character,
    );
    if (found?.kind !== 'premature') return [];
    const at = { line: found.end.line, character: found.end.character };
    return [{ title: message(messages, locale, 'fix'), edits: [{ range: { start: at, end: at }, newText: '.' }] }];
  },
};

function dotRange(command: Command): Range {
  return { start: { line: command.line, character: command.character }, end: { line: command.line, character: command.character + 1 } };
}
