import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, detectLanguageId } from '../../server/src/service';
import { diagnosticMessage } from '../../server/src/service/features/diagnostics';
import { corpusFiles, readCorpus } from '../support/corpus';
import { applyEdits, doc } from '../support/documents';

const service = createLanguageService();

/** The diagnostics of one rule on a text. */
function found(rule: string, text: string, languageId = 'smtp-transcript'): Diagnostic[] {
  return service.diagnostics(doc(text, languageId)).filter((d) => d.code === rule);
}

/** Where one rule's diagnostics start, as "line:character" (zero-based, as LSP counts). */
function where(rule: string, text: string, languageId = 'smtp-transcript'): string[] {
  return found(rule, text, languageId).map((d) => `${d.range.start.line}:${d.range.start.character}`);
}

/** Applies the only quick fix of the rule's first diagnostic; checks it is the rule's and returns the fixed text. */
function applyFix(rule: string, text: string, languageId = 'smtp-transcript'): { fixed: string; title: string } {
  const document = doc(text, languageId);
  const [diagnostic] = service.diagnostics(document).filter((d) => d.code === rule);
  assert.ok(diagnostic, `${rule} should fire`);
  const actions = service.codeActions(document, [diagnostic]);
  assert.equal(actions.length, 1);
  const edits = actions[0]!.edit!.changes![document.uri]!;
  return { fixed: applyEdits(text, edits), title: actions[0]!.title };
}

const lines = (...l: string[]): string => l.map((x) => `${x}\n`).join('');

/** A swaks dialogue up to the envelope, with an ESMTP server that advertises ENHANCEDSTATUSCODES. */
const swaksHello = [
  '=== Connected to 127.0.0.1.',
  '<-  220 mx.example.test ESMTP Postfix',
  ' -> EHLO client.example.test',
  '<-  250-mx.example.test',
  '<-  250-PIPELINING',
  '<-  250-ENHANCEDSTATUSCODES',
  '<-  250 CHUNKING',
];

describe('the syntax rules are registered with their severities', () => {
});

describe('reply-code-syntax', () => {
  it('flags a 1yz code, a first digit outside 2–5 and a second digit outside 0–5, in swaks and C:/S:', () => {
    const text = lines(' -> EHLO c', '<-  150 Opening', 'S: 650 Rejected', 'S: 260 Ok', 'S: 250 Ok', 'S: 559 Odd but well-formed');
    const diagnostics = found('reply-code-syntax', text);
    assert.deepEqual(diagnostics.map((d) => d.range), [
      { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } },
      { start: { line: 2, character: 3 }, end: { line: 2, character: 6 } },
      { start: { line: 3, character: 3 }, end: { line: 3, character: 6 } },
    ]);
    assert.ok(diagnostics.every((d) => d.severity === DiagnosticSeverity.Error));
    assert.match(diagnosticMessage(diagnostics[0]!), /1yz.*RFC 5321 §4\.2\.1/);
    assert.match(diagnosticMessage(diagnostics[1]!), /starts with 6/);
    assert.match(diagnosticMessage(diagnostics[2]!), /second digit of reply code 260 is 6/);
  });

  it('reads smtplib replies, log fields and DSN Diagnostic-Code fields', () => {
    assert.deepEqual(where('reply-code-syntax', lines("reply: b'190 what\\r\\n'", "send: 'QUIT\\r\\n'")), ['0:9']);
    const log =
      'Nov 28 10:44:30 mail postfix/smtp[8001]: 4A1B2C3D4E: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, ' +
      'dsn=5.0.0, status=bounced (host mx.example.com[192.0.2.1] said: 680 go away (in reply to RCPT TO command))\n';
    assert.equal(found('reply-code-syntax', log, 'mail-log').length, 1);
    const dsn = lines('Content-Type: message/delivery-status', '', 'Final-Recipient: rfc822; bob@example.com', 'Action: failed', 'Status: 5.0.0', 'Diagnostic-Code: smtp; 470 nope');
    assert.deepEqual(where('reply-code-syntax', dsn, 'eml'), ['5:23']);
  });

  it('says it in Korean', () => {
    const ko = createLanguageService({ ...service.settings(), locale: 'ko' });
    const [d] = ko.diagnostics(doc('S: 150 x\n', 'smtp-transcript')).filter((x) => x.code === 'reply-code-syntax');
    assert.match(diagnosticMessage(d!), /1yz/);
    assert.match(diagnosticMessage(d!), /응답 코드/);
  });

  it('never sees numbers of other than three digits: the readers do not take them as replies', () => {
    const model = service.analyze(doc(lines('S: 2500 Ok', 'S: 25 Ok'), 'smtp-transcript'));
    assert.deepEqual(model?.mentions, []);
    assert.deepEqual(found('reply-code-syntax', lines('S: 2500 Ok', 'S: 25 Ok')), []);
  });
});

describe('multiline-code-mismatch', () => {
  const text = lines(...swaksHello.slice(0, 4), '<-  250-PIPELINING', '<-  251 HELP', ' -> QUIT', '<-  221 2.0.0 Bye');

  it('flags the line whose code differs from the first line of the reply', () => {
    const [d] = found('multiline-code-mismatch', text);
    assert.deepEqual(d?.range, { start: { line: 5, character: 4 }, end: { line: 5, character: 7 } });
    assert.match(diagnosticMessage(d), /251.*began with 250 on line 4.*RFC 5321 §4\.2\.1/);
  });

  it('works in C:/S: and smtplib transcripts too', () => {
    assert.deepEqual(where('multiline-code-mismatch', lines('C: EHLO c', 'S: 250-mx', 'S: 250-SIZE 1000', 'S: 550 HELP')), ['3:3']);
    const smtplib = lines("send: 'ehlo c\\r\\n'", "reply: b'250-mx\\r\\n'", "reply: b'251 HELP\\r\\n'");
    assert.deepEqual(where('multiline-code-mismatch', smtplib), ['2:9']);
  });

  it('its quick fix gives the line the first code, and nothing else changes', () => {
    const { fixed, title } = applyFix('multiline-code-mismatch', text);
    assert.equal(title, 'Change 251 to 250');
    assert.equal(fixed, text.replace('<-  251 HELP', '<-  250 HELP'));
    assert.deepEqual(found('multiline-code-mismatch', fixed), []);
  });

  it("stays silent on Exim's 503 whose continuation text starts with another 503", () => {
    const exim = lines(
      "send: 'data\\r\\n'",
      "reply: b'503-All RCPT commands were rejected with this error:\\r\\n'",
      "reply: b'503-503 sender not yet given\\r\\n'",
      "reply: b'503 Valid RCPT command must precede DATA\\r\\n'",
    );
    assert.deepEqual(found('multiline-code-mismatch', exim), []);
  });
});

describe('multiline-unterminated', () => {
  it('flags a reply cut off at the end of the transcript, on its last "NNN-"', () => {
    const text = lines(...swaksHello.slice(0, 5));
    const [d] = found('multiline-unterminated', text);
    assert.deepEqual(d?.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 8 } });
    assert.equal(d?.severity, DiagnosticSeverity.Warning);
  });

  it('flags a reply the client interrupted (smtplib, C:/S:)', () => {
    const smtplib = lines("send: 'ehlo c\\r\\n'", "reply: b'250-mx\\r\\n'", "reply: b'250-SIZE 1000\\r\\n'", "send: 'quit\\r\\n'", "reply: b'221 Bye\\r\\n'");
    assert.deepEqual(where('multiline-unterminated', smtplib), ['2:9']);
    assert.deepEqual(where('multiline-unterminated', lines('C: EHLO c', 'S: 250-mx', 'C: QUIT', 'S: 221 Bye')), ['1:3']);
  });

  it('its quick fix turns the last "NNN-" into "NNN " and the reply is closed', () => {
    const text = lines('C: EHLO c', 'S: 250-mx', 'S: 250-SIZE 1000', 'C: QUIT', 'S: 221 Bye');
    const { fixed, title } = applyFix('multiline-unterminated', text);
    assert.equal(title, 'Close the reply: turn "250-" into "250 "');
    assert.equal(fixed, text.replace('S: 250-SIZE', 'S: 250 SIZE'));
    assert.deepEqual(found('multiline-unterminated', fixed), []);
  });

  it("stays silent on tshark's SMTP decode, which shows only the first line of a multi-line reply", () => {
    const path = corpusFiles('pcap').find((p) => p.endsWith('.smtp-decode.txt'))!;
    const model = service.analyze(doc(readCorpus(path), detectLanguageId))!;
    assert.ok(model.sessions.some((s) => s.exchanges.some((e) => e.reply && !e.reply.complete)));
    assert.deepEqual(found('multiline-unterminated', readCorpus(path), detectLanguageId), []);
  });
});

describe('multiline-extra-line', () => {
  const text = lines(...swaksHello, ' -> MAIL FROM:<a@example.test>', '<-  250 2.1.0 Ok', '<-  250 2.1.0 and more', ' -> RCPT TO:<b@example.test>', '<-  250 2.1.5 Ok');

  it('flags a line of the same code after a complete reply, with no command waiting', () => {
    const [d] = found('multiline-extra-line', text);
    assert.deepEqual(d?.range, { start: { line: 9, character: 4 }, end: { line: 9, character: 7 } });
    assert.match(diagnosticMessage(d), /250 reply on line 9/);
    assert.deepEqual(where('multiline-extra-line', lines('C: NOOP', 'S: 250 Ok', 'S: 250 Ok again', 'C: QUIT', 'S: 221 Bye')), ['2:3']);
  });

  it('its quick fix joins the line to the reply above, and the replies pair up again', () => {
    const { fixed } = applyFix('multiline-extra-line', text);
    assert.equal(fixed, text.replace('<-  250 2.1.0 Ok', '<-  250-2.1.0 Ok'));
    assert.deepEqual(found('multiline-extra-line', fixed), []);
    const bare = lines('C: NOOP', 'S: 250', 'S: 250 Ok again');
    assert.equal(applyFix('multiline-extra-line', bare).fixed, bare.replace('S: 250\n', 'S: 250-\n'));
  });

  it('stays silent on pipelined replies, on server-only transcripts and on a different code', () => {
    const pipelined = lines('--> MAIL FROM:<a@example.test>', '--> RCPT TO:<b@example.test>', '--> RCPT TO:<c@example.test>', '<-- 250 2.1.0 Ok', '<-- 250 2.1.5 Ok', '<-- 250 2.1.5 Ok');
    assert.deepEqual(found('multiline-extra-line', pipelined), []);
    const serverOnly = lines('220 mx ESMTP', '250-mx', '250 PIPELINING', '250 2.1.0 Ok', '250 2.1.5 Ok', '221 2.0.0 Bye');
    assert.deepEqual(found('multiline-extra-line', serverOnly), []);
    assert.deepEqual(found('multiline-extra-line', lines('C: MAIL FROM:<a@b.test>', 'S: 250 Ok', 'S: 421 Timeout')), []);
  });

  it('leaves a same-code reply that is not on the next line to unsolicited-reply, so only one of them speaks', () => {
    const apart = lines('< 2026/11/28 10:46:54.000724475  length=8 from=0 to=7', '250 Ok\\r', '< 2026/11/28 10:46:54.000724475  length=8 from=8 to=15', '250 Ok\\r');
    const withCommand = lines('> 2026/11/28 10:46:54.000724247  length=6 from=0 to=5', 'NOOP\\r', apart.trimEnd());
    const codes = service.diagnostics(doc(withCommand, 'smtp-transcript')).map((d) => `${d.range.start.line}:${String(d.code)}`);
    assert.ok(!codes.some((c) => c.endsWith('multiline-extra-line')), codes.join(' '));
    const adjacent = service.diagnostics(doc(lines('C: NOOP', 'S: 250 Ok', 'S: 250 Ok again'), 'smtp-transcript')).map((d) => String(d.code));
    assert.ok(adjacent.includes('multiline-extra-line'));
    assert.ok(!adjacent.includes('unsolicited-reply'));
  });
});

describe('enhanced-syntax', () => {
  it('flags a class other than 2, 4, 5 and leading zeros on reply lines', () => {
    const text = lines('C: RCPT TO:<a@b.test>', 'S: 550 3.1.1 no', 'C: RCPT TO:<c@b.test>', 'S: 550 5.01.1 no', 'C: RCPT TO:<d@b.test>', 'S: 550 5.1.1 fine');
    const diagnostics = found('enhanced-syntax', text);
    assert.deepEqual(diagnostics.map((d) => d.range), [
      { start: { line: 1, character: 7 }, end: { line: 1, character: 12 } },
      { start: { line: 3, character: 7 }, end: { line: 3, character: 13 } },
    ]);
    assert.match(diagnosticMessage(diagnostics[0]!), /class 3/);
    assert.match(diagnosticMessage(diagnostics[1]!), /leading zero.*5\.1\.1/);
  });

  it('flags DSN Status fields and log dsn= fields', () => {
    const dsn = lines('Content-Type: message/delivery-status', '', 'Final-Recipient: rfc822; bob@example.com', 'Action: failed', 'Status: 5.01.001');
    assert.deepEqual(where('enhanced-syntax', dsn, 'eml'), ['4:8']);
    const log = 'Nov 28 10:44:30 mail postfix/smtp[8001]: 4A1B2C3D4E: to=<bob@example.com>, relay=none, dsn=4.04.1, status=deferred (connect timed out)\n';
    assert.equal(found('enhanced-syntax', log, 'mail-log').length, 1);
  });

  it('its quick fix removes the leading zeros, and only those bytes change', () => {
    const text = lines('Content-Type: message/delivery-status', '', 'Final-Recipient: rfc822; bob@example.com', 'Action: failed', 'Status: 5.01.001');
    const { fixed, title } = applyFix('enhanced-syntax', text, 'eml');
    assert.equal(title, 'Write 5.01.001 as 5.1.1');
    assert.equal(fixed, text.replace('5.01.001', '5.1.1'));
    assert.deepEqual(found('enhanced-syntax', fixed, 'eml'), []);
  });
});

describe('enhanced-not-allowed', () => {
  it('flags an enhanced code on the greeting, the EHLO reply and 3xx replies', () => {
    const text = lines(
      '<-  220 2.0.0 mx.example.test ESMTP',
      ' -> EHLO client.example.test',
      '<-  250-2.0.0 mx.example.test',
      '<-  250 ENHANCEDSTATUSCODES',
      ' -> MAIL FROM:<a@example.test>',
      '<-  250 2.1.0 Ok',
      ' -> RCPT TO:<b@example.test>',
      '<-  250 2.1.5 Ok',
      ' -> DATA',
      '<-  354 2.0.0 Go ahead',
    );
    const diagnostics = found('enhanced-not-allowed', text);
    assert.deepEqual(where('enhanced-not-allowed', text), ['0:8', '2:8', '9:8']);
    assert.match(diagnosticMessage(diagnostics[0]!), /greeting/);
    assert.match(diagnosticMessage(diagnostics[1]!), /reply to EHLO/);
    assert.match(diagnosticMessage(diagnostics[2]!), /3xx/);
    assert.deepEqual(where('enhanced-not-allowed', lines('C: AUTH LOGIN', 'S: 334 2.7.0 VXNlcm5hbWU6')), ['1:7']);
  });

  it("stays silent on Postfix's 220 to STARTTLS, on errors answering HELO, and on 221", () => {
    const text = lines(
      '<-  220 mx.example.test ESMTP Postfix',
      ' -> HELO badhelo',
      '<** 504 5.5.2 <badhelo>: Helo command rejected: need fully-qualified hostname',
      ' -> EHLO client.example.test',
      '<-  250-mx.example.test',
      '<-  250 STARTTLS',
      ' -> STARTTLS',
      '<-  220 2.0.0 Ready to start TLS',
      ' ~> QUIT',
      '<~  221 2.0.0 Bye',
    );
    assert.deepEqual(found('enhanced-not-allowed', text), []);
  });
});

describe('enhanced-missing', () => {
  // OpenSMTPD advertises ENHANCEDSTATUSCODES and answers a relay attempt with "550 Invalid recipient" (its log in the
  // corpus quotes that reply).
  const openSmtpd = lines(
    '<-  220 mx.opensmtpd.test ESMTP OpenSMTPD',
    ' -> EHLO client.example.test',
    '<-  250-mx.opensmtpd.test Hello client.example.test [127.0.0.1], pleased to meet you',
    '<-  250-8BITMIME',
    '<-  250-ENHANCEDSTATUSCODES',
    '<-  250 HELP',
    ' -> MAIL FROM:<bob@example.test>',
    '<-  250 2.0.0 Ok',
    ' -> RCPT TO:<someone@elsewhere.test>',
    '<** 550 Invalid recipient: <someone@elsewhere.test>',
    ' -> QUIT',
    '<-  221 2.0.0 Bye',
  );

  it('hints at a reply without an enhanced code from a server that advertised ENHANCEDSTATUSCODES', () => {
    const [d, ...rest] = found('enhanced-missing', openSmtpd);
    assert.deepEqual(rest, []);
    assert.deepEqual(d?.range, { start: { line: 9, character: 4 }, end: { line: 9, character: 7 } });
    assert.equal(d?.severity, DiagnosticSeverity.Hint);
    assert.match(diagnosticMessage(d), /advertised ENHANCEDSTATUSCODES on line 5/);
  });

  it('checks every line of a multi-line reply, in smtplib too', () => {
    const smtplib = lines(
      "send: 'ehlo c\\r\\n'",
      "reply: b'250-mx\\r\\n'",
      "reply: b'250 ENHANCEDSTATUSCODES\\r\\n'",
      "send: 'mail FROM:<a@b.test>\\r\\n'",
      "reply: b'550-5.7.1 Blocked\\r\\n'",
      "reply: b'550 see the policy page\\r\\n'",
    );
    assert.deepEqual(where('enhanced-missing', smtplib), ['5:9']);
  });

  it('stays silent when the server did not advertise it (Exim by default), and on the greeting, EHLO and 3xx', () => {
    assert.deepEqual(found('enhanced-missing', openSmtpd.replace('<-  250-ENHANCEDSTATUSCODES\n', '')), []);
    const text = lines(...swaksHello, ' -> DATA', '<-  354 End data with <CR><LF>.<CR><LF>', ' -> .', '<-  250 2.0.0 Ok');
    assert.deepEqual(found('enhanced-missing', text), []);
    const refused = lines('S: 554 mx.example.test Access denied', 'C: EHLO c', 'S: 250-mx.example.test', 'S: 250 ENHANCEDSTATUSCODES', 'C: QUIT', 'S: 221 2.0.0 Bye');
    assert.deepEqual(found('enhanced-missing', refused), []);
  });
});

describe('enhanced-unusual-pairing', () => {
  it('hints when the registry lists other basic codes for the detail', () => {
    const [d, ...rest] = found('enhanced-unusual-pairing', lines('C: RCPT TO:<a@b.test>', 'S: 554 5.2.2 Mailbox full'));
    assert.deepEqual(rest, []);
    assert.deepEqual(d?.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 12 } });
    assert.equal(d?.severity, DiagnosticSeverity.Hint);
    assert.match(diagnosticMessage(d), /lists 552 .* 5\.2\.2, not 554/);
  });

  it('stays silent on usual pairs, on "Any"/"Not given" entries, on class mismatches and on malformed codes', () => {
    const text = lines('S: 550 5.1.1 no', 'S: 451 4.1.1 later', 'S: 421 4.0.0 Any', 'S: 553 5.1.0 Not given', 'S: 550 4.2.2 mismatch', 'S: 570 5.2.2 odd');
    assert.deepEqual(found('enhanced-unusual-pairing', text), []);
  });

  it('reads logs and DSNs too', () => {
    const dsn = lines('Content-Type: message/delivery-status', '', 'Final-Recipient: rfc822; bob@example.com', 'Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 550 5.2.2 Mailbox Full');
    assert.deepEqual(where('enhanced-unusual-pairing', dsn, 'eml'), ['5:23']);
  });
});

describe('limits (RFC 5321 §4.5.3.1)', () => {
  it('command-line-too-long: over 512 octets with CRLF, AUTH responses and extension parameters allowed for', () => {
    const at = (n: number): string => lines(`C: NOOP ${'x'.repeat(n - 7)}`, 'S: 250 2.0.0 Ok');
    assert.deepEqual(found('command-line-too-long', at(512)), []);
    const [d] = found('command-line-too-long', at(513));
    assert.deepEqual(d?.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 3 + 511 } });
    assert.match(diagnosticMessage(d), /513 octets.*512/);
    const auth = lines(`MAIL FROM:<a@b.test> AUTH=${'x'.repeat(600)}`);
    assert.deepEqual(found('command-line-too-long', lines(` -> ${auth.trimEnd()}`, '<-  250 2.1.0 Ok')), []);
    const sasl = lines(' -> AUTH LOGIN', '<-  334 VXNlcm5hbWU6', ` -> ${'QUJD'.repeat(200)}`, '<-  235 2.7.0 Ok');
    assert.deepEqual(found('command-line-too-long', sasl), []);
  });

  it('reply-line-too-long: over 512 octets from the code to the CRLF, without the tool\'s quoting; 334 is exempt', () => {
    assert.deepEqual(found('reply-line-too-long', lines('C: NOOP', `S: 550 ${'x'.repeat(506)}`)), []);
    assert.deepEqual(where('reply-line-too-long', lines('C: NOOP', `S: 550 ${'x'.repeat(507)}`)), ['1:3']);
    const smtplib = (n: number): string => lines("send: 'noop\\r\\n'", `reply: b'550 ${'x'.repeat(n)}\\r\\n'`);
    assert.deepEqual(found('reply-line-too-long', smtplib(506)), []);
    assert.equal(found('reply-line-too-long', smtplib(507)).length, 1);
    assert.deepEqual(found('reply-line-too-long', lines('C: AUTH GSSAPI', `S: 334 ${'Q'.repeat(900)}`)), []);
  });

  it('text-line-too-long: a DATA line over 1000 octets with CRLF, a stuffed dot not counted', () => {
    const data = (...content: string[]): string =>
      lines(' -> DATA', '<-  354 End data with <CR><LF>.<CR><LF>', ...content.map((c) => ` -> ${c}`), ' -> .', '<-  250 2.0.0 Ok');
    assert.deepEqual(found('text-line-too-long', data('Subject: x', '', 'y'.repeat(998), `..${'y'.repeat(997)}`)), []);
    const [d] = found('text-line-too-long', data('Subject: x', '', 'y'.repeat(999)));
    assert.deepEqual(d?.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 4 + 999 } });
    assert.match(diagnosticMessage(d), /1001 octets/);
  });

  it('text-line-too-long: measures each line of smtplib\'s one-line dump of the content', () => {
    const text = lines(
      "send: 'data\\r\\n'",
      "reply: b'354 End data with <CR><LF>.<CR><LF>\\r\\n'",
      "reply: retcode (354); Msg: b'End data with <CR><LF>.<CR><LF>'",
      "data: (354, b'End data with <CR><LF>.<CR><LF>')",
      `send: b'Subject: x\\r\\n\\r\\n${'y'.repeat(1200)}\\r\\nshort\\r\\n.\\r\\n'`,
      "reply: b'250 2.0.0 Ok\\r\\n'",
    );
    const [d, ...rest] = found('text-line-too-long', text);
    assert.deepEqual(rest, []);
    const start = 'send: b\'Subject: x\\r\\n\\r\\n'.length;
    assert.deepEqual(d?.range, { start: { line: 4, character: start }, end: { line: 4, character: start + 1200 } });
  });

  it('local-part-too-long and domain-too-long: the parts of MAIL FROM and RCPT TO addresses', () => {
    const domain = (n: number): string => `${'a'.repeat(63)}.`.repeat(5).slice(0, n - 4) + '.com';
    const text = lines(
      `C: MAIL FROM:<${'l'.repeat(64)}@example.test>`,
      'S: 250 2.1.0 Ok',
      `C: RCPT TO:<${'l'.repeat(65)}@example.test> NOTIFY=NEVER`,
      'S: 250 2.1.5 Ok',
      `C: RCPT TO:<bob@${domain(255)}>`,
      'S: 250 2.1.5 Ok',
      `C: RCPT TO:<@relay.test:bob@${domain(256)}>`,
      'S: 250 2.1.5 Ok',
    );
    assert.equal(domain(256).length, 256);
    const local = found('local-part-too-long', text);
    assert.deepEqual(local.map((d) => d.range), [{ start: { line: 2, character: 12 }, end: { line: 2, character: 12 + 65 } }]);
    assert.match(diagnosticMessage(local[0]!), /65 octets/);
    const long = found('domain-too-long', text);
    const at = `C: RCPT TO:<@relay.test:bob@`.length;
    assert.deepEqual(long.map((d) => d.range), [{ start: { line: 6, character: at }, end: { line: 6, character: at + 256 } }]);
    assert.deepEqual(found('local-part-too-long', lines('C: MAIL FROM:<>', 'C: RCPT TO:<postmaster>')), []);
  });

  it('counts octets, not characters: a UTF-8 local part of 40 characters can be over 64', () => {
    assert.equal(found('local-part-too-long', lines(`C: RCPT TO:<${'é'.repeat(40)}@example.test>`)).length, 1);
    assert.equal(found('local-part-too-long', lines(`C: RCPT TO:<${'e'.repeat(40)}@example.test>`)).length, 0);
  });

  it('too-many-recipients: more than 100 accepted in one transaction and no 452', () => {
    const transaction = (replies: readonly string[]): string =>
      lines(
        'C: MAIL FROM:<list@example.test>',
        'S: 250 2.1.0 Ok',
        ...replies.flatMap((reply, i) => [`C: RCPT TO:<r${i}@example.test>`, `S: ${reply}`]),
        'C: DATA',
        'S: 354 go',
        'C: .',
        'S: 250 2.0.0 Ok',
      );
    const ok = '250 2.1.5 Ok';
    assert.deepEqual(found('too-many-recipients', transaction(Array<string>(100).fill(ok))), []);
    const [d, ...rest] = found('too-many-recipients', transaction(Array<string>(120).fill(ok)));
    assert.deepEqual(rest, []);
    assert.equal(d?.range.start.line, 2 + 100 * 2);
    assert.match(diagnosticMessage(d), /120 accepted recipients/);
    const limited = [...Array<string>(100).fill(ok), '452 4.5.3 Too many recipients', ...Array<string>(5).fill(ok)];
    assert.deepEqual(found('too-many-recipients', transaction(limited)), []);
    const someRejected = [...Array<string>(100).fill(ok), ...Array<string>(5).fill('550 5.1.1 No such user')];
    assert.deepEqual(found('too-many-recipients', transaction(someRejected)), []);
  });
});

/** Every real file's diagnostics, computed once. */
const corpus = (['transcripts', 'logs', 'eml', 'bounces', 'pcap'] as const).flatMap((folder) =>
  corpusFiles(folder).map((path) => ({ folder, path, diagnostics: service.diagnostics(doc(readCorpus(path), detectLanguageId)) })),
);

describe('the syntax rules on the real corpus', () => {
  const silent = [
    'reply-code-syntax',
    'multiline-code-mismatch',
    'multiline-unterminated',
    'multiline-extra-line',
    'enhanced-syntax',
    'enhanced-not-allowed',
    'enhanced-missing',
    'command-line-too-long',
    'reply-line-too-long',
    'text-line-too-long',
    'local-part-too-long',
    'domain-too-long',
    'too-many-recipients',
  ];
  for (const rule of silent) {
    it(`${rule} stays silent on every real file: no real file has the condition`, () => {
      const noisy = corpus.flatMap(({ path, diagnostics }) =>
        diagnostics.filter((d) => d.code === rule).map((d) => `${basename(path)}:${d.range.start.line + 1} ${diagnosticMessage(d)}`),
      );
      assert.deepEqual(noisy, []);
    });
  }

  it('enhanced-unusual-pairing fires on exactly these real transcript replies, all pairs the registry does not list', () => {
    const fired = corpus
      .filter((f) => f.folder === 'transcripts')
      .flatMap(({ path, diagnostics }) =>
        diagnostics.filter((d) => d.code === 'enhanced-unusual-pairing').map((d) => `${basename(path)}:${d.range.start.line + 1}`),
      );
    assert.deepEqual(fired, [
      'nc_postfix_01_server_side_only.txt:16', // 554 5.7.1 (X.7.1: 451, 454, 502, 503, 533, 550, 551)
      'socat_postfix_05_strict_too_many_errors.txt:28', // 421 4.7.0
      'swaks_aiosmtpd_03_too_many_rcpts.txt:20', // 452 4.5.3 (the registry gives 451, RFC 5321 §4.5.3.1.10 says 452)
      'swaks_exim_10_data_rejected_554.txt:33', // 554 5.7.1
      'swaks_postfix_10_submission_tls_noauth.txt:36', // 554 5.7.1
      'swaks_postfix_15_mailbox_full_452_partial.txt:20', // 452 4.2.2 (X.2.2: 552)
      'swaks_postfix_18_spamtrap_554.txt:20', // 554 5.7.1
      'swaks_postfix_19_helo_rejected.txt:20', // 554 5.7.1
      'swaks_postfix_21_non_fqdn_helo_504.txt:18', // 504 5.5.2 (X.5.2: 500, 501, 502, 550, 555)
      'swaks_postfix_23_non_fqdn_sender_504.txt:18', // 504 5.5.2
    ]);
  });

  it('enhanced-unusual-pairing is a hint on logs and bounces too, never on a pair the registry lists', () => {
    const messages = corpus.flatMap(({ diagnostics }) => diagnostics.filter((d) => d.code === 'enhanced-unusual-pairing').map(diagnosticMessage));
    assert.ok(messages.length > 0);
    for (const text of messages) {
      const [, listed, code, reply] = /lists (.+) as the basic codes that go with (\S+), not (\d{3})/.exec(text)!;
      assert.ok(!listed!.split(', ').includes(reply!), text);
      assert.equal(code![0], reply![0]);
    }
  });

  it('no syntax rule reports an error on a real file', () => {
    const ours = new Set(['reply-code-syntax', 'multiline-code-mismatch', 'enhanced-syntax']);
    const errors = corpus.flatMap(({ path, diagnostics }) =>
      diagnostics.filter((d) => ours.has(String(d.code)) && d.severity === DiagnosticSeverity.Error).map(() => basename(path)),
    );
    assert.deepEqual(errors, []);
  });
});
