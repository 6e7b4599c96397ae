import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { strayDots } from './support/stray-dots';

const messages: RuleMessages<'refused' | 'unanswered' | 'noData'> = {
  en: {
    refused:
      'Message content sent although DATA on line {0} was answered {1}, not 354 (RFC 5321 §4.1.1.4, §4.3.2): the server reads each of these lines as a command and rejects it. Wait for 354 before sending the message.',
    unanswered:
      'Message content sent although DATA on line {0} got no reply: a client must wait for 354 before it sends the message (RFC 5321 §4.1.1.4, RFC 2920 §3.1), or the server reads the lines as commands.',
    noData: 'Message content (ending with a "." line) sent without DATA: the server reads each of these lines as a command (RFC 5321 §4.1.1.4). Send DATA and wait for 354 first.',
  },
  ko: {
    refused:
      '{0}번 줄의 DATA가 354가 아니라 {1}(으)로 답을 받았는데도 메시지 내용을 보냈습니다(RFC 5321 §4.1.1.4, §4.3.2). 서버는 이 줄들을 하나하나 명령으로 읽고 거부합니다. 354를 받은 뒤에 메시지를 보내세요.',
    unanswered:
      '{0}번 줄의 DATA에 응답이 없었는데도 메시지 내용을 보냈습니다. 클라이언트는 354를 받은 뒤에 메시지를 보내야 하며(RFC 5321 §4.1.1.4, RFC 2920 §3.1), 그렇지 않으면 서버가 줄들을 명령으로 읽습니다.',
    noData: 'DATA 없이 메시지 내용("." 줄로 끝남)을 보냈습니다. 서버는 이 줄들을 하나하나 명령으로 읽습니다(RFC 5321 §4.1.1.4). 먼저 DATA를 보내고 354를 기다리세요.',
  },
};

/** Message content (lines ending in a lone ".") that the client sent when the server had not answered DATA with 354. */
export const contentWithout354: Rule = {
  id: 'content-without-354',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'The client may send the message only after the server answered DATA with 354 (RFC 5321 §4.1.1.4, §4.3.2); ' +
      'with PIPELINING, DATA ends a group and the client still waits for 354 (RFC 2920 §3.1). Content sent after a ' +
      'refused or unanswered DATA, or without DATA, is read by the server line by line as commands, each answered ' +
      '500. The rule looks for what such content ends with, a line holding only ".", after a DATA that got no 354. ' +
      'Example: "C: DATA" "S: 554 5.5.1 Error: no valid recipients" "C: Subject: hello" … "C: .". Switch it off with ' +
      '"smtp-lens-disable content-without-354" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      '클라이언트는 서버가 DATA에 354로 답한 뒤에만 메시지를 보낼 수 있습니다(RFC 5321 §4.1.1.4, §4.3.2). ' +
      'PIPELINING에서도 DATA는 묶음의 마지막이고 클라이언트는 354를 기다립니다(RFC 2920 §3.1). 거부되었거나 응답이 ' +
      '없는 DATA 뒤에, 또는 DATA 없이 보낸 내용은 서버가 한 줄씩 명령으로 읽고 각각 500으로 답합니다. 이 규칙은 ' +
      '그런 내용의 끝인 "."만 있는 줄을 354를 받지 못한 DATA 뒤에서 찾습니다. 예: "C: DATA" "S: 554 5.5.1 Error: ' +
      'no valid recipients" "C: Subject: hello" … "C: .". 문서에 "smtp-lens-disable content-without-354"를 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return strayDots(model).flatMap((found) => {
      if (found.kind !== 'without354') return [];
      const { data, first, dot } = found;
      const range = { start: { line: first.line, character: first.character }, end: { line: dot.line, character: dot.character + dot.text.length } };
      if (!data) return [{ range, message: message(messages, locale, 'noData') }];
      const line = lineNumber(data.command!.line);
      const text = data.reply ? message(messages, locale, 'refused', line, data.reply.code) : message(messages, locale, 'unanswered', line);
      return [{ range, message: text }];
    });
  },
};
