import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { DocumentModel, MessagePart } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'This line is inside a header block but is neither a header field ("Name: value") nor a continuation (starting with a space or tab), and no blank line comes before it (RFC 5322 §2.2, §3.5; RFC 2045 §3): readers end the header here, so every field below it, Content-Type included, is taken as body.',
  },
  ko: {
    found:
      '이 줄은 헤더 블록 안에 있지만 헤더 필드("이름: 값")도 아니고 이어지는 줄(공백이나 탭으로 시작)도 아니며, 앞에 빈 줄도 없습니다(RFC 5322 §2.2, §3.5, RFC 2045 §3). 읽는 쪽은 여기서 헤더를 끝내므로, 그 아래의 필드는 Content-Type을 포함해 모두 본문으로 취급됩니다.',
  },
};

/** A line in a header block that is no field and no continuation line. */
export const malformedHeader: Rule = {
  id: 'malformed-header',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A header block is a run of fields ("Name: value", the name printable ASCII without a colon) and continuation ' +
      'lines that start with a space or tab, ended by a blank line (RFC 5322 §2.2, §3.5; MIME parts the same, RFC ' +
      '2045 §3). Any other line ends the header early for every reader: the fields after it, often Content-Type or ' +
      'the MIME boundary, are read as body, and the message or part falls apart. Checked for the message and each ' +
      'MIME part that has a header. Example: a line "This is not a header" between "Subject: test" and "Content-Type: ' +
      'text/plain". Switch it off with "smtp-lens-disable malformed-header" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '헤더 블록은 필드("이름: 값", 이름은 콜론을 뺀 출력 가능한 ASCII)와 공백이나 탭으로 시작하는 이어지는 줄이 ' +
      '이어진 것이며, 빈 줄로 끝납니다(RFC 5322 §2.2, §3.5. MIME 부분도 같음, RFC 2045 §3). 그 밖의 줄은 모든 ' +
      '읽는 쪽에서 헤더를 일찍 끝냅니다. 그 뒤의 필드(흔히 Content-Type이나 MIME 경계)는 본문으로 읽히고, 메시지나 ' +
      '부분이 깨집니다. 메시지와 헤더가 있는 각 MIME 부분을 검사합니다. 예: "Subject: test"와 "Content-Type: ' +
      'text/plain" 사이의 "This is not a header" 줄. 문서에 "smtp-lens-disable malformed-header"를 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale, lines }: RuleContext): Finding[] {
    if (model.messages.length === 0) return [];
    return malformedLines(model, lines).map((range) => ({ range, message: message(messages, locale, 'found') }));
  },
};

/**
 * The reader ends a header block at the first line that is no field and no continuation; a blank line is the only
 * proper end. So the line right after a header that is neither blank nor past the part is the malformed one.
 */
function malformedLines(model: DocumentModel, lines: readonly string[]): Range[] {
  const found: Range[] = [];
  const visit = (part: MessagePart): void => {
    const after = part.header.end + 1;
    if (part.header.end >= part.header.start && after <= part.span.end && (lines[after] ?? '').trim() !== '') {
      found.push({ start: { line: after, character: 0 }, end: { line: after, character: lines[after]!.length } });
    }
    part.parts.forEach(visit);
  };
  for (const m of model.messages) visit(m.root);
  return found;
}
