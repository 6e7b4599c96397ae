import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DocumentModel } from '../../server/src/service/model';
import { readDocument } from '../../server/src/service/read';
import { corpusFiles, corpusRoot, readCorpus, repoRoot } from '../support/corpus';

/** Each session as "VERB:code" pairs: ∅ for the greeting's missing command or a missing reply, "." for end of data. */
function dialogue(model: DocumentModel): string[] {
  return model.sessions.map((s) => s.exchanges.map((e) => `${e.command?.verb || (e.command ? '+' : '∅')}:${e.reply?.code ?? '∅'}`).join(' '));
}

function transcript(file: string): DocumentModel {
  return readDocument(readCorpus(join(corpusRoot, 'transcripts', file)));
}

describe('dialogues from the real corpus', () => {
  const cases: readonly [string, string][] = [
    ['swaks_postfix_02_unknown_user.txt', '∅:220 EHLO:250 MAIL:250 RCPT:550 QUIT:221'],
    ['swaks_postfix_04_too_big.txt', '∅:220 EHLO:250 MAIL:250 RCPT:250 DATA:354 .:552 QUIT:221'],
    ['curl_postfix_04_starttls_auth_587.txt', '∅:220 EHLO:250 STARTTLS:220 EHLO:250 AUTH:334 +:235 MAIL:250 RCPT:250 DATA:354 ∅:250'],
    ['smtplib_postfix_submission_login_fail_lvl1.txt', 'EHLO:250 STARTTLS:220 EHLO:250 AUTH:535 AUTH:334 +:535 QUIT:221'],
    ['socat_exim_01_early_talker.txt', '∅:220 EHLO:250 QUIT:221'],
    ['socat_postfix_02_bdat_chunking.txt', '∅:220 EHLO:250 MAIL:250 RCPT:250 BDAT:250 BDAT:250 QUIT:221'],
    ['socat_postfix_05_strict_too_many_errors.txt', '∅:220 EHLO:250 +:500 +:500 +:500 ∅:421 +:∅ QUIT:∅'],
    ['nodemailer_postfix_02_unknown_user.txt', '∅:220 EHLO:250 STARTTLS:220 EHLO:250 MAIL:250 RCPT:550 DATA:554'],
    ['exim_v_01_delivery_to_postfix.txt', '∅:220 EHLO:250 MAIL:250 RCPT:250 RCPT:250 BDAT:250 QUIT:221'],
    ['swaks_aiosmtpd_07_auth_fail.txt', '∅:220 EHLO:250 AUTH:∅ QUIT:221'],
    ['msmtp_postfix_02_unknown_user.txt', '∅:220 EHLO:250 STARTTLS:220 EHLO:250 MAIL:250 RCPT:250 RCPT:550 DATA:∅'],
    ['nc_postfix_01_server_side_only.txt', '∅:220 ∅:250 ∅:250 ∅:250 ∅:554 ∅:354 ∅:250 ∅:221'],
  ];
  for (const [file, expected] of cases) {
    it(file, () => assert.deepEqual(dialogue(transcript(file)), [expected]));
  }

  it('every transcript in the corpus reads into sessions without error', () => {
    for (const path of corpusFiles('transcripts')) {
      const model = readDocument(readCorpus(path));
      for (const session of model.sessions) {
        assert.ok(session.span.start <= session.span.end, path);
        for (const e of session.exchanges) assert.ok(e.command || e.reply, path);
      }
    }
  });

  it('multi-line replies are one reply; Exim\'s 9-space continuations belong to it', () => {
    const ehlo = transcript('exim_v_01_delivery_to_postfix.txt').sessions[0]!.exchanges[1]!;
    assert.equal(ehlo.reply?.lines.length, 12);
    assert.equal(ehlo.reply?.complete, true);
  });

  it('DATA content is attached to the DATA exchange, and the "." closes it', () => {
    const data = transcript('swaks_postfix_04_too_big.txt').sessions[0]!.exchanges.find((e) => e.command?.verb === 'DATA')!;
    assert.equal(data.content?.terminated, true);
    assert.ok(data.content.span.end > data.content.span.start + 100);
  });

  it('transactions run from MAIL to the verdict on the message', () => {
    const [session] = transcript('swaks_postfix_15_mailbox_full_452_partial.txt').sessions;
    assert.equal(session!.transactions.length, 1);
    assert.deepEqual(session!.transactions[0]!.exchanges.map((e) => `${e.command?.verb}:${e.reply?.code}`), ['MAIL:250', 'RCPT:452', 'RCPT:250', 'DATA:354', '.:250']);
  });
});

describe('dialogues in shapes the corpus has no sample of', () => {
  it('C:/S: notation as RFC 5321 Appendix D writes it', () => {
    const text = ['S: 220 foo.com Simple Mail Transfer Service Ready', 'C: EHLO bar.com', 'S: 250-foo.com greets bar.com', 'S: 250-8BITMIME', 'S: 250 HELP', 'C: MAIL FROM:<Smith@bar.com>', 'S: 250 OK', 'C: RCPT TO:<Jones@foo.com>', 'S: 250 OK', 'C: DATA', 'S: 354 Start mail input; end with <CRLF>.<CRLF>', 'C: Blah blah blah...', 'C: .', 'S: 250 OK', 'C: QUIT', 'S: 221 foo.com Service closing transmission channel'].join('\n');
    const model = readDocument(text);
    assert.equal(model.format, 'cs-notation');
    assert.deepEqual(dialogue(model), ['∅:220 EHLO:250 MAIL:250 RCPT:250 DATA:354 .:250 QUIT:221']);
  });

  it('Client:/Server: as tickets write it', () => {
    const model = readDocument('Server: 220 mx.example.com ESMTP\nClient: HELO me\nServer: 250 mx.example.com\nClient: QUIT\nServer: 221 Bye\n');
    assert.deepEqual(dialogue(model), ['∅:220 HELO:250 QUIT:221']);
  });

  it('a Microsoft Exchange SMTP receive protocol log (CSV, > for what Exchange sent)', () => {
    const model = readDocument(readFileSync(join(repoRoot, 'test', 'fixtures', 'exchange-smtp-receive-protocol.log'), 'utf8'));
    assert.equal(model.kind, 'transcript');
    assert.equal(model.format, 'exchange-protocol');
    assert.deepEqual(dialogue(model), ['∅:220 EHLO:250 MAIL:250 RCPT:550 QUIT:221']);
    assert.ok(model.mentions.some((m) => m.reply?.code === '550' && m.enhanced?.code === '5.1.10'));
  });

  it('a pipelined batch pairs replies in command order', () => {
    const model = readDocument('<-  220 mx\n -> MAIL FROM:<a@x>\n -> RCPT TO:<b@x>\n -> RCPT TO:<c@x>\n -> DATA\n<-  250 2.1.0 Ok\n<-  550 5.1.1 no\n<-  250 2.1.5 Ok\n<-  354 go ahead\n');
    assert.deepEqual(dialogue(model), ['∅:220 MAIL:250 RCPT:550 RCPT:250 DATA:354']);
  });

  it('a transaction spans every exchange in it, when a pipelined reply comes after the last command', () => {
    const model = readDocument('<-  220 mx ESMTP\n -> EHLO a\n<-  250 mx\n -> MAIL FROM:<a@example.com>\n -> RCPT TO:<c@example.com>\n<-  250 2.1.0 Ok\n');
    const [transaction] = model.sessions[0]!.transactions;
    assert.deepEqual(transaction!.exchanges.map((e) => e.span), [{ start: 3, end: 5 }, { start: 4, end: 4 }]);
    assert.deepEqual(transaction!.span, { start: 3, end: 5 });
  });

  it('DATA answered 354 with no content line spans no line past the reply, whether the text ends or "." comes next', () => {
    for (const text of ['<-  220 mx\n -> MAIL FROM:<a@x>\n<-  250 ok\n -> DATA\n<-  354 go ahead', '<-  220 mx\n -> MAIL FROM:<a@x>\n<-  250 ok\n -> DATA\n<-  354 go ahead\n -> .\n<-  250 queued\n']) {
      const data = readDocument(text).sessions[0]!.exchanges[2]!;
      assert.equal(data.command?.verb, 'DATA');
      assert.deepEqual(data.span, { start: 3, end: 4 });
      assert.equal(data.content, undefined);
    }
  });

  it('a 421 greeting, then nothing', () => {
    assert.deepEqual(dialogue(readDocument('<-  421 4.3.2 Too many connections, try again later\n')), ['∅:421']);
  });

  it('a dropped connection leaves the last command unanswered, and a reply left open is marked incomplete', () => {
    const model = readDocument('<-  220 mx\n -> EHLO me\n<-  250-mx\n -> MAIL FROM:<a@x>\n');
    const [session] = model.sessions;
    assert.equal(session!.exchanges[1]!.reply?.complete, false);
    assert.deepEqual(dialogue(model), ['∅:220 EHLO:250 MAIL:∅']);
  });

  it('an unsolicited reply has no command', () => {
    assert.deepEqual(dialogue(readDocument('<-  220 mx\n -> NOOP\n<-  250 Ok\n<-  421 4.4.2 Timeout\n')), ['∅:220 NOOP:250 ∅:421']);
  });

  it('two sessions in one text', () => {
    const model = readDocument('<-  220 a\n -> QUIT\n<-  221 Bye\n=== Trying b\n<-  220 b\n -> QUIT\n<-  221 Bye\n');
    assert.deepEqual(dialogue(model), ['∅:220 QUIT:221', '∅:220 QUIT:221']);
  });

  it('transcripts pasted one after another stay separate sessions, even after a dropped connection', () => {
    const text = ['socat_postfix_05_strict_too_many_errors.txt', 'socat_postfix_01_protocol_errors.txt', 'socat_postfix_04_bare_lf.txt']
      .map((f) => readCorpus(join(corpusRoot, 'transcripts', f)))
      .join('\n');
    const model = readDocument(text);
    assert.equal(model.sessions.length, 3);
    assert.deepEqual(model.sessions[0]!.exchanges.slice(-2).map((e) => `${e.command?.text}:${e.reply?.code ?? '∅'}`), ['QUX:∅', 'QUIT:∅']);
  });

  it('a session with 200,000 exchanges reads without running out of stack', () => {
    const text = `<-  220 mx\n${' -> NOOP\n<-  250 2.0.0 Ok\n'.repeat(200_000)}`;
    const [session] = readDocument(text).sessions;
    assert.equal(session?.exchanges.length, 200_001);
    assert.deepEqual(session?.span, { start: 0, end: 400_000 });
  });

  it('lines that are not replies: a body line "250 apples", a timestamp, a port', () => {
    const text = '<-  220 mx\n -> DATA\n<-  354 go\n -> 250 apples and 12:25:03 at mx.example.com:2525\n -> .\n<-  250 2.0.0 Ok\n';
    const model = readDocument(text);
    assert.deepEqual(model.mentions.map((m) => m.reply?.code), ['220', '354', '250']);
    assert.deepEqual(model.mentions.map((m) => m.line), [0, 2, 5]);
    assert.deepEqual(dialogue(model), ['∅:220 DATA:354 .:250']);
  });
});

describe('log entries', () => {
  it('Postfix: one entry per queue ID with its outcome, and one per NOQUEUE rejection', () => {
    const model = readDocument(readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')));
    const first = model.logEntries[0]!;
    assert.deepEqual([first.id, first.outcome, first.recipients], ['D7916164267', 'sent', ['alice@example.test']]);
    const rejection = model.logEntries[1]!;
    assert.deepEqual([rejection.id, rejection.outcome, rejection.verdict?.reply?.code, rejection.verdict?.enhanced?.code], [null, 'rejected', '550', '5.1.1']);
    assert.ok(model.logEntries.some((e) => e.outcome === 'bounced'));
    assert.ok(model.logEntries.some((e) => e.outcome === 'deferred' || e.outcome === 'expired'));
  });

  it('Postfix long queue IDs (enable_long_queue_ids = yes) group like short ones', () => {
    const text = [
      'Nov 28 10:44:28 mail postfix/smtpd[7960]: 4Lqy2K1bKyzBq7X: client=localhost[127.0.0.1]',
      'Nov 28 10:44:29 mail postfix/smtp[8001]: 4Lqy2K1bKyzBq7X: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: User unknown (in reply to RCPT TO command))',
    ].join('\n');
    const [entry] = readDocument(text, 'log').logEntries;
    assert.deepEqual([entry?.id, entry?.outcome, entry?.lines, entry?.verdict?.reply?.code], ['4Lqy2K1bKyzBq7X', 'bounced', [0, 1], '550']);
  });

  it('Exim: <= => == ** lines grouped by message ID', () => {
    const model = readDocument(readCorpus(join(corpusRoot, 'logs', 'exim_mainlog.log')));
    assert.ok(model.logEntries.some((e) => e.id === '1xXFuw-00024i-1Y' && e.outcome === 'sent' && e.recipients.includes('dave@remote.test')));
    assert.ok(model.logEntries.some((e) => e.outcome === 'bounced'));
  });

  it('Microsoft Exchange message tracking (CSV as Microsoft documents it): event-id and recipient-status', () => {
    const model = readDocument(readFileSync(join(repoRoot, 'test', 'fixtures', 'exchange-message-tracking.log'), 'utf8'));
    assert.deepEqual([model.kind, model.format], ['log', 'exchange-tracking']);
    assert.deepEqual(
      model.logEntries.map((e) => [e.id, e.outcome, e.recipients.join(' '), e.verdict?.reply?.code, e.verdict?.enhanced?.code]),
      [
        ['12884901889', 'bounced', 'alice@contoso.com nobody@contoso.com', '550', '5.1.10'],
        ['12884901890', 'deferred', 'carol@remote.example', '451', '4.4.0'],
      ],
    );
    assert.ok(model.mentions.some((m) => m.reply?.code === '421' && m.enhanced?.code === '4.4.2'), 'the reply quoted in the status');
    assert.ok(!model.mentions.some((m) => m.line === 5), 'no code in the RECEIVE line');
  });

  it('Sendmail: stat= and dsn= per queue ID', () => {
    const model = readDocument(readCorpus(join(corpusRoot, 'logs', 'sendmail_syslog_traditional.log')));
    const unknown = model.logEntries.find((e) => e.id === '6ASBXGk8031865');
    assert.equal(unknown?.outcome, 'bounced');
    assert.equal(unknown?.verdict?.reply?.code, '550');
  });
});
