import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readDocument, sniffDocument } from '../../server/src/service/read';
import { codeToken } from '../../server/src/service/read/reply-syntax';
import { decodeLines } from '../../server/src/service/read/decode';
import type { DocumentKind, DocumentModel } from '../../server/src/service/model';
import { corpusFiles, corpusRoot, readCorpus } from '../support/corpus';

function codesOf(model: DocumentModel): Set<string> {
  return new Set(model.mentions.flatMap((m) => [m.reply?.code, m.enhanced?.code].filter((c): c is string => !!c)));
}

/** The transcript rows of EXPECTED.md: file → the reply and enhanced codes its server side holds. */
function expectedTranscriptCodes(): Map<string, string[]> {
  const text = readFileSync(join(corpusRoot, 'EXPECTED.md'), 'utf8');
  const section = text.slice(text.indexOf('## transcripts/'), text.indexOf('\n## ', text.indexOf('## transcripts/') + 1));
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!cells[1]?.endsWith('.txt')) continue;
    const codes = `${cells[2]} ${cells[3]}`.split(/\s+/).filter((c) => /^\d{3}$|^\d\.\d+\.\d+$/.test(c));
    rows.set(cells[1], codes);
  }
  return rows;
}

const folders: readonly [Parameters<typeof corpusFiles>[0], DocumentKind][] = [
  ['transcripts', 'transcript'],
  ['logs', 'log'],
  ['eml', 'message'],
  ['bounces', 'message'],
  ['pcap', 'transcript'],
];

describe('every corpus file reads as its kind', () => {
  for (const [folder, kind] of folders) {
    it(`${folder}/ reads as ${kind}`, () => {
      const wrong: string[] = [];
      for (const path of corpusFiles(folder)) {
        const model = readDocument(readCorpus(path));
        if (model.kind !== kind) wrong.push(`${basename(path)}: ${model.kind} (${model.format})`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('transcripts: the codes EXPECTED.md lists are found', () => {
  const expected = expectedTranscriptCodes();
  it('EXPECTED.md lists the transcripts', () => assert.ok(expected.size >= 70, `only ${expected.size} rows`));
  for (const [file, codes] of expected) {
    it(file, () => {
      const found = codesOf(readDocument(readCorpus(join(corpusRoot, 'transcripts', file))));
      assert.deepEqual(codes.filter((c) => !found.has(c)), [], `missing in ${file}`);
    });
  }
});

describe('formats are named', () => {
  const cases: readonly [string, string][] = [
    ['transcripts/swaks_postfix_02_unknown_user.txt', 'swaks'],
    ['transcripts/curl_postfix_02_rcpt_fail.txt', 'curl'],
    ['transcripts/smtplib_exim_protocol_errors_lvl1.txt', 'smtplib'],
    ['transcripts/socat_postfix_01_protocol_errors.txt', 'socat'],
    ['transcripts/exim_v_01_delivery_to_postfix.txt', 'exim-v'],
    ['transcripts/exim_bh_01_host_checking.txt', 'exim-bh'],
    ['transcripts/posttls-finger_postfix_25.txt', 'posttls-finger'],
    ['transcripts/nc_postfix_01_server_side_only.txt', 'bare'],
    ['transcripts/nodemailer_postfix_01_delivered.txt', 'nodemailer'],
    ['transcripts/phpmailer_postfix_01_delivered.txt', 'phpmailer'],
    ['transcripts/msmtp_postfix_02_unknown_user.txt', 'msmtp'],
    ['transcripts/openssl_postfix_01_starttls_mixed_rcpts.txt', 'openssl'],
    ['logs/postfix_maillog_file.log', 'postfix'],
    ['logs/postfix_journalctl_json.log', 'postfix-journal-json'],
    ['logs/exim_mainlog.log', 'exim'],
    ['logs/sendmail_syslog_traditional.log', 'sendmail'],
    ['logs/opensmtpd_syslog_traditional.log', 'opensmtpd'],
    ['logs/aiosmtpd_debug.log', 'aiosmtpd'],
    ['eml/postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml', 'dsn'],
    ['eml/postfix_mbox_alice_03_postfix-smtp-server-errors-from-localhost-127-0-0-1.eml', 'postfix-notice'],
    ['eml/postfix_mbox_alice_01_corpus-test-01-delivered.eml', 'rfc5322'],
  ];
  for (const [file, format] of cases) {
    it(`${file} → ${format}`, () => assert.equal(readDocument(readCorpus(join(corpusRoot, file))).format, format));
  }
});

describe('logs and messages: codes found by their context', () => {
  it('Postfix: NOQUEUE reject, said:, dsn= and status=(…)', () => {
    const model = readDocument(readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')));
    const codes = codesOf(model);
    for (const code of ['550', '5.1.1', '554', '5.7.1', '451', '4.7.1', '2.0.0', '4.4.1', '250']) assert.ok(codes.has(code), code);
  });
  it('Exim: rejected RCPT and SMTP error from remote mail server', () => {
    const codes = codesOf(readDocument(readCorpus(join(corpusRoot, 'logs', 'exim_mainlog.log'))));
    for (const code of ['550', '5.1.1', '451', '4.7.1', '250']) assert.ok(codes.has(code), code);
  });
  it('Sendmail reply= and dsn=, OpenSMTPD stat="…"', () => {
    const sendmail = codesOf(readDocument(readCorpus(join(corpusRoot, 'logs', 'sendmail_syslog_traditional.log'))));
    for (const code of ['550', '5.1.1', '5.1.2', '4.4.1', '2.0.0']) assert.ok(sendmail.has(code), code);
    const opensmtpd = codesOf(readDocument(readCorpus(join(corpusRoot, 'logs', 'opensmtpd_syslog_traditional.log'))));
    for (const code of ['550', '5.1.1', '250']) assert.ok(opensmtpd.has(code), code);
  });
  it('DSN: Status and Diagnostic-Code, and the reply quoted in the text', () => {
    const model = readDocument(readCorpus(join(corpusRoot, 'eml', 'exim_maildir_dave_04_mail-delivery-failed-returning-message-to-sender.eml')));
    const codes = codesOf(model);
    for (const code of ['5.0.0', '550', '5.1.1']) assert.ok(codes.has(code), code);
    assert.ok(model.mentions.some((m) => m.context === 'dsn' && m.enhanced?.code === '5.0.0'));
  });
  it("a line is read with the fields of the software its tag names; a line of unknown software with every software's", () => {
    // A remote's reply that Postfix quotes holds "reply=554 5.7.1": a Sendmail field in words, not in a Sendmail line.
    const quoted = 'host mx.remote.test[192.0.2.1] said: 550 Rejected, reply=554 5.7.1 spam (in reply to end of DATA command)';
    const postfix = `Nov 28 10:44:28 mail postfix/smtp[8001]: 4C1B2164270: to=<x@remote.test>, relay=mx.remote.test[192.0.2.1]:25, delay=1, dsn=5.0.0, status=bounced (${quoted})`;
    const sendmail = 'Nov 28 11:33:15 vm sm-mta[31854]: 6ASBXFpN031852: to=<x@remote.test>, delay=00:00:01, mailer=esmtp, pri=30244, relay=mx.remote.test. [192.0.2.1], dsn=5.7.1, stat=Service unavailable, reply=554 5.7.1 spam';
    const other = 'Nov 28 10:44:29 mail relay-filter[77]: 4C1B2164270: forwarded, reply=554 5.7.1 spam';
    const model = readDocument([postfix, sendmail, other].join('\n'), 'log');
    const codes = (line: number): string[] =>
      model.mentions.filter((m) => m.line === line).map((m) => [m.reply?.code, m.enhanced?.code].filter((c) => c !== undefined).join(' '));
    assert.deepEqual(codes(0), ['5.0.0', '550'], 'Postfix: dsn= and said:, not the words of the reply');
    assert.deepEqual(codes(1), ['5.7.1', '554 5.7.1'], 'Sendmail: dsn= and reply=');
    assert.deepEqual(codes(2), ['554 5.7.1'], 'a program of its own: every pattern');
    assert.deepEqual(
      model.logEntries.map((e) => [e.id, e.outcome, e.recipients]),
      [
        ['4C1B2164270', 'bounced', ['x@remote.test']],
        ['6ASBXFpN031852', 'bounced', ['x@remote.test']],
      ],
    );
  });
  it("a line's software decides its outcome and queue ID too; a timestamp alone does not make a line Exim's", () => {
    const lines = [
      // Postfix header_checks: the "->" of a rewritten header is not an Exim delivery to "B".
      'Nov 28 10:44:28 mail postfix/cleanup[7966]: D7916164267: warning: header Subject: A -> B from localhost[127.0.0.1]; from=<a@b.test> to=<c@d.test> proto=ESMTP helo=<x>',
      // Exim logging to syslog: its message ID follows the tag.
      'Nov 28 10:44:29 mail exim[123]: 1abcDE-000123-AB <= a@b.test H=(x) [192.0.2.1] P=esmtp S=400',
      'Nov 28 10:44:30 mail exim[124]: 1abcDE-000123-AB ** c@d.test R=dnslookup T=remote_smtp H=mx.d.test [192.0.2.2]: SMTP error from remote mail server after RCPT TO:<c@d.test>: 550 5.1.1 no such user',
      'Nov 28 10:44:30 mail exim[124]: 1abcDE-000123-AB Completed',
      // A tag followed by no queue ID, and a rejection before queueing.
      'Nov 28 10:44:31 mail postfix/smtpd[7960]: connect from localhost[127.0.0.1]',
      'Nov 28 10:44:31 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1 <x@example.test>: Recipient address rejected; from=<a@b.test> to=<x@example.test> proto=ESMTP helo=<x>',
      // Timestamps like Exim's, but not Exim's lines (no message ID or H= after them): read with every pattern.
      "2026-11-28 10:44:32 DEBUG mail.log: ('127.0.0.1', 5000) << b'550 5.1.1 no'",
      '2026-11-28 10:44:33 mail relay-filter: 4C1B2164270: forwarded, reply=554 5.7.1 spam',
    ];
    const model = readDocument(lines.join('\n'), 'log');
    assert.deepEqual(
      model.logEntries.map((e) => [e.id, e.outcome, e.recipients, e.lines]),
      [
        ['D7916164267', 'unknown', [], [0]],
        ['1abcDE-000123-AB', 'bounced', ['c@d.test'], [1, 2, 3]],
        [null, 'rejected', ['x@example.test'], [5]],
      ],
    );
    assert.deepEqual(
      model.mentions.filter((m) => m.line >= 6).map((m) => [m.line, m.reply?.code, m.enhanced?.code]),
      [
        [6, '550', '5.1.1'],
        [7, '554', '5.7.1'],
      ],
    );
  });
  it('a message leaves the queue in its own software\'s words: " Completed" ends an Exim message, not a Postfix one', () => {
    const lines = [
      // A header_checks INFO action whose text is "Completed".
      'Nov 28 10:44:28 mail postfix/cleanup[7966]: D7916164267: info: header Subject: nightly job from localhost[127.0.0.1]; from=<a@b.test> to=<c@d.test> proto=ESMTP helo=<x>: Completed',
      'Nov 28 10:44:29 mail postfix/smtp[8001]: D7916164267: to=<c@d.test>, relay=mx.d.test[192.0.2.2]:25, delay=1, dsn=2.0.0, status=sent (250 2.0.0 Ok)',
      'Nov 28 10:44:29 mail postfix/qmgr[7762]: D7916164267: removed',
    ];
    const model = readDocument(lines.join('\n'), 'log');
    assert.deepEqual(
      model.logEntries.map((e) => [e.id, e.outcome, e.lines]),
      [['D7916164267', 'sent', [0, 1, 2]]],
    );
  });
  it("in a log read as Exim's, every line with Exim's timestamp is Exim's; in another, only with a message ID or H=", () => {
    const exim = [
      '2026-11-28 10:43:14 HbRpww-O9NlhJ-mc <= rupert@example.test H=(mail.example.test) [127.0.0.1]:52468 P=esmtp S=939',
      '2026-11-28 10:43:14 HbRpww-O9NlhJ-mc => dave <dave@remote.test> R=local_user T=maildir_delivery',
      '2026-11-28 10:43:14 HbRpww-O9NlhJ-mc Completed',
    ];
    // No message ID or H= after the timestamp, and a field of Postfix's ("said:") that Exim does not write.
    const line = '2026-11-28 10:43:15 relay check for 192.0.2.1, said: 550 no';
    const inExim = readDocument([...exim, line].join('\n'), 'log');
    const elsewhere = readDocument(['Nov 28 10:44:31 mail postfix/smtpd[7960]: connect from localhost[127.0.0.1]', line].join('\n'), 'log');
    assert.deepEqual([inExim.format, elsewhere.format], ['exim', 'postfix']);
    assert.deepEqual(inExim.mentions, []);
    assert.deepEqual(
      elsewhere.mentions.map((m) => [m.line, m.reply?.code]),
      [[1, '550']],
    );
  });
  it('a reply code directly followed by its enhanced code is one mention', () => {
    const model = readDocument('<-  250 2.1.0 Ok\n<** 550 5.1.1 <bob@example.com>: Recipient address rejected\n');
    assert.equal(model.mentions.length, 2);
    assert.deepEqual(
      model.mentions.map((m) => [m.line, m.reply?.code, m.reply?.character, m.enhanced?.code, m.enhanced?.character]),
      [
        [0, '250', 4, '2.1.0', 8],
        [1, '550', 4, '5.1.1', 8],
      ],
    );
  });
});

describe('code tokens', () => {
  it('one object stands for a code at a column, whatever line or document holds it', () => {
    const transcript = readDocument('<** 550 5.1.1 <a@example.test>: unknown\n<** 550 5.1.1 <b@example.test>: unknown', 'transcript');
    const [first, second] = transcript.mentions;
    assert.deepEqual(first!.reply, { code: '550', character: 4 });
    assert.deepEqual(first!.enhanced, { code: '5.1.1', character: 8 });
    assert.equal(second!.reply, first!.reply);
    assert.equal(second!.enhanced, first!.enhanced);
    assert.equal(readDocument('<** 550 5.1.1 <c@example.test>: unknown', 'transcript').mentions[0]!.reply, first!.reply);
  });
  it('past the most it keeps to share, tokens are made afresh and shared again, each where it is written', () => {
    for (let i = 0; i < 20_000; i++) {
      const code = `5.${i % 1000}.${Math.floor(i / 1000)}`;
      assert.deepEqual(codeToken(code, i % 500), { code, character: i % 500 });
    }
    assert.equal(codeToken('5.1.1', 8), codeToken('5.1.1', 8));
  });
  it('a code far along a line is where it is written', () => {
    const line = (local: string): string =>
      `Nov 28 10:44:28 mail postfix/smtp[8001]: 4C1B2164270: to=<${local}@remote.test>, relay=none, delay=1, dsn=5.1.1, status=bounced (unknown)`;
    const lines = [line('x'.repeat(700)), line('y'.repeat(900))];
    const log = readDocument(lines.join('\n'), 'log');
    assert.deepEqual(
      log.mentions.map((m) => [m.line, m.enhanced?.code, m.enhanced?.character]),
      lines.map((text, i) => [i, '5.1.1', text.indexOf('dsn=') + 4]),
    );
  });
});

describe('decoding a file', () => {
  // A log that several programs write mixes encodings line by line: a Latin-1 line, a UTF-8 one, plain ASCII.
  const line = fc.constantFrom(Buffer.from('h\xe9lo', 'latin1'), Buffer.from('mäil 550 5.1.1', 'utf8'), Buffer.from('250 ok'), Buffer.alloc(0));
  const end = fc.constantFrom('\r', '\n', '\r\n');
  const file = fc.array(fc.tuple(line, end), { minLength: 1, maxLength: 12, size: 'max' });

  it('decodes each line on its own where the whole is not UTF-8, whether lines end in CR, LF or CR LF', () => {
    fc.assert(
      fc.property(file, (lines) => {
        const bytes = Buffer.concat(lines.flatMap(([text, eol]) => [text, Buffer.from(eol)]));
        const each = lines.map(([text, eol]) => decodeLines(text) + eol).join('');
        assert.equal(decodeLines(bytes), each);
      }),
    );
  });

  it('decodes a file the same whole or in runs of whole lines', () => {
    fc.assert(
      fc.property(file, fc.nat(), (lines, at) => {
        const cut = at % (lines.length + 1);
        const bytes = (part: typeof lines): Buffer => Buffer.concat(part.flatMap(([text, eol]) => [text, Buffer.from(eol)]));
        assert.equal(decodeLines(bytes(lines.slice(0, cut))) + decodeLines(bytes(lines.slice(cut))), decodeLines(bytes(lines)));
      }),
    );
  });
});

describe('precision: numbers that are not codes are never mentions', () => {
  const negatives: readonly [string, DocumentKind][] = [
    ['Nov 28 10:44:28 mail postfix/smtpd[7960]: connect from localhost[127.0.0.1]', 'log'],
    ['Nov 28 10:44:28 mail postfix/qmgr[7762]: D7916164267: from=<bob@example.test>, size=435, nrcpt=1 (queue active)', 'log'],
    ['Nov 28 10:44:28 mail postfix/cleanup[7966]: D7916164267: message-id=<20261128104428.007959@vm>', 'log'],
    ['Nov 28 10:44:28 mail postfix/smtpd[7960]: disconnect from localhost[127.0.0.1] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5', 'log'],
    ['Nov 28 10:44:28 mail postfix/smtp[8001]: 4C1B2164270: to=<x@remote.test>, relay=none, delay=250, delays=250/0/0/0, dsn=4.4.1, status=deferred (connect to mx.remote.test[127.0.0.2]:550: Connection refused)', 'log'],
    ['2026-11-28 10:44:42 1xXFyo-0002Ol-39 == erin@unreachable.test R=smarthost T=remote_smtp defer (111): Connection refused', 'log'],
    ['2026-11-28 10:43:26 exim 4.96 daemon started: pid=7840, -q20s, listening for SMTP on [127.0.0.1]:2526', 'log'],
    ['100   435    0     0  100   435    250      0 --:--:-- --:--:-- --:--:--   550', 'transcript'],
    ['=== Connected to 127.0.0.1.\n -> MAIL FROM:<bob@example.test> SIZE=550\n -> 250 Main Street', 'transcript'],
    ['Received: from client (localhost [127.0.0.1]) by mail.example.test (Postfix) with ESMTP id 550ABC; Sat, 28 Nov 2026 10:44:28 +0000\nSubject: hello\nDate: Sat, 28 Nov 2026 10:44:28 +0000\n\nThe 550 seats are sold; version 4.2.2 ships.', 'message'],
  ];
  for (const [text, kind] of negatives) {
    it(text.slice(0, 90), () => {
      const model = readDocument(text, kind);
      const unexpected = model.mentions.filter((m) => !(m.enhanced?.code === '4.4.1' && m.reply === null));
      assert.deepEqual(unexpected, []);
    });
  }
});

describe('sniffing documents of other languages', () => {
  it('a pasted swaks transcript is SMTP', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt'));
    assert.equal(sniffDocument(text, 16384), 'transcript');
  });
  it('a Postfix log is SMTP', () => {
    assert.equal(sniffDocument(readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')), 16384), 'log');
  });
  it('prose, code and an nginx log stay silent', () => {
    for (const text of [
      'Dear team,\nthe meeting is at 10:30 in room 550.\nThanks',
      'const x = 250;\nfunction f() { return 550; }\n',
      '127.0.0.1 - - [28/Nov/2026:10:44:28 +0000] "GET / HTTP/1.1" 200 550 "-" "curl/7.88"\n'.repeat(20),
      'Nov 28 10:44:28 host kernel[1]: eth0: link up 250 Mbps\n'.repeat(5),
    ]) {
      assert.equal(sniffDocument(text, 16384), null, text);
    }
  });
});
