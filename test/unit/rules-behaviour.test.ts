import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings, detectLanguageId, type LanguageService } from '../../server/src/service';
import { diagnosticMessage, readIgnores, RunDiagnostics, shares, toDiagnostics } from '../../server/src/service/features/diagnostics';
import { rules } from '../../server/src/service/rules';
import { corpusFiles, readCorpus } from '../support/corpus';
import { applyEdits, doc } from '../support/documents';

const service = createLanguageService();

/** The diagnostics of one rule on a text. */
function found(rule: string, text: string, languageId = 'smtp-transcript', on: LanguageService = service): Diagnostic[] {
  return on.diagnostics(doc(text, languageId)).filter((d) => d.code === rule);
}

/** Where one rule's diagnostics start, as "line:character" (zero-based, as LSP counts). */
function where(rule: string, text: string, languageId = 'smtp-transcript'): string[] {
  return found(rule, text, languageId).map((d) => `${d.range.start.line}:${d.range.start.character}`);
}

/** The quick fixes of the rule's first diagnostic. */
function fixesOf(rule: string, text: string, languageId = 'smtp-transcript'): { title: string; edits: TextEdit[] }[] {
  const document = doc(text, languageId);
  const [diagnostic] = service.diagnostics(document).filter((d) => d.code === rule);
  assert.ok(diagnostic, `${rule} should fire`);
  return service.codeActions(document, [diagnostic]).map((a) => ({ title: a.title, edits: a.edit!.changes![document.uri]! }));
}

/** Applies the only quick fix of the rule's first diagnostic. */
function applyFix(rule: string, text: string, languageId = 'smtp-transcript'): string {
  const fixes = fixesOf(rule, text, languageId);
  assert.equal(fixes.length, 1);
  return applyEdits(text, fixes[0]!.edits);
}

const lines = (...l: string[]): string => l.map((x) => `${x}\n`).join('');

const offsetsOf = (text: string): number[] => [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];

/** The text outside the edited ranges is the same before and after, character for character. */
function onlyEditedBytesChange(before: string, edits: readonly TextEdit[]): void {
  const offsets = offsetsOf(before);
  const at = (p: { line: number; character: number }): number => offsets[p.line]! + p.character;
  const sorted = [...edits].sort((a, b) => at(a.range.start) - at(b.range.start));
  const after = applyEdits(before, edits);
  let from = 0;
  let shift = 0;
  for (const edit of sorted) {
    const start = at(edit.range.start);
    const end = at(edit.range.end);
    assert.equal(after.slice(from + shift, start + shift), before.slice(from, start));
    assert.equal(after.slice(start + shift, start + shift + edit.newText.length), edit.newText);
    shift += edit.newText.length - (end - start);
    from = end;
  }
  assert.equal(after.slice(from + shift), before.slice(from));
}

describe('the behaviour rules are registered with their severities', () => {

  it('speak Korean when the locale is ko, with every placeholder filled', () => {
    const korean = createLanguageService({ ...defaultSettings, locale: 'ko' });
    const text = lines('S: 220 mx', 'C: MAIL FROM:<a@example.com>', 'S: 503 5.5.1 send HELO first', 'C: AUTH PLAIN AGJvYgBwdw==', 'S: 530 5.7.0 Must issue a STARTTLS command first', 'C: QUIT', 'S: 221 bye', 'C: NOOP');
    const ours = korean.diagnostics(doc(text, 'smtp-transcript')).filter((d) => d.code !== 'unregistered-code');
    assert.deepEqual(ours.map((d) => d.code), ['mail-before-helo', 'command-after-close', 'cleartext-before-starttls', 'auth-credentials']);
    for (const d of ours) {
      assert.match(diagnosticMessage(d), /[가-힣]/);
      assert.doesNotMatch(diagnosticMessage(d), /\{\d\}/);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The real corpus: where each rule of this group fires, exactly; everywhere else it is silent.

const corpus = (['transcripts', 'logs', 'eml', 'bounces'] as const).flatMap((folder) =>
  corpusFiles(folder).map((path) => ({ folder, path, diagnostics: service.diagnostics(doc(readCorpus(path), detectLanguageId)) })),
);

/** "folder/file:line" (zero-based) of every diagnostic of a rule in the corpus. */
function inCorpus(rule: string): string[] {
  return corpus.flatMap(({ folder, path, diagnostics }) =>
    diagnostics.filter((d) => d.code === rule).map((d) => `${folder}/${basename(path)}:${d.range.start.line}`),
  );
}

const credentialLines = [
  'transcripts/curl_postfix_04_starttls_auth_587.txt:65',
  'transcripts/curl_postfix_05_auth_fail_587.txt:65',
  'transcripts/smtplib_postfix_submission_login_fail_lvl1.txt:29',
  'transcripts/smtplib_postfix_submission_login_fail_lvl1.txt:32',
  'transcripts/smtplib_postfix_submission_login_fail_lvl1.txt:35',
  'transcripts/swaks_aiosmtpd_06_auth_ok.txt:12',
  'transcripts/swaks_aiosmtpd_06_auth_ok.txt:14',
  'transcripts/swaks_aiosmtpd_07_auth_fail.txt:10',
  'transcripts/swaks_aiosmtpd_09_auth_fail_handled.txt:10',
  'transcripts/swaks_exim_07_auth_success_tls.txt:31',
  'transcripts/swaks_exim_08_auth_fail.txt:17',
  'transcripts/swaks_exim_08_auth_fail.txt:19',
  'transcripts/swaks_exim_12_to_postfix_unknown_queued.txt:15',
  'transcripts/swaks_exim_13_to_unreachable_queued.txt:15',
  'transcripts/swaks_exim_14_to_postfix_ok.txt:15',
  'transcripts/swaks_postfix_05_auth_success_relay.txt:16',
  'transcripts/swaks_postfix_09_submission_tls_auth.txt:34',
  'transcripts/swaks_postfix_09_submission_tls_auth.txt:36',
  'transcripts/swaks_postfix_28_external_error_transport.txt:16',
];

/**
 * Where the condition really holds in the corpus (and why): every other real file must stay silent.
 * - smtplib_exim_protocol_errors and socat_postfix_01 send RCPT and DATA out of order on purpose (503s);
 * - socat_postfix_05 sends QUX and QUIT after Postfix's 421 "too many errors";
 * - swaks_postfix_08 sends MAIL in cleartext to a submission port that answers "530 5.7.0 Must issue a STARTTLS";
 * - swaks_aiosmtpd_07's AUTH was never answered (handler bug, swaks timed out), msmtp_postfix_02 exits without
 *   reading the DATA reply, and Exim dropped the connection before answering smtplib's FROBNICATE;
 * - socat_postfix_04 is the bare-LF session: six client segments end in LF, and its end of data is <LF>.<LF>;
 * - AUTH payloads stand in clear base64 in every swaks, curl and smtplib AUTH session (Nodemailer's is masked);
 * - bounces/: two McAfee DSNs lack Final-Recipient and Status, two Postfix and one La Poste DSN give a 4.x.x
 *   Status next to a 5xx remote reply, and lhost-postfix-57 has an unindented "by …" line in a Received field.
 */
const expected: Readonly<Record<string, readonly string[]>> = {
  'mail-before-helo': [],
  'rcpt-before-mail': ['transcripts/smtplib_exim_protocol_errors_lvl1.txt:13', 'transcripts/socat_postfix_01_protocol_errors.txt:18'],
  'data-without-recipient': [
    'transcripts/smtplib_exim_protocol_errors_lvl1.txt:17',
    'transcripts/smtplib_exim_protocol_errors_lvl1.txt:44',
    'transcripts/socat_postfix_01_protocol_errors.txt:22',
  ],
  'content-without-354': [],
  'data-unterminated': [],
  'lone-dot-in-content': [],
  'command-after-close': ['transcripts/socat_postfix_05_strict_too_many_errors.txt:29'],
  'mail-before-auth-done': [],
  'cleartext-before-starttls': ['transcripts/swaks_postfix_08_submission_no_tls.txt:15'],
  'reply-mismatch': [],
  'data-bdat-mixed': [],
  'missing-reply': [
    'transcripts/msmtp_postfix_02_unknown_user.txt:88',
    'transcripts/smtplib_exim_protocol_errors_lvl1.txt:49',
    'transcripts/swaks_aiosmtpd_07_auth_fail.txt:10',
  ],
  'unsolicited-reply': [],
  'line-endings': [3, 18, 22, 26, 30, 38].map((l) => `transcripts/socat_postfix_04_bare_lf.txt:${l}`),
  'smtp-smuggling': ['transcripts/socat_postfix_04_bare_lf.txt:34'],
  'auth-credentials': credentialLines,
  'dsn-contradiction': ['bounces/lhost-postfix-38.eml:52', 'bounces/lhost-postfix-60.eml:49', 'bounces/rhost-franceptt-10.eml:54'],
  'dsn-missing-field': ['bounces/lhost-mcafee-02.eml:35', 'bounces/lhost-mcafee-05.eml:38'],
  'malformed-header': ['bounces/lhost-postfix-57.eml:114'],
};

describe('behaviour rules on the real corpus', () => {
  for (const [rule, lines] of Object.entries(expected)) {
    it(`${rule} fires exactly where the corpus really has the condition`, () => {
      assert.deepEqual(inCorpus(rule), lines);
    });
  }

  it('log-delivery-failure fires in logs only, once per failed message or rejection', () => {
    const byFile = new Map<string, number>();
    for (const place of inCorpus('log-delivery-failure')) {
      const file = place.slice(0, place.lastIndexOf(':'));
      byFile.set(file, (byFile.get(file) ?? 0) + 1);
    }
    assert.deepEqual(Object.fromEntries(byFile), {
      'logs/exim_mainlog.log': 22,
      'logs/opensmtpd_syslog_traditional.log': 3,
      'logs/postfix_journalctl_json.log': 1,
      'logs/postfix_journalctl_short-iso.log': 1,
      'logs/postfix_maillog_file.log': 27,
      'logs/postfix_syslog_traditional.log': 2,
      'logs/sendmail_syslog_traditional.log': 3,
    });
    const severities = new Set(corpus.flatMap((f) => f.diagnostics.filter((d) => d.code === 'log-delivery-failure').map((d) => d.severity)));
    assert.deepEqual([...severities], [DiagnosticSeverity.Information]);
  });

  it('no rule of this group is an error on any real file', () => {
    const ours = new Set([...Object.keys(expected), 'log-delivery-failure']);
    const errors = corpus.flatMap((f) => f.diagnostics.filter((d) => ours.has(String(d.code)) && d.severity === DiagnosticSeverity.Error));
    assert.deepEqual(errors, []);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Sequence

describe('mail-before-helo', () => {
  it('fires on MAIL right after the greeting', () => {
    const text = lines('S: 220 mx.example.com ESMTP', 'C: MAIL FROM:<bob@example.com>', 'S: 503 5.5.1 Error: send HELO/EHLO first');
    const [d] = found('mail-before-helo', text);
    assert.deepEqual(d?.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 30 } });
    assert.equal(d?.severity, DiagnosticSeverity.Warning);
    assert.match(diagnosticMessage(d), /RFC 5321 §4\.1\.4/);
  });
  it('fires on MAIL after STARTTLS without a new EHLO', () => {
    const text = lines(
      '<-  220 mx.example.com ESMTP',
      ' -> EHLO client.example.com',
      '<-  250 mx.example.com',
      ' -> STARTTLS',
      '<-  220 2.0.0 Ready to start TLS',
      ' -> MAIL FROM:<bob@example.com>',
      '<-  503 5.5.1 Error: send HELO/EHLO first',
    );
    const [d] = found('mail-before-helo', text);
    assert.equal(d?.range.start.line, 5);
    assert.match(diagnosticMessage(d), /STARTTLS \(line 4\).*RFC 3207 §4\.2/);
  });
  it('is silent after EHLO, and on a transcript that starts mid-session', () => {
    assert.deepEqual(where('mail-before-helo', lines('S: 220 mx', 'C: EHLO a.example', 'S: 250 mx', 'C: MAIL FROM:<a@example.com>', 'S: 250 ok')), []);
    assert.deepEqual(where('mail-before-helo', lines("send: 'mail FROM:<a@example.com>\\r\\n'", "reply: b'250 2.1.0 Ok\\r\\n'")), []);
  });
});

describe('rcpt-before-mail', () => {
  it('fires on RCPT with no MAIL, and on RCPT after a refused MAIL the client had seen', () => {
    assert.deepEqual(where('rcpt-before-mail', lines('S: 220 mx', 'C: EHLO a.example', 'S: 250 mx', 'C: RCPT TO:<a@example.com>', 'S: 503 5.5.1 need MAIL')), ['3:3']);
    const refused = lines('S: 220 mx', 'C: EHLO a.example', 'S: 250 mx', 'C: MAIL FROM:<x@bad.example>', 'S: 550 5.7.1 no', 'C: RCPT TO:<a@example.com>', 'S: 503 5.5.1 need MAIL');
    const [d] = found('rcpt-before-mail', refused);
    assert.equal(d?.range.start.line, 5);
    assert.match(diagnosticMessage(d), /refused MAIL on line 5/);
  });
  it('is silent on a RCPT pipelined behind the MAIL that was refused (RFC 2920)', () => {
    const text = lines('S: 220 mx', 'C: EHLO a.example', 'S: 250 mx', 'C: MAIL FROM:<x@bad.example>', 'C: RCPT TO:<a@example.com>', 'S: 550 5.7.1 no', 'S: 503 5.5.1 need MAIL');
    assert.deepEqual(where('rcpt-before-mail', text), []);
  });
});

describe('data-without-recipient', () => {
  const envelope = ['S: 220 mx', 'C: EHLO a.example', 'S: 250 mx', 'C: MAIL FROM:<a@example.com>', 'S: 250 ok', 'C: RCPT TO:<nobody@example.com>', 'S: 550 5.1.1 no such user'];
  it('fires when the server answers 354 although no recipient was accepted', () => {
    const [d] = found('data-without-recipient', lines(...envelope, 'C: DATA', 'S: 354 go ahead', 'C: hi', 'C: .', 'S: 250 ok'));
    assert.equal(d?.range.start.line, 7);
    assert.match(diagnosticMessage(d), /answered DATA with 354/);
  });
  it('fires when the client sends DATA after seeing every RCPT refused', () => {
    const [d] = found('data-without-recipient', lines(...envelope, 'C: DATA', 'S: 554 5.5.1 Error: no valid recipients'));
    assert.match(diagnosticMessage(d!), /refused every recipient \(the last on line 7\)/);
  });
  it('is silent on DATA pipelined before the RCPT replies (Nodemailer, msmtp)', () => {
    const text = lines('S: 220 mx', 'C: EHLO a.example', 'S: 250 mx', 'C: MAIL FROM:<a@example.com>', 'C: RCPT TO:<nobody@example.com>', 'C: DATA', 'S: 250 ok', 'S: 550 5.1.1 no', 'S: 554 5.5.1 Error: no valid recipients');
    assert.deepEqual(where('data-without-recipient', text), []);
  });
});

describe('content-without-354', () => {
  it('fires on message content sent after a refused DATA, from its first line to its "."', () => {
    const text = lines(
      'S: 220 mx', 'C: EHLO a.example', 'S: 250 mx', 'C: MAIL FROM:<a@example.com>', 'S: 250 ok', 'C: RCPT TO:<b@example.com>', 'S: 250 ok',
      'C: DATA', 'S: 554 5.5.1 Error: no valid recipients', 'C: Subject: hello', 'C: ', 'C: body', 'C: .',
      'S: 500 5.5.2 Error: command not recognized', 'S: 500 5.5.2 Error: command not recognized', 'S: 500 5.5.2 Error: command not recognized', 'S: 500 5.5.2 Error: command not recognized',
    );
    const [d] = found('content-without-354', text);
    assert.deepEqual(d?.range, { start: { line: 9, character: 3 }, end: { line: 12, character: 4 } });
    assert.match(diagnosticMessage(d), /DATA on line 8 was answered 554, not 354/);
  });
  it('is silent on a protocol test that sends junk commands after a refused DATA (socat_postfix_01)', () => {
    assert.deepEqual(where('content-without-354', lines('S: 220 mx', 'C: DATA', 'S: 503 5.5.1 need RCPT', 'C: FOO bar', 'S: 500 5.5.2 no')), []);
  });
});

describe('data-unterminated', () => {
  const open = lines('<-  220 mx ESMTP', ' -> EHLO a.example', '<-  250 mx', ' -> MAIL FROM:<a@example.com>', '<-  250 ok', ' -> RCPT TO:<b@example.com>', '<-  250 ok', ' -> DATA', '<-  354 go ahead', ' -> Subject: hello', ' -> ', ' -> body');
  it('fires on the last content line when no "." ends the content', () => {
    const [d] = found('data-unterminated', open);
    assert.deepEqual(d?.range, { start: { line: 11, character: 0 }, end: { line: 11, character: 8 } });
    assert.match(diagnosticMessage(d), /starts on line 10.*never ended/);
  });
  it('its quick fix inserts the "." line written like the DATA line, and the diagnostic goes away', () => {
    const fixes = fixesOf('data-unterminated', open);
    assert.equal(fixes[0]!.title, 'Insert the missing "." line');
    onlyEditedBytesChange(open, fixes[0]!.edits);
    const fixed = applyFix('data-unterminated', open);
    assert.equal(fixed, open.replace(' -> body\n', ' -> body\n -> .\n'));
    assert.deepEqual(found('data-unterminated', fixed), []);
  });
  it('writes the "." as smtplib and socat do, and keeps CRLF files CRLF', () => {
    const crlf = 'C: DATA\r\nS: 354 go\r\nC: body\r\n';
    assert.equal(applyFix('data-unterminated', crlf), 'C: DATA\r\nS: 354 go\r\nC: body\r\nC: .\r\n');
    const smtplib = lines("send: 'data\\r\\n'", "reply: b'354 End data with <CR><LF>.<CR><LF>\\r\\n'", "send: b'Subject: x\\r\\n\\r\\nbody\\r\\n'");
    const fixed = applyFix('data-unterminated', smtplib);
    assert.equal(fixed, `${smtplib}send: '.\\r\\n'\n`);
    assert.deepEqual(found('data-unterminated', fixed), []);
  });
  it('says when a reply follows anyway (the tool may not show the ".")', () => {
    const [d] = found('data-unterminated', lines('C: DATA', 'S: 354 go', 'C: body', 'S: 250 2.0.0 Ok: queued'));
    assert.match(diagnosticMessage(d!), /the server answered on line 4/);
  });
});

describe('lone-dot-in-content', () => {
  const text = lines('C: DATA', 'S: 354 go ahead', 'C: first part', 'C: .', 'C: second part', 'C: .', 'S: 250 2.0.0 Ok: queued', 'S: 500 5.5.2 Error: command not recognized', 'S: 500 5.5.2 Error: command not recognized');
  it('fires on the "." that ends the content early', () => {
    const [d] = found('lone-dot-in-content', text);
    assert.deepEqual(d?.range, { start: { line: 3, character: 3 }, end: { line: 3, character: 4 } });
    assert.match(diagnosticMessage(d), /up to the "\." on line 6/);
  });
  it('its quick fix dot-stuffs that line only, and the diagnostic goes away', () => {
    const fixed = applyFix('lone-dot-in-content', text);
    assert.equal(fixed, text.replace('C: .\nC: second', 'C: ..\nC: second'));
    assert.deepEqual(found('lone-dot-in-content', fixed), []);
  });
  it('is silent on a dot-stuffed line (socat_exim_03) and on a correct end of data', () => {
    assert.deepEqual(where('lone-dot-in-content', lines('C: DATA', 'S: 354 go', 'C: ..leading dot', 'C: .', 'S: 250 ok', 'C: QUIT', 'S: 221 bye')), []);
  });
});

describe('command-after-close', () => {
  it('fires on the first command after QUIT or after a 421, and counts the rest', () => {
    assert.deepEqual(where('command-after-close', lines('S: 220 mx', 'C: QUIT', 'S: 221 2.0.0 Bye', 'C: NOOP')), ['3:3']);
    const [d] = found('command-after-close', lines('S: 220 mx', 'C: FOO', 'S: 421 4.7.0 Error: too many errors', 'C: QUX', 'C: QUIT'));
    assert.equal(d?.range.start.line, 3);
    assert.match(diagnosticMessage(d), /421 on line 3.*2 command\(s\)/);
  });
  it('takes a new EHLO for a new connection whose greeting the tool does not show (smtplib)', () => {
    const text = lines("send: 'quit\\r\\n'", "reply: b'221 2.0.0 Bye\\r\\n'", "send: 'ehlo client.example.test\\r\\n'", "reply: b'250 mx\\r\\n'");
    assert.deepEqual(where('command-after-close', text), []);
  });
});

describe('mail-before-auth-done', () => {
  it('fires on MAIL sent after a 334 challenge', () => {
    const [d] = found('mail-before-auth-done', lines('C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', 'C: MAIL FROM:<a@example.com>', 'S: 501 5.5.2 Cannot decode response'));
    assert.equal(d?.range.start.line, 2);
    assert.match(diagnosticMessage(d), /334 on line 2/);
  });
  it('fires on MAIL pipelined behind AUTH LOGIN, not behind AUTH PLAIN with its initial response (RFC 4954 §4)', () => {
    assert.deepEqual(where('mail-before-auth-done', lines('C: AUTH LOGIN', 'C: MAIL FROM:<a@example.com>', 'S: 334 VXNlcm5hbWU6', 'S: 501 5.5.2 no')), ['1:3']);
    assert.deepEqual(where('mail-before-auth-done', lines('C: AUTH PLAIN AGJvYgBwdw==', 'C: MAIL FROM:<a@example.com>', 'S: 235 2.7.0 ok', 'S: 250 2.1.0 ok')), []);
  });
  it('is silent on MAIL after a failed AUTH', () => {
    assert.deepEqual(where('mail-before-auth-done', lines('C: AUTH PLAIN AGJvYgBwdw==', 'S: 535 5.7.8 failed', 'C: MAIL FROM:<a@example.com>', 'S: 250 2.1.0 ok')), []);
  });
});

describe('cleartext-before-starttls', () => {
  it('fires on AUTH refused with 530 before STARTTLS, saying the credentials are out', () => {
    const [d] = found('cleartext-before-starttls', lines('S: 220 mx', 'C: EHLO a.example', 'S: 250 mx', 'C: AUTH PLAIN AGJvYgBwdw==', 'S: 530 5.7.0 Must issue a STARTTLS command first'));
    assert.equal(d?.range.start.line, 3);
    assert.match(diagnosticMessage(d), /credentials.*unencrypted/);
  });
  it('is silent on 530 "Authentication required" and after STARTTLS', () => {
    assert.deepEqual(where('cleartext-before-starttls', lines('S: 220 mx', 'C: MAIL FROM:<a@example.com>', 'S: 530 5.7.0 Authentication required')), []);
    const tls = lines('S: 220 mx', 'C: STARTTLS', 'S: 220 2.0.0 Ready', 'C: EHLO a.example', 'S: 250 mx', 'C: MAIL FROM:<a@example.com>', 'S: 530 5.7.0 Must issue a STARTTLS command first');
    assert.deepEqual(where('cleartext-before-starttls', tls), []);
  });
});

describe('reply-mismatch', () => {
  it('fires on 354 to RCPT, and on 334 or 235 outside AUTH', () => {
    assert.deepEqual(where('reply-mismatch', lines('C: RCPT TO:<a@example.com>', 'S: 354 Start mail input')), ['1:3']);
    assert.deepEqual(where('reply-mismatch', lines('C: NOOP', 'S: 334 VXNlcm5hbWU6', 'C: RSET', 'S: 235 2.7.0 ok')), ['1:3', '3:3']);
  });
  it('is silent on an AUTH LOGIN dialogue', () => {
    assert.deepEqual(where('reply-mismatch', lines('C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', 'C: Ym9i', 'S: 334 UGFzc3dvcmQ6', 'C: c2VjcmV0', 'S: 235 2.7.0 ok')), []);
  });
});

describe('data-bdat-mixed', () => {
  it('fires on DATA in a transaction that used BDAT', () => {
    const text = lines('C: MAIL FROM:<a@example.com>', 'S: 250 ok', 'C: RCPT TO:<b@example.com>', 'S: 250 ok', 'C: BDAT 5', 'C: hello', 'S: 250 2.0.0 Ok: 5 bytes', 'C: DATA', 'S: 503 5.5.1 Error: BDAT in progress');
    const [d] = found('data-bdat-mixed', text);
    assert.equal(d?.range.start.line, 7);
    assert.match(diagnosticMessage(d), /already used BDAT on line 5.*RFC 3030 §3/);
  });
  it('is silent on DATA in one transaction and BDAT in the next', () => {
    const text = lines('C: MAIL FROM:<a@example.com>', 'S: 250 ok', 'C: RCPT TO:<b@example.com>', 'S: 250 ok', 'C: DATA', 'S: 354 go', 'C: hi', 'C: .', 'S: 250 ok',
      'C: MAIL FROM:<a@example.com>', 'S: 250 ok', 'C: RCPT TO:<b@example.com>', 'S: 250 ok', 'C: BDAT 2 LAST', 'C: hi', 'S: 250 ok');
    assert.deepEqual(where('data-bdat-mixed', text), []);
  });
});

describe('missing-reply and unsolicited-reply (information)', () => {
  it('missing-reply fires on a command left unanswered', () => {
    const [d] = found('missing-reply', lines('S: 220 mx', 'C: NOOP', 'S: 250 ok', 'C: VRFY bob'));
    assert.equal(d?.range.start.line, 3);
    assert.equal(d?.severity, DiagnosticSeverity.Information);
  });
  it('missing-reply never repeats an AUTH payload in its message', () => {
    const [d] = found('missing-reply', lines('S: 220 mx', 'C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', 'C: Ym9iQGV4YW1wbGUuY29t'));
    assert.doesNotMatch(diagnosticMessage(d!), /Ym9i/);
  });
  it('unsolicited-reply fires on a reply no command asked for, not on the greeting or a 421', () => {
    const [d] = found('unsolicited-reply', lines('S: 220 mx', 'C: NOOP', 'S: 250 2.0.0 Ok', 'S: 550 5.7.1 Rejected', 'S: 421 4.4.2 timeout'));
    assert.deepEqual(d?.range, { start: { line: 3, character: 3 }, end: { line: 3, character: 6 } });
    assert.equal(d?.severity, DiagnosticSeverity.Information);
    assert.equal(found('unsolicited-reply', lines('S: 220 mx', 'C: NOOP', 'S: 250 2.0.0 Ok', 'S: 550 5.7.1 Rejected')).length, 1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Line endings and smuggling

const socatBlock = (direction: '>' | '<', ...data: string[]): string[] => {
  const length = data.reduce((n, l) => n + l.replaceAll('\\r', '\r').length + 1, 0);
  return [`${direction} 2026/11/28 10:46:22.000050787  length=${length} from=0 to=${length - 1}`, ...data];
};

describe('line-endings', () => {
  it('fires on a socat segment whose lines end in a bare LF or hold a bare CR', () => {
    const text = lines(
      ...socatBlock('<', '220 mx.example.test ESMTP\\r'),
      ...socatBlock('>', 'EHLO a.example\\r'),
      ...socatBlock('<', '250 mx.example.test\\r'),
      ...socatBlock('>', 'MAIL FROM:<a@example.com>'),
      ...socatBlock('<', '250 2.1.0 Ok\\r'),
      ...socatBlock('>', 'RCPT TO:<b@\\rexample.com>\\r'),
      ...socatBlock('<', '250 2.1.5 Ok\\r'),
    );
    const ds = found('line-endings', text);
    assert.deepEqual(ds.map((d) => d.range.start.line), [7, 11]);
    assert.match(diagnosticMessage(ds[0]!), /client sent 1 line\(s\) here ending in a bare LF/);
    assert.match(diagnosticMessage(ds[1]!), /a bare CR/);
  });
  it('fires on an smtplib repr with a bare LF, from either side', () => {
    const text = lines("send: 'ehlo a.example\\r\\n'", "reply: b'250 mx\\n'", "send: 'mail FROM:<a@example.com>\\n'", "reply: b'250 ok\\r\\n'");
    assert.deepEqual(where('line-endings', text), ['1:0', '2:0']);
  });
  it('never looks at the file\'s own line ends, nor at a socat segment cut mid-line', () => {
    assert.deepEqual(where('line-endings', 'S: 220 mx\r\nC: EHLO a\nS: 250 ok\rC: QUIT\r\n'), []);
    const cut = lines(...socatBlock('<', '220 mx\\r'), '> 2026/11/28 10:46:22.000050787  length=4 from=0 to=3', 'EHLO', ...socatBlock('>', ' a.example\\r'), ...socatBlock('<', '250 ok\\r'));
    assert.deepEqual(where('line-endings', cut), []);
  });
});

describe('smtp-smuggling', () => {
  it('fires on <LF>.<CR><LF> in the content smtplib sent, naming the sequence and the attack', () => {
    const text = lines(
      "send: 'data\\r\\n'",
      "reply: b'354 End data with <CR><LF>.<CR><LF>\\r\\n'",
      "send: b'Subject: hi\\r\\n\\r\\nbody\\n.\\r\\nMAIL FROM:<ceo@bank.example>\\r\\nRCPT TO:<victim@example.com>\\r\\nDATA\\r\\nforged\\r\\n.\\r\\n'",
      "reply: b'250 2.0.0 Ok: queued as 1\\r\\n'",
    );
    const [d, more] = found('smtp-smuggling', text);
    assert.equal(more, undefined);
    const at = text.split('\n')[2]!.indexOf('\\n.\\r\\n') + 2;
    assert.deepEqual(d?.range, { start: { line: 2, character: at }, end: { line: 2, character: at + 1 } });
    assert.match(diagnosticMessage(d), /<LF>\.<CR><LF>.*CVE-2023-51764/);
  });
  it('fires where a client line writes a sequence out, and not on the canonical one', () => {
    assert.deepEqual(where('smtp-smuggling', lines('C: DATA', 'S: 354 End data with <CR><LF>.<CR><LF>', 'C: body<LF>.<LF>MAIL FROM:<x@y.example>', 'C: .', 'S: 250 ok')), ['2:11']);
    assert.deepEqual(where('smtp-smuggling', lines('C: DATA', 'S: 354 go', 'C: body then <CR><LF>.<CR><LF> as text', 'C: .', 'S: 250 ok')), []);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Secrets

describe('auth-credentials', () => {
  const login = readCorpus(corpusFiles('transcripts').find((p) => p.endsWith('swaks_postfix_09_submission_tls_auth.txt'))!);

  it('fires on the base64 payload only, with what it holds', () => {
    const ds = found('auth-credentials', login);
    assert.deepEqual(ds.map((d) => d.range), [
      { start: { line: 34, character: 4 }, end: { line: 34, character: 28 } },
      { start: { line: 36, character: 4 }, end: { line: 36, character: 20 } },
    ]);
    assert.match(diagnosticMessage(ds[0]!), /user name/);
    assert.match(diagnosticMessage(ds[1]!), /password/);
    assert.equal(ds[0]!.severity, DiagnosticSeverity.Warning);
  });
  it('its quick fix replaces only the payload with a marker, and the diagnostic goes away', () => {
    const fixes = fixesOf('auth-credentials', login);
    assert.equal(fixes[0]!.title, 'Redact credentials');
    onlyEditedBytesChange(login, fixes[0]!.edits);
    const fixed = applyEdits(login, fixes[0]!.edits);
    assert.equal(fixed.split('\n')[34], ' ~> [REDACTED]');
    assert.deepEqual(where('auth-credentials', fixed), ['36:4']);
  });
  it('redacts the initial response of AUTH PLAIN in an smtplib repr, keeping the quoting', () => {
    const text = lines("send: 'AUTH PLAIN AGJvYkBleGFtcGxlLnRlc3QAbm90LXRoZS1wYXNzd29yZA==\\r\\n'", "reply: b'535 5.7.8 Error: authentication failed\\r\\n'");
    assert.equal(applyFix('auth-credentials', text), lines("send: 'AUTH PLAIN [REDACTED]\\r\\n'", "reply: b'535 5.7.8 Error: authentication failed\\r\\n'"));
  });
  it('is silent on payloads a tool masked (Nodemailer "/* secret */", "****") and on CRAM-MD5', () => {
    assert.deepEqual(where('auth-credentials', lines('C: AUTH PLAIN AGJvYkBleGFtcGxlLnRlc3QALyogc2VjcmV0ICov', 'S: 535 5.7.8 failed')), []);
    assert.deepEqual(where('auth-credentials', lines('C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', 'C: KioqKg==', 'S: 535 no')), []);
    assert.deepEqual(where('auth-credentials', lines('C: AUTH CRAM-MD5', 'S: 334 PDEyMzQ+', 'C: Ym9iIDEyMzQ1Njc4OTA=', 'S: 235 ok')), []);
  });
});

describe('the source action "Redact e-mail addresses, IP addresses and credentials"', () => {
  const text = lines(
    'S: 220 mx.example.com ESMTP Sendmail 8.17.1.9/8.17.1.9; from [198.51.100.7]',
    'C: EHLO client.example.org',
    'S: 250 mx.example.com Hello client [203.0.113.9] (may be forged), [2001:db8::5] is fine, ::1 too',
    'C: AUTH PLAIN AGJvYkBleGFtcGxlLm9yZwBzZWNyZXQ=',
    'S: 235 2.7.0 ok',
    'C: MAIL FROM:<Bob@Example.org>',
    'S: 250 2.1.0 <bob@example.org>... Sender ok',
    'C: RCPT TO:<alice@example.com>',
    'S: 550 5.1.1 <alice@example.com>: relay from 10.1.2.3 and 127.0.0.1 and 172.16.5.4 denied at [IPv6:2a00:1450:4001:81c::200e]',
    'C: RCPT TO:<carol@example.org>',
    'S: 250 ok; 10.1.2.3 again; 300.1.2.3 is no address; timestamp 10:46:22.000050787',
  );
  const redact = (t: string): TextEdit[] => {
    const document = doc(t, 'smtp-transcript');
    const [action] = service.codeActions(document, [], ['source']);
    return action?.edit?.changes?.[document.uri] ?? [];
  };

  it('is offered only when the client asks for source actions', () => {
    const document = doc(text, 'smtp-transcript');
    assert.deepEqual(service.codeActions(document, []), []);
    assert.deepEqual(service.codeActions(document, [], ['quickfix']), []);
    const [action] = service.codeActions(document, [], ['source.redact']);
    assert.equal(action?.kind, 'source.redact');
    assert.equal(action?.title, 'Redact e-mail addresses, IP addresses and credentials');
  });
  it('replaces each address with the same placeholder every time, and nothing else', () => {
    const edits = redact(text);
    onlyEditedBytesChange(text, edits);
    const after = applyEdits(text, edits).split('\n');
    assert.equal(after[0], 'S: 220 mx.example.com ESMTP Sendmail 8.17.1.9/8.17.1.9; from [198.51.100.7]');
    assert.equal(after[2], 'S: 250 mx.example.com Hello client [203.0.113.9] (may be forged), [2001:db8::5] is fine, ::1 too');
    assert.equal(after[3], 'C: AUTH PLAIN [REDACTED]');
    assert.equal(after[5], 'C: MAIL FROM:<user1@domain1.invalid>');
    assert.equal(after[6], 'S: 250 2.1.0 <user1@domain1.invalid>... Sender ok');
    assert.equal(after[7], 'C: RCPT TO:<user2@domain2.invalid>');
    assert.equal(
      after[8],
      'S: 550 5.1.1 <user2@domain2.invalid>: relay from 192.0.2.1 and 127.0.0.1 and 192.0.2.2 denied at [IPv6:2001:db8::1]',
    );
    assert.equal(after[9], 'C: RCPT TO:<user3@domain1.invalid>');
    assert.equal(after[10], 'S: 250 ok; 192.0.2.1 again; 300.1.2.3 is no address; timestamp 10:46:22.000050787');
  });
  it('leaves a redacted document as it is', () => {
    const once = applyEdits(text, redact(text));
    assert.deepEqual(redact(once), []);
  });
  it('redacts a real log so that no address is left, changing only the addresses', () => {
    const log = readCorpus(corpusFiles('logs').find((p) => p.endsWith('postfix_maillog_file.log'))!);
    const edits = redact(doc(log, detectLanguageId).getText());
    onlyEditedBytesChange(log, edits);
    const after = applyEdits(log, edits);
    assert.doesNotMatch(after, /@[\w.-]*\.test\b/);
    assert.match(after, /to=<user\d+@domain\d+\.invalid>/);
    // Loopback addresses identify nobody and stay.
    assert.match(after, /localhost\[127\.0\.0\.1\]/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Messages

const dsn = (fields: readonly string[]): string =>
  lines(
    'From: MAILER-DAEMON@mx.example.com',
    'To: bob@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    'I could not deliver your message.',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    '',
    ...fields,
    '',
    '--b1--',
  );

describe('dsn-contradiction', () => {
  it('fires on Action: failed with a 2.x.x Status', () => {
    const text = dsn(['Final-Recipient: rfc822; alice@example.com', 'Action: failed', 'Status: 2.0.0']);
    const [d] = found('dsn-contradiction', text, 'eml');
    assert.deepEqual(d?.range, { start: { line: 18, character: 8 }, end: { line: 18, character: 13 } });
    assert.match(diagnosticMessage(d), /"Action: failed" with "Status: 2\.0\.0".*succeeded/);
  });
  it('fires on a Status whose class differs from the reply in Diagnostic-Code', () => {
    const text = dsn(['Final-Recipient: rfc822; alice@example.com', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 450 4.2.0 try later']);
    const [d] = found('dsn-contradiction', text, 'eml');
    assert.match(diagnosticMessage(d!), /class 5.*line 20 is 450 4\.2\.0, class 4/);
  });
  it('is silent on Postfix expiry (failed, 4.x.x) and on Exim\'s 5.0.0 next to 550 5.1.1', () => {
    assert.deepEqual(where('dsn-contradiction', dsn(['Final-Recipient: rfc822; a@example.com', 'Action: failed', 'Status: 4.4.1', 'Diagnostic-Code: X-Postfix; connect to x: Connection refused']), 'eml'), []);
    assert.deepEqual(where('dsn-contradiction', dsn(['Final-Recipient: rfc822; a@example.com', 'Action: failed', 'Status: 5.0.0', 'Diagnostic-Code: smtp; 550 5.1.1 unknown']), 'eml'), []);
  });
});

describe('dsn-missing-field', () => {
  it('fires on a recipient group without Status, naming what is missing', () => {
    const text = dsn(['Final-Recipient: rfc822; alice@example.com', 'Action: failed', 'Diagnostic-Code: smtp; 550 5.1.1 unknown']);
    const [d] = found('dsn-missing-field', text, 'eml');
    assert.equal(d?.range.start.line, 16);
    assert.match(diagnosticMessage(d), /lacks Status:/);
  });
  it('is silent on a complete group', () => {
    assert.deepEqual(where('dsn-missing-field', dsn(['Final-Recipient: rfc822; a@example.com', 'Action: failed', 'Status: 5.1.1']), 'eml'), []);
  });
});

describe('malformed-header', () => {
  it('fires on a line in a header block that is no field and no continuation', () => {
    const text = lines('From: a@example.com', 'Subject: test', 'This is not a header', 'Content-Type: text/plain', '', 'body');
    assert.deepEqual(where('malformed-header', text, 'eml'), ['2:0']);
  });
  it('is silent on folded fields and on a body after the blank line', () => {
    assert.deepEqual(where('malformed-header', lines('From: a@example.com', 'Received: from x', '\tby y; Sat, 28 Nov 2026', 'Subject: t', '', 'no: header here'), 'eml'), []);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Logs

describe('log-delivery-failure', () => {
  const log = lines(
    'Nov 28 10:44:29 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1 <nosuch@example.test>: Recipient address rejected: User unknown in local recipient table; from=<bob@example.test> to=<nosuch@example.test> proto=ESMTP helo=<client.example.test>',
    'Nov 28 10:44:34 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 450 4.2.0 <greylist@example.test>: Recipient address rejected: Greylisted; from=<bob@example.test> to=<greylist@example.test> proto=ESMTP helo=<client.example.test>',
  );

  it('says what happened and why, from the knowledge base, on the code', () => {
    const ds = found('log-delivery-failure', log, 'mail-log');
    assert.deepEqual(ds.map(diagnosticMessage), [
      'Rejected (nosuch@example.test): 550 5.1.1 — Bad destination mailbox address.',
      'Rejected (greylist@example.test): 450 4.2.0 — Other or undefined mailbox status.',
    ]);
    assert.deepEqual(ds[0]!.range, { start: { line: 0, character: 91 }, end: { line: 0, character: 100 } });
    assert.deepEqual(ds.map((d) => d.severity), [DiagnosticSeverity.Information, DiagnosticSeverity.Information]);
  });
  it('lies on the last line of a failure the log gives no code for, the whole line', () => {
    const deferred = '2026-11-28 10:44:47 1xXFvD-00026T-2V == someone@unreachable.test R=to_unreachable T=smtp_to_unreachable defer (111): Connection refused';
    const text = lines('2026-11-28 10:44:46 1xXFvD-00026T-2V <= bob@example.test H=localhost [127.0.0.1] P=esmtp S=412', deferred);
    const ds = found('log-delivery-failure', text, 'mail-log');
    assert.deepEqual(ds.map(diagnosticMessage), ['Deferred (someone@unreachable.test): the log gives no SMTP code here; the reason is in the text of the line.']);
    assert.deepEqual(ds[0]!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: deferred.length } });
  });
  it('shows permanent failures as warnings when smtpLens.diagnostics.permanentFailuresAsWarnings is on', () => {
    const strict = createLanguageService({ ...defaultSettings, permanentFailuresAsWarnings: true });
    assert.deepEqual(found('log-delivery-failure', log, 'mail-log', strict).map((d) => d.severity), [DiagnosticSeverity.Warning, DiagnosticSeverity.Information]);
    const pinned = createLanguageService({ ...defaultSettings, permanentFailuresAsWarnings: true, rules: { 'log-delivery-failure': 'hint' } });
    assert.deepEqual(found('log-delivery-failure', log, 'mail-log', pinned).map((d) => d.severity), [DiagnosticSeverity.Hint, DiagnosticSeverity.Hint]);
  });
  it('lists at most 1000 per document and says how many more there are', () => {
    const many = Array.from({ length: 1003 }, (_, i) =>
      `Nov 28 10:44:29 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1 <u${i}@example.test>: Recipient address rejected; from=<bob@example.test> to=<u${i}@example.test> proto=ESMTP helo=<c>`,
    ).join('\n');
    const ds = found('log-delivery-failure', many, 'mail-log');
    assert.equal(ds.length, 1001);
    assert.equal(ds[1000]!.range.start.line, 1000);
    assert.match(diagnosticMessage(ds[1000]!), /^3 more log-delivery-failure diagnostics .* first 1000/);
  });

  it('lists as many as smtpLens.diagnostics.maxPerRule says, counted across the whole document', () => {
    // Over 64 KiB, so that the log is read in several chunks and the count has to carry from one to the next.
    const many = Array.from({ length: 800 }, (_, i) =>
      `Nov 28 10:44:29 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 554 5.7.1 <u${i}@example.test>: Relay access denied; from=<bob@example.test> to=<u${i}@example.test> proto=ESMTP helo=<c>`,
    ).join('\n');
    assert.ok(many.length > 2 * 65536);
    const capped = createLanguageService({ ...defaultSettings, maxPerRule: 250 });
    for (const rule of ['log-delivery-failure', 'enhanced-unusual-pairing']) {
      const ds = found(rule, many, 'mail-log', capped);
      assert.equal(ds.length, 251, rule);
      assert.equal(ds[250]!.range.start.line, 250, rule);
      assert.match(diagnosticMessage(ds[250]!), new RegExp(`^550 more ${rule} diagnostics .* first 250`));
    }
  });

  // 800 rejections over several 64 KiB parts: 792 of 554 5.7.1 (log-delivery-failure and enhanced-unusual-pairing on
  // each) and 8 of 550 4.1.1 (log-delivery-failure and enhanced-class-mismatch).
  const rejections = Array.from({ length: 800 }, (_, i) =>
    `Nov 28 10:44:29 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: ${i % 100 === 7 ? '550 4.1.1' : '554 5.7.1'} <u${i}@example.test>: Recipient address rejected; from=<bob@example.test> to=<u${i}@example.test> proto=ESMTP helo=<c>`,
  ).join('\n');
  const countsByRule = (ds: readonly Diagnostic[]): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const d of ds) counts[String(d.code)] = (counts[String(d.code)] ?? 0) + 1;
    return counts;
  };

  it('share smtpLens.diagnostics.maxPerDocument among the rules: those with few show them all, the others the rest equally', () => {
    const ds = createLanguageService({ ...defaultSettings, maxPerDocument: 100 }).diagnostics(doc(rejections, 'mail-log'));
    // 8 + 46 + 46 shown, and one more for each of the two rules cut short.
    assert.deepEqual(countsByRule(ds), { 'enhanced-class-mismatch': 8, 'enhanced-unusual-pairing': 47, 'log-delivery-failure': 47 });
    const more = ds.filter((d) => /more .* not listed/.test(diagnosticMessage(d)));
    assert.deepEqual(
      more.map(diagnosticMessage),
      [
        '746 more enhanced-unusual-pairing diagnostics in this document are not listed: a document shows 100 diagnostics at most, shared among its rules, and this rule shows its first 46 (smtpLens.diagnostics.maxPerDocument).',
        '754 more log-delivery-failure diagnostics in this document are not listed: a document shows 100 diagnostics at most, shared among its rules, and this rule shows its first 46 (smtpLens.diagnostics.maxPerDocument).',
      ],
    );
    // Where the first left out would be: the 47th of each rule (line 46 fails; line 7 has no unusual pairing).
    assert.deepEqual(more.map((d) => d.range.start.line), [47, 46]);
    const everything = createLanguageService().diagnostics(doc(rejections, 'mail-log'));
    assert.deepEqual(countsByRule(everything), { 'enhanced-class-mismatch': 8, 'enhanced-unusual-pairing': 792, 'log-delivery-failure': 800 });
    const shown = ds.filter((d) => !more.includes(d));
    assert.deepEqual(shown, everything.filter((d) => shown.some((s) => s.code === d.code && s.range.start.line === d.range.start.line)), 'the first of each rule, as they are without the limit');
  });

  it('share the document\'s most among what ignore comments leave of each rule', () => {
    // A comment at the end of each of the first 790 lines switches log-delivery-failure off on the next: 10 are left.
    const commented = rejections
      .split('\n')
      .map((line, i) => (i < 790 ? `${line} smtp-lens-disable-next-line log-delivery-failure` : line))
      .join('\n');
    const ds = createLanguageService({ ...defaultSettings, maxPerDocument: 100 }).diagnostics(doc(commented, 'mail-log'));
    assert.deepEqual(countsByRule(ds), { 'enhanced-class-mismatch': 8, 'enhanced-unusual-pairing': 83, 'log-delivery-failure': 10 });
    const off = createLanguageService({ ...defaultSettings, maxPerDocument: 100 }).diagnostics(doc(`${rejections}\nsmtp-lens-disable log-delivery-failure`, 'mail-log'));
    assert.deepEqual(countsByRule(off), { 'enhanced-class-mismatch': 8, 'enhanced-unusual-pairing': 93 }, 'a rule switched off takes no share');
  });

  it('say so where there are more rules with diagnostics than the document shows: a rule may show none', () => {
    const ds = createLanguageService({ ...defaultSettings, maxPerDocument: 2 }).diagnostics(doc(rejections, 'mail-log'));
    // Shares of 0, 1 and 1: the rule with the fewest shows none, and its one diagnostic lies on its first finding.
    const mismatches = ds.filter((d) => d.code === 'enhanced-class-mismatch');
    assert.deepEqual(
      mismatches.map((d) => [d.range.start.line, diagnosticMessage(d)]),
      [[7, '8 enhanced-class-mismatch diagnostics in this document are not listed: a document shows 2 diagnostics at most, shared among its rules, and there are more rules with diagnostics than that (smtpLens.diagnostics.maxPerDocument).']],
    );
    assert.deepEqual(countsByRule(ds), { 'enhanced-class-mismatch': 1, 'enhanced-unusual-pairing': 2, 'log-delivery-failure': 2 });
  });

  it('follow maxPerRule where it is the lower, and show everything where the document has room', () => {
    const perRule = createLanguageService({ ...defaultSettings, maxPerRule: 30, maxPerDocument: 100 }).diagnostics(doc(rejections, 'mail-log'));
    assert.deepEqual(countsByRule(perRule), { 'enhanced-class-mismatch': 8, 'enhanced-unusual-pairing': 31, 'log-delivery-failure': 31 });
    assert.match(diagnosticMessage(perRule.at(-1)!), /^770 more log-delivery-failure diagnostics .* first 30 \(smtpLens.diagnostics.maxPerRule\)/);
    const roomy = createLanguageService({ ...defaultSettings, maxPerDocument: 1600 }).diagnostics(doc(rejections, 'mail-log'));
    assert.equal(roomy.length, 1600);
    assert.ok(!roomy.some((d) => /not listed/.test(diagnosticMessage(d))));
  });

  it('are shared equally, the remainder to the rules with the most, never past the document\'s most', () => {
    const [a, b, c, d] = rules;
    const counts = new Map([[a!, 1000], [b!, 5], [c!, 999], [d!, 30]]);
    assert.deepEqual([...shares(counts, 100)].sort((x, y) => x[1] - y[1]).map(([rule, n]) => [rule.id, n]), [[b!.id, 5], [d!.id, 30], [c!.id, 32], [a!.id, 33]]);
    assert.deepEqual(shares(counts, 10_000), counts, 'room for all');
    const one = shares(counts, 1);
    assert.deepEqual([...one.values()].reduce((x, y) => x + y), 1);
    assert.equal(one.get(a!), 1, 'the one left goes to the rule with the most');
  });

  it('of a run past its rule\'s most are counted once, and again once more of them are shown', () => {
    const rule = rules.find((r) => r.id === 'log-delivery-failure')!;
    const finding = (line: number) => ({ rule, finding: { range: { start: { line, character: 0 }, end: { line, character: 3 } }, message: `line ${line}` } });
    // Ten findings on lines 0 to 9; a comment on line 2 switches off what line 3 found.
    const run = { rule, start: 0, found: Array.from({ length: 10 }, (_, line) => finding(line)), ignores: readIgnores('\n\nsmtp-lens-disable-next-line\n') };
    const diagnostics = new RunDiagnostics(run, {});
    assert.equal(diagnostics.at(0)?.range.start.line, 0);
    const made = diagnostics.read;
    assert.equal(diagnostics.countFrom(1), 8);
    const looked = diagnostics.read;
    assert.ok(looked > made, 'counting looks at the findings: work a pass pauses after');
    assert.equal(diagnostics.countFrom(1), 8);
    assert.equal(diagnostics.read, looked, 'counted once');
    assert.equal(diagnostics.at(3)?.range.start.line, 4);
    assert.equal(diagnostics.countFrom(4), 5);
  });

  it('are written one run of findings at a time, so that a pass in slices can pause after each run it made diagnostics of', () => {
    const rule = rules.find((r) => r.id === 'log-delivery-failure')!;
    const finding = (line: number) => ({ rule, finding: { range: { start: { line, character: 0 }, end: { line, character: 3 } }, message: `line ${line}` } });
    const run = (start: number) => ({ rule, start, found: [0, 1, 2].map(finding), ignores: readIgnores('') });
    const steps = toDiagnostics([run(0), run(10), run(20)], { severities: {}, maxPerRule: 4, maxPerDocument: Infinity, locale: 'en' }, []);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // The third run comes after the rule has shown its most: it is only counted.
    assert.equal(yields, 2);
    assert.deepEqual(step.value.map((d) => d.range.start.line), [0, 1, 2, 10, 11]);
    assert.match(diagnosticMessage(step.value[4]!), /^5 more log-delivery-failure diagnostics .* first 4/);
  });
});
