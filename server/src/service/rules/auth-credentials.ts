import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import { authDialogues, dialogueCommands } from './support/auth-dialogues';
import { message, type Finding, type Fix, type Rule, type RuleContext, type RuleMessages } from './rule';

type What = 'plain' | 'user' | 'password' | 'token';

const messages: RuleMessages<What | 'fix'> = {
  en: {
    plain:
      'AUTH PLAIN credentials are visible here: base64 is an encoding, not encryption, and this line decodes to a user name and its password (RFC 4616). Redact it before you paste the transcript into a ticket, and change the password if it was a real one.',
    user: 'An AUTH LOGIN user name is visible here in base64, which anyone can decode. The password usually follows on the next client line; redact both before you share the transcript.',
    password:
      'An AUTH LOGIN password is visible here: base64 is an encoding, not encryption. Redact it before you paste the transcript into a ticket, and change the password if it was a real one.',
    token:
      'An OAuth bearer token is visible here (AUTH XOAUTH2/OAUTHBEARER, RFC 7628): anyone who decodes it can log in as this user until it expires. Redact it before you share the transcript, and revoke the token if it is still valid.',
    fix: 'Redact credentials',
  },
  ko: {
    plain:
      '여기에 AUTH PLAIN 인증 정보가 보입니다. base64는 암호화가 아니라 인코딩일 뿐이며, 이 줄을 풀면 사용자 이름과 비밀번호가 나옵니다(RFC 4616). 기록을 티켓에 붙이기 전에 가리고, 실제 비밀번호였다면 바꾸세요.',
    user: '여기에 AUTH LOGIN 사용자 이름이 base64로 보이며, 누구나 풀 수 있습니다. 보통 다음 클라이언트 줄에 비밀번호가 이어지니, 기록을 공유하기 전에 둘 다 가리세요.',
    password:
      '여기에 AUTH LOGIN 비밀번호가 보입니다. base64는 암호화가 아니라 인코딩일 뿐입니다. 기록을 티켓에 붙이기 전에 가리고, 실제 비밀번호였다면 바꾸세요.',
    token:
      '여기에 OAuth 베어러 토큰이 보입니다(AUTH XOAUTH2/OAUTHBEARER, RFC 7628). 이를 푼 사람은 토큰이 만료될 때까지 이 사용자로 로그인할 수 있습니다. 기록을 공유하기 전에 가리고, 아직 유효하다면 토큰을 폐기하세요.',
    fix: '인증 정보 가리기',
  },
};

/** What a redacted payload becomes: no base64 character, so the rule stays quiet once it is applied. */
export const redactedCredential = '[REDACTED]';

/** A SASL payload that carries a credential, where it stands in the document. */
export interface CredentialPayload {
  readonly range: Range;
  readonly what: What;
}

/** AUTH PLAIN/LOGIN (and OAuth token) payloads in a transcript: the initial response and the answers to 334. */
export const authCredentials: Rule = {
  id: 'auth-credentials',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'AUTH PLAIN and AUTH LOGIN send the user name and password base64-encoded, which is not encryption (RFC 4616, ' +
      'RFC 4954 §4): anyone who reads a transcript can decode them, and transcripts get pasted into tickets and chats. ' +
      'The rule flags the initial response of AUTH PLAIN/LOGIN/XOAUTH2/OAUTHBEARER and the client\'s base64 answers ' +
      'to the server\'s 334 challenges; payloads a tool already masked (Nodemailer\'s "/* secret */", "****") are ' +
      'not flagged. Example: "C: AUTH PLAIN AGJvYkBleGFtcGxlLmNvbQBzZWNyZXQ=". The quick fix replaces only the ' +
      'base64 with "[REDACTED]"; the source action "Redact addresses, IP addresses and credentials" does it for the ' +
      'whole document. Switch it off with "smtp-lens-disable auth-credentials" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      'AUTH PLAIN과 AUTH LOGIN은 사용자 이름과 비밀번호를 base64로 인코딩해 보내며, 이는 암호화가 아닙니다(RFC ' +
      '4616, RFC 4954 §4). 기록을 읽는 사람은 누구나 풀 수 있고, 기록은 티켓이나 채팅에 자주 붙여집니다. 이 ' +
      '규칙은 AUTH PLAIN/LOGIN/XOAUTH2/OAUTHBEARER의 초기 응답과 서버의 334 요청에 대한 클라이언트의 base64 응답을 ' +
      '지적합니다. 도구가 이미 가린 값(Nodemailer의 "/* secret */", "****")은 지적하지 않습니다. 예: "C: AUTH PLAIN ' +
      'AGJvYkBleGFtcGxlLmNvbQBzZWNyZXQ=". 빠른 수정은 base64 부분만 "[REDACTED]"로 바꾸고, 소스 작업 "주소, IP ' +
      '주소, 인증 정보 가리기"는 문서 전체에 같은 일을 합니다. 문서에 "smtp-lens-disable auth-credentials"를 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return credentialPayloads(model).map(({ range, what }) => ({ range, message: message(messages, locale, what) }));
  },
  fixes({ model, locale }: RuleContext, diagnostic): Fix[] {
    const payload = credentialPayloads(model).find(
      ({ range }) => range.start.line === diagnostic.range.start.line && range.start.character === diagnostic.range.start.character,
    );
    if (!payload) return [];
    return [{ title: message(messages, locale, 'fix'), edits: [{ range: payload.range, newText: redactedCredential }] }];
  },
};

const carriesCredentials = new Set(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']);
const base64 = /^[A-Za-z0-9+/]{4,}={0,2}$/;
/** What tools write instead of a secret. */
const masked = /^(?:\*+|\/\* secret \*\/|x{3,}|\[?redacted\]?|<redacted>|<hidden>|hidden)$/i;

export function credentialPayloads(model: DocumentModel): CredentialPayload[] {
  const found: CredentialPayload[] = [];
  for (const session of model.sessions) {
    for (const dialogue of authDialogues(session)) {
      if (!carriesCredentials.has(dialogue.mechanism)) continue;
      const commands = dialogueCommands(dialogue);
      // The initial response is the first turn (for LOGIN, the user name); without one, the first 334 answer is.
      const first = dialogue.initial ? 0 : 1;
      commands.forEach((command, index) => {
        const offset = index === 0 ? dialogue.initial?.start : command.text.search(/\S/);
        if (offset === undefined || offset < 0) return;
        const text = command.text.slice(offset).trimEnd();
        if (!base64.test(text)) return;
        const what = kind(dialogue.mechanism, index - first);
        if (isMasked(text, what)) return;
        const start = command.character + offset;
        found.push({ range: { start: { line: command.line, character: start }, end: { line: command.line, character: start + text.length } }, what });
      });
    }
  }
  return found;
}

function kind(mechanism: string, turn: number): What {
  if (mechanism === 'PLAIN') return 'plain';
  if (mechanism === 'LOGIN') return turn === 0 ? 'user' : 'password';
  return 'token';
}

/** Nodemailer logs "\0user\0/* secret *\/" in base64; other tools write "****" in place of the secret. */
function isMasked(payload: string, what: What): boolean {
  const decoded = fromBase64(payload);
  if (what === 'plain') {
    const password = decoded.split('\0')[2];
    return password === undefined || password === '' || masked.test(password);
  }
  return decoded === '' || masked.test(decoded);
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to one character per byte: enough to see what a payload holds. */
function fromBase64(payload: string): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const c of payload) {
    const digit = alphabet.indexOf(c);
    if (digit < 0) continue;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return out;
}
