import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Mention, Reply } from '../model';
import { lineNumber, message, type Finding, type Fix, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found' | 'fix'> = {
  en: {
    found:
      'This line of a multi-line reply has code {0}, but the reply began with {1} on line {2}: every line of a multi-line reply must carry the same code (RFC 5321 §4.2.1). Clients may act on any line\'s code.',
    fix: 'Change {0} to {1}',
  },
  ko: {
    found:
      '여러 줄 응답의 이 줄은 코드가 {0}인데, 응답은 {2}번 줄에서 {1}(으)로 시작했습니다. 여러 줄 응답의 모든 줄은 같은 코드를 가져야 합니다(RFC 5321 §4.2.1). 클라이언트는 어느 줄의 코드든 따를 수 있습니다.',
    fix: '{0}을(를) {1}(으)로 바꾸기',
  },
};

interface Mismatch {
  readonly reply: Reply;
  readonly line: Mention;
}

/** A continuation or final line of a multi-line reply whose code differs from the first line's. */
export const multilineCodeMismatch: Rule = {
  id: 'multiline-code-mismatch',
  defaultSeverity: DiagnosticSeverity.Error,
  docs: {
    en:
      'In a multi-line reply every line starts with the same reply code, followed by "-" on all lines but the last ' +
      '(RFC 5321 §4.2.1); clients are allowed to act on the code of any line. A line with another code means the ' +
      'server is broken or the transcript was edited. Example: "250-mail.example.com" then "251 SIZE 10240000". Text ' +
      'that merely starts with digits after the code is not a code: Exim\'s "503-503 sender not yet given" is ' +
      'consistent. The quick fix gives the line the first line\'s code. Switch it off with "smtp-lens-disable ' +
      'multiline-code-mismatch" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      '여러 줄 응답에서는 모든 줄이 같은 응답 코드로 시작하고, 마지막 줄을 뺀 모든 줄은 코드 뒤에 "-"가 옵니다' +
      '(RFC 5321 §4.2.1). 클라이언트는 어느 줄의 코드를 따라도 됩니다. 다른 코드가 붙은 줄은 서버의 오류이거나 ' +
      '편집된 기록을 뜻합니다. 예: "250-mail.example.com" 다음에 "251 SIZE 10240000". 코드 뒤의 본문이 숫자로 ' +
      '시작하는 것은 코드가 아닙니다: Exim의 "503-503 sender not yet given"은 올바릅니다. 빠른 수정은 그 줄에 ' +
      '첫 줄의 코드를 붙입니다. 문서에 "smtp-lens-disable multiline-code-mismatch"를 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return mismatches(model.sessions.flatMap((s) => s.exchanges)).map(({ reply, line }) => ({
      range: codeRange(line),
      message: message(messages, locale, 'found', line.reply!.code, reply.code, lineNumber(reply.span.start)),
    }));
  },
  fixes({ model, locale }: RuleContext, diagnostic): Fix[] {
    const found = mismatches(model.sessions.flatMap((s) => s.exchanges)).find(
      ({ line }) => line.line === diagnostic.range.start.line && line.reply!.character === diagnostic.range.start.character,
    );
    if (!found) return [];
    return [
      {
        title: message(messages, locale, 'fix', found.line.reply!.code, found.reply.code),
        edits: [{ range: codeRange(found.line), newText: found.reply.code }],
      },
    ];
  },
};

function mismatches(exchanges: readonly { readonly reply: Reply | null }[]): Mismatch[] {
  return exchanges.flatMap(({ reply }) =>
    reply ? reply.lines.filter((line) => line.reply !== null && line.reply.code !== reply.code).map((line) => ({ reply, line })) : [],
  );
}

function codeRange(m: Mention): Range {
  const r = m.reply!;
  return { start: { line: m.line, character: r.character }, end: { line: m.line, character: r.character + r.code.length } };
}
