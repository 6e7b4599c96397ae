import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Command, DocumentModel } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';
import { octets } from './support/wire';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'This command line is {0} octets with its CRLF, over the {1} that RFC 5321 §4.5.3.1.4 guarantees{2}. A server may reject it with "500 Line too long" (§4.5.3.1.9).',
  },
  ko: {
    found:
      '이 명령 줄은 CRLF까지 {0}옥텟으로, RFC 5321 §4.5.3.1.4가 보장하는 {1}옥텟{2}을(를) 넘습니다. 서버는 "500 Line too long"으로 거부할 수 있습니다(§4.5.3.1.9).',
  },
};

const withExtensions = { en: ' (with what its parameters add)', ko: '(매개변수로 늘어난 길이 포함)' } as const;

/** RFC 5321 §4.5.3.1.4: a command line, command word to CRLF, is at most 512 octets unless an extension raises it. */
const commandLine = 512;

/** Octets that ESMTP parameters add to the limit of MAIL and RCPT, each by the RFC that defines it. */
const parameterAllowance: Readonly<Record<string, number>> = {
  SIZE: 26, // RFC 1870 §3 (5)
  BODY: 16, // RFC 3030 §3 (8)
  SMTPUTF8: 10, // RFC 6531 §3.1 (5)
  AUTH: 500, // RFC 4954 §3 (5)
  ENVID: 100, // RFC 3461 §5
  RET: 8,
  NOTIFY: 28,
  ORCPT: 500,
};

/** A command line longer than RFC 5321 §4.5.3.1.4 allows (512 octets with CRLF, more for MAIL/RCPT parameters). */
export const commandLineTooLong: Rule = {
  id: 'command-line-too-long',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'A command line, from the command word to the CRLF, may be 512 octets (RFC 5321 §4.5.3.1.4); every server must ' +
      'accept that much, and a longer line may be rejected ("500 Line too long", §4.5.3.1.9) or cut. ESMTP parameters ' +
      'raise the limit by what their RFCs say (SIZE 26, AUTH= 500, NOTIFY 28, ORCPT 500 …), and the rule counts that ' +
      'in for MAIL and RCPT. The lines a client sends during AUTH are not commands: RFC 4954 §4 lets base64 responses ' +
      'be longer. Example: a RCPT TO with a 600-octet address. Switch it off with "smtp-lens-disable ' +
      'command-line-too-long" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      '명령 줄은 명령어부터 CRLF까지 512옥텟까지입니다(RFC 5321 §4.5.3.1.4). 모든 서버가 그만큼은 받아야 하며, 더 긴 ' +
      '줄은 거부되거나("500 Line too long", §4.5.3.1.9) 잘릴 수 있습니다. ESMTP 매개변수는 각 RFC가 정한 만큼 한도를 ' +
      '늘리며(SIZE 26, AUTH= 500, NOTIFY 28, ORCPT 500 …), 이 규칙은 MAIL과 RCPT에서 이를 셈에 넣습니다. AUTH 도중 ' +
      '클라이언트가 보내는 줄은 명령이 아닙니다: RFC 4954 §4는 base64 응답이 더 길어도 된다고 합니다. 예: 600옥텟짜리 ' +
      '주소가 담긴 RCPT TO. 문서에 "smtp-lens-disable command-line-too-long"을 쓰거나 smtpLens.diagnostics.rules ' +
      '설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return commands(model).flatMap((command) => {
      const length = octets(command.text) + 2;
      const allowance = allowanceOf(command);
      if (length <= commandLine + allowance) return [];
      const { line, character } = command;
      return [
        {
          range: { start: { line, character }, end: { line, character: character + command.text.length } },
          message: message(messages, locale, 'found', String(length), String(commandLine + allowance), allowance > 0 ? withExtensions[locale] : ''),
        },
      ];
    });
  },
};

/** SMTP commands the client sent: not AUTH responses or other lines without a command word, not the "." of DATA. */
function commands(model: DocumentModel): Command[] {
  return model.sessions.flatMap((s) =>
    s.exchanges.flatMap((e) => (e.command && e.command.verb !== '' && e.command.verb !== '.' ? [e.command] : [])),
  );
}

function allowanceOf(command: Command): number {
  if (command.verb !== 'MAIL' && command.verb !== 'RCPT') return 0;
  let allowance = 0;
  for (const match of command.text.matchAll(/[ \t]([A-Za-z0-9][A-Za-z0-9-]*)(?==|[ \t]|$)/g)) {
    allowance += parameterAllowance[match[1]!.toUpperCase()] ?? 0;
  }
  return allowance;
}
