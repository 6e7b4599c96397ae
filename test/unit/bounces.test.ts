import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import type { DeliveryReport } from '../../server/src/service/model';
import { splitLines } from '../../server/src/service/read/lines';
import { readMessages } from '../../server/src/service/read/message';
import { corpusFiles, corpusRoot, readCorpus } from '../support/corpus';

/** One recipient of bounces/expected.json: what the sisimai project's own tests assert for it. */
interface Expected {
  readonly index: number;
  readonly status: string;
  readonly reply: string;
  readonly reason: string;
}

/** sisimai's pseudo-statuses for bounces that carry none ("5.0.910", "4.0.947"): they are not in the text. */
const pseudoStatus = /^\d\.0\.9\d\d$/;

/**
 * The bounces metric. For each file of corpus/bounces and each entry of expected.json, with empty values and
 * pseudo-statuses skipped: the reports of all messages in the file are paired with the entries by index when there
 * are as many reports as entries (entry n ↔ report n), and otherwise an entry is matched by any report of the file.
 * A field matches when the paired report carries exactly that status / that reply.
 */
function measure(): { status: [number, number]; reply: [number, number]; misses: string[] } {
  const expected = JSON.parse(readFileSync(join(corpusRoot, 'bounces', 'expected.json'), 'utf8')) as Record<string, Expected[]>;
  const status: [number, number] = [0, 0];
  const reply: [number, number] = [0, 0];
  const misses: string[] = [];
  for (const path of corpusFiles('bounces')) {
    const file = basename(path);
    const entries = expected[file] ?? [];
    const deliveries = readMessages(splitLines(readCorpus(path))).messages.flatMap((m) => m.deliveries);
    const byIndex = deliveries.length === entries.length;
    for (const entry of entries) {
      const pool: readonly DeliveryReport[] = byIndex ? [deliveries[entry.index - 1]!] : deliveries;
      const got = pool.map((d) => `${d.reply ?? '-'} ${d.status ?? '-'}`).join(', ') || 'no report';
      if (entry.status !== '' && !pseudoStatus.test(entry.status)) {
        status[1]++;
        if (pool.some((d) => d.status === entry.status)) status[0]++;
        else misses.push(`${file} #${entry.index}: status ${entry.status}, read ${got}`);
      }
      if (entry.reply !== '') {
        reply[1]++;
        if (pool.some((d) => d.reply === entry.reply)) reply[0]++;
        else misses.push(`${file} #${entry.index}: reply ${entry.reply}, read ${got}`);
      }
    }
  }
  return { status, reply, misses };
}

describe('bounces: the delivery report finds what expected.json lists', () => {
  const { status, reply, misses } = measure();
  const share = ([ok, all]: [number, number]): string => `${ok}/${all} (${((100 * ok) / all).toFixed(1)}%)`;

  it(`status ${share(status)}, reply ${share(reply)}`, (t) => {
    t.diagnostic(`status matched: ${share(status)}`);
    t.diagnostic(`reply matched: ${share(reply)}`);
    for (const miss of misses) t.diagnostic(`not matched: ${miss}`);
    assert.ok(status[1] >= 200 && reply[1] >= 180, 'the sample is the whole expected.json');
    assert.ok(status[0] / status[1] > 0.95, `status ${share(status)}`);
    assert.ok(reply[0] / reply[1] > 0.95, `reply ${share(reply)}`);
  });

  it('every bounce that expected.json says has a recipient gets a report, except feedback and auto-replies', () => {
    const expected = JSON.parse(readFileSync(join(corpusRoot, 'bounces', 'expected.json'), 'utf8')) as Record<string, Expected[]>;
    const none = corpusFiles('bounces')
      .filter((path) => readMessages(splitLines(readCorpus(path))).messages.every((m) => m.deliveries.length === 0))
      .map((path) => basename(path))
      .filter((file) => !(expected[file] ?? []).every((e) => e.reason === 'feedback' || e.reason === 'vacation'));
    // Not reports of a delivery: an SES complaint, a mailing list's loop alert, "Delivery report unavailable", and
    // two KDDI notices whose header says nothing of a bounce.
    assert.ok(none.length <= 6, `no report in: ${none.join(', ')}`);
  });
});

/** A bounce built from its parts, lines joined with LF (CRLF where a case says so). */
function message(header: readonly string[], body: readonly string[], eol = '\n'): string {
  return [...header, '', ...body].join(eol);
}

function deliveriesOf(text: string): DeliveryReport[] {
  return readMessages(splitLines(text)).messages.flatMap((m) => m.deliveries);
}

type Shape = {
  readonly name: string;
  /** Where the layout comes from. */
  readonly source: string;
  readonly text: string;
  /** Fields of each report; `at` is text on the line the report must start on. */
  readonly expected: readonly (Partial<DeliveryReport> & { readonly at?: string })[];
};

const postfix = message(
  [
    'From: MAILER-DAEMON@mail.example.test (Mail Delivery System)',
    'Subject: Undelivered Mail Returned to Sender',
    'To: bob@example.test',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="8F1A2164270.1764326670/mail.example.test"',
  ],
  [
    'This is a MIME-encapsulated message.',
    '',
    '--8F1A2164270.1764326670/mail.example.test',
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.test.',
    '',
    '<carol@remote.test>: host mx.remote.test[192.0.2.25] said: 550 5.1.1',
    '    <carol@remote.test>: Recipient address rejected: User unknown in local',
    '    recipient table (in reply to RCPT TO command)',
    '',
    '<dave@remote.test>: host mx.remote.test[192.0.2.25] said: 452 4.2.2',
    '    <dave@remote.test>: Mailbox full (in reply to RCPT TO command)',
    '',
    '--8F1A2164270.1764326670/mail.example.test',
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.test',
    'X-Postfix-Queue-ID: 8F1A2164270',
    'Arrival-Date: Sat, 28 Nov 2026 10:44:28 +0000 (UTC)',
    '',
    'Final-Recipient: rfc822; carol@remote.test',
    'Original-Recipient: rfc822;carol@remote.test',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mx.remote.test',
    'Diagnostic-Code: smtp; 550 5.1.1 <carol@remote.test>: Recipient address',
    '    rejected: User unknown in local recipient table',
    '',
    'Final-Recipient: rfc822; dave@remote.test',
    'Action: failed',
    'Status: 4.2.2',
    'Remote-MTA: dns; mx.remote.test',
    'Diagnostic-Code: smtp; 452 4.2.2 <dave@remote.test>: Mailbox full',
    '',
    '--8F1A2164270.1764326670/mail.example.test',
    'Content-Description: Undelivered Message',
    'Content-Type: message/rfc822',
    '',
    'From: bob@example.test',
    'To: carol@remote.test, dave@remote.test',
    'Subject: apples',
    '',
    '250 apples',
    '',
    '--8F1A2164270.1764326670/mail.example.test--',
  ],
);

const shapes: readonly Shape[] = [
  {
    name: 'Postfix: RFC 3464 report, two recipients, Diagnostic-Code folded',
    source: "Postfix bounce(8) default template; the same layout as corpus/eml's postfix_mbox_alice_07",
    text: postfix,
    expected: [
      {
        recipient: 'carol@remote.test',
        action: 'failed',
        status: '5.1.1',
        reply: '550',
        diagnostic: '550 5.1.1 <carol@remote.test>: Recipient address rejected: User unknown in local recipient table',
        remoteMta: 'mx.remote.test',
        at: 'Final-Recipient: rfc822; carol',
      },
      { recipient: 'dave@remote.test', status: '4.2.2', reply: '452', at: 'Final-Recipient: rfc822; dave' },
    ],
  },
  {
    name: 'Exim: recipient indented, the remote reply on the lines below, X-Failed-Recipients',
    source: "Exim 4 bounce_message_text as in corpus/eml's exim_maildir_dave_04 and sisimai's lhost-exim samples",
    text: message(
      [
        'X-Failed-Recipients: carol@remote.test',
        'Auto-Submitted: auto-replied',
        'From: Mail Delivery System <Mailer-Daemon@mx.example.test>',
        'To: bob@example.test',
        'Subject: Mail delivery failed: returning message to sender',
      ],
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  carol@remote.test',
        '    host mx.remote.test [192.0.2.25]',
        '    SMTP error from remote mail server after RCPT TO:<carol@remote.test>:',
        '    550 5.1.1 <carol@remote.test>: Recipient address rejected: User unknown',
        '',
        '------ This is a copy of the message, including all the headers. ------',
        '',
        'Return-path: <bob@example.test>',
        'Received: from [127.0.0.1] (helo=client.example.test) by mx.example.test with esmtpa (Exim 4.96)',
        'Subject: apples',
        '',
        '550 apples',
      ],
    ),
    expected: [{ recipient: 'carol@remote.test', action: 'failed', status: '5.1.1', reply: '550', at: '  carol@remote.test' }],
  },
  {
    name: 'qmail: "<address>:" then "Remote host said:"',
    source: 'qmail-send bounce text (qmail 1.03), as in sisimai lhost-qmail samples',
    text: message(
      ['From: MAILER-DAEMON@mx.example.test', 'To: bob@example.test', 'Subject: failure notice'],
      [
        'Hi. This is the qmail-send program at mx.example.test.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<carol@remote.test>:',
        '192.0.2.25 does not like recipient.',
        'Remote host said: 550 5.1.1 <carol@remote.test>... User unknown',
        'Giving up on 192.0.2.25.',
        '',
        '<dave@remote.test>:',
        "Sorry, I couldn't find any host named remote.invalid. (#5.1.2)",
        '',
        '--- Below this line is a copy of the message.',
        '',
        'Return-Path: <bob@example.test>',
        'Received: (qmail 8888 invoked by uid 0); 29 Apr 2010 07:55:23 -0000',
        'Subject: apples',
      ],
      '\r\n',
    ),
    expected: [
      { recipient: 'carol@remote.test', status: '5.1.1', reply: '550', at: '<carol@remote.test>:' },
      { recipient: 'dave@remote.test', status: '5.1.2', reply: null, at: '<dave@remote.test>:' },
    ],
  },
  {
    name: 'Sendmail without a DSN part: "(reason: …)" and the session transcript',
    source: 'Sendmail 8 "Returned mail: see transcript for details" text, as in sisimai lhost-sendmail samples',
    text: message(
      ['From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.test>', 'Subject: Returned mail: see transcript for details'],
      [
        'The original message was received at Sat, 28 Nov 2026 11:33:16 GMT',
        'from localhost [127.0.0.1]',
        '',
        '   ----- The following addresses had permanent fatal errors -----',
        '<carol@remote.test>',
        '    (reason: 550 5.1.1 <carol@remote.test>... User unknown)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mx.remote.test.:',
        '>>> RCPT To:<carol@remote.test>',
        '<<< 550 5.1.1 <carol@remote.test>... User unknown',
        '550 5.1.1 <carol@remote.test>... User unknown',
      ],
    ),
    expected: [{ recipient: 'carol@remote.test', status: '5.1.1', reply: '550', diagnostic: '550 5.1.1 <carol@remote.test>... User unknown', at: '<carol@remote.test>' }],
  },
  {
    name: 'old Sendmail: the "<<<" reply belongs to the recipient named after it',
    source: 'Sendmail 5 transcript, as in sisimai lhost-v5sendmail-05',
    text: message(
      ['From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>', 'Subject: Returned mail: User unknown'],
      [
        '   ----- Transcript of session follows -----',
        'While talking to mail.remote.test:',
        '>>> RCPT To:<carol@remote.test>',
        '<<< 550 Requested User Mailbox not found. No such user here.',
        '550 <carol@remote.test>... User unknown',
        '554 <dave@elsewhere.test>... 553 Host unknown (Authoritative answer from name server)',
        '',
        '   ----- Unsent message follows -----',
        'Received: by dns.example.com; (5.65/1.37) id 0000000;',
        'Subject: apples',
      ],
    ),
    expected: [
      { recipient: 'carol@remote.test', reply: '550', diagnostic: '550 Requested User Mailbox not found. No such user here.' },
      { recipient: 'dave@elsewhere.test', reply: '553' },
    ],
  },
  {
    name: 'Gmail: "The error that the other server returned was:"',
    source: 'Gmail "Delivery Status Notification (Failure)" text of 2014, as in sisimai lhost-gmail-01',
    text: message(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'X-Failed-Recipients: carol@remote.test',
        'Subject: Delivery Status Notification (Failure)',
        'Content-Type: text/plain; charset=ISO-8859-1',
      ],
      [
        'Delivery to the following recipient failed permanently:',
        '',
        '     carol@remote.test',
        '',
        'Technical details of permanent failure:',
        'Google tried to deliver your message, but it was rejected by the server for the recipient domain remote.test by mx.remote.test. [192.0.2.25].',
        '',
        'The error that the other server returned was:',
        '550 5.1.1 <carol@remote.test>... User unknown',
        '',
        '----- Original message -----',
        '',
        'Subject: apples',
      ],
    ),
    expected: [{ recipient: 'carol@remote.test', status: '5.1.1', reply: '550', at: '     carol@remote.test' }],
  },
  {
    name: "Office 365: \"Remote Server returned '550 5.1.10 …'\"",
    source: 'Exchange Online NDR, plain-text part ("Diagnostic information for administrators")',
    text: message(
      ['From: Microsoft Outlook <MAILER-DAEMON@example.onmicrosoft.com>', 'Subject: Undeliverable: apples', 'Content-Type: text/plain; charset="us-ascii"'],
      [
        "Your message to carol@remote.test couldn't be delivered.",
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
        '',
        'carol@remote.test',
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
        '',
        'Original message headers:',
        '',
        'Received: from AM0PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:208:1::1) by mail.example.test',
        'Subject: apples',
      ],
    ),
    expected: [{ recipient: 'carol@remote.test', status: '5.1.10', reply: '550', action: 'failed' }],
  },
  {
    name: 'OpenSMTPD: multipart/mixed, Status 5.0.0 and the remote reply only in the text',
    source: "OpenSMTPD 6.8 bounce, corpus/eml's opensmtpd_mbox_bob_09",
    text: message(
      [
        'From: Mailer Daemon <MAILER-DAEMON@mx.opensmtpd.test>',
        'Subject: Delivery status notification: error',
        'Content-Type: multipart/mixed; boundary="16444335850.6ddd2b7b.83f5"',
      ],
      [
        'This is a MIME-encapsulated message.',
        '',
        '--16444335850.6ddd2b7b.83f5',
        'Content-Type: text/plain; charset=utf-8',
        '',
        '    An error has occurred while attempting to deliver a message for',
        '    the following list of recipients:',
        '',
        'carol@remote.test: 550 5.1.1 <carol@remote.test>: Recipient address rejected: User unknown',
        '',
        '--16444335850.6ddd2b7b.83f5',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.opensmtpd.test',
        '',
        'Final-Recipient: rfc822; carol@remote.test',
        'Action: failed',
        'Status: 5.0.0',
        '',
        '--16444335850.6ddd2b7b.83f5--',
      ],
    ),
    expected: [{ recipient: 'carol@remote.test', action: 'failed', status: '5.1.1', reply: '550', at: 'Final-Recipient' }],
  },
  {
    name: 'Amazon WorkMail: DSN fields in a quoted-printable text part, soft breaks inside them',
    source: 'sisimai lhost-amazonworkmail-08',
    text: message(
      ['From: MAILER-DAEMON@us-west-2.amazonses.com', 'Subject: Delivery Status Notification (Failure)', 'Content-Type: multipart/mixed; boundary="=_W"'],
      [
        '--=_W',
        'Content-Type: text/plain; charset=iso-8859-15',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Technical report:',
        '',
        'Action: failed',
        'Final-=',
        'Recipient: rfc822; carol@remote.test',
        'Diagnostic-Code: smtp; 55=',
        '0 5.2.2 <carol@remote.test>... Mailbox Full',
        'Status: 5.2.2',
        '',
        '--=_W--',
      ],
    ),
    expected: [{ recipient: 'carol@remote.test', status: '5.2.2', reply: '550', diagnostic: '550 5.2.2 <carol@remote.test>... Mailbox Full', at: 'Action: failed' }],
  },
  {
    name: 'Amazon SES notification: JSON on one line',
    source: 'Amazon SES bounce notification through SNS e-mail (AWS SES developer guide), as in sisimai lhost-amazonses-12',
    text: message(
      ['From: SES-EM-D <no-reply@sns.amazonaws.com>', 'Subject: AWS Notification Message', 'Content-Type: text/plain; charset=UTF-8'],
      [
        '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"carol@remote.test","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"reportingMTA":"dsn; a27-23.smtp-out.us-west-2.amazonses.com"},"mail":{"source":"bob@example.test"}}',
        '',
        '--',
        'If you wish to stop receiving notifications from this topic, please click or visit the link below',
      ],
    ),
    expected: [{ recipient: 'carol@remote.test', action: 'failed', status: '5.1.1', reply: '550', at: '{"notificationType"' }],
  },
  {
    name: 'Postfix delay warning: Action delayed, a port in the diagnostic is no reply',
    source: "Postfix delayed-mail notice, corpus/eml's postfix_mbox_alice_15",
    text: message(
      [
        'From: MAILER-DAEMON@mail.example.test (Mail Delivery System)',
        'Subject: Delayed Mail (still being retried)',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="D1"',
      ],
      [
        '--D1',
        'Content-Type: text/plain',
        '',
        '<carol@remote.test>: connect to mx.remote.test[192.0.2.25]:550: Connection refused',
        '',
        '--D1',
        'Content-Type: message/delivery-status',
        '',
        'Final-Recipient: rfc822; carol@remote.test',
        'Action: delayed',
        'Status: 4.4.1',
        'Diagnostic-Code: X-Postfix; connect to mx.remote.test[192.0.2.25]:550: Connection',
        '    refused',
        'Will-Retry-Until: Thu, 3 Dec 2026 10:44:28 +0000 (UTC)',
        '',
        '--D1--',
      ],
    ),
    expected: [
      {
        recipient: 'carol@remote.test',
        action: 'delayed',
        status: '4.4.1',
        reply: null,
        diagnostic: 'connect to mx.remote.test[192.0.2.25]:550: Connection refused',
        at: 'Final-Recipient',
      },
    ],
  },
];

describe('delivery reports of each MTA shape', () => {
  for (const shape of shapes) {
    it(`${shape.name} (from ${shape.source})`, () => {
      const got = deliveriesOf(shape.text);
      assert.equal(got.length, shape.expected.length, JSON.stringify(got));
      const lines = splitLines(shape.text);
      shape.expected.forEach(({ at, ...want }, i) => {
        const subset = Object.fromEntries(Object.keys(want).map((k) => [k, got[i]![k as keyof DeliveryReport]]));
        assert.deepEqual(subset, want);
        if (at !== undefined) assert.equal(lines[got[i]!.line], lines.find((l) => l.includes(at)), `report ${i} starts at "${at}"`);
      });
    });
  }

  it('the returned message of a bounce is not read as its report', () => {
    const mentions = readMessages(splitLines(postfix)).mentions;
    const apples = splitLines(postfix).findIndex((l) => l === '250 apples');
    assert.ok(apples > 0);
    assert.deepEqual(mentions.filter((m) => m.line === apples), []);
  });

  it('a recipient that only X-Failed-Recipients names is reported on that field when the message has no text of its own', () => {
    const text = [
      'From alice@example.test Tue Jun 11 19:13:30 2024',
      'From: alice@example.test',
      'Subject: hello',
      '',
      'A letter first, so that the bounce does not start on line 0.',
      '',
      'From MAILER-DAEMON Tue Jun 11 19:13:34 2024',
      'From: Mail Delivery System <Mailer-Daemon@mx.example.test>',
      'Subject: Mail delivery failed: returning message to sender',
      'X-Failed-Recipients: nosuch@example.test',
      'Content-Type: message/rfc822',
      '',
      'From: alice@example.test',
      'Subject: hello',
      '',
      'The returned message.',
    ].join('\n');
    const { messages } = readMessages(splitLines(text));
    const [report] = messages[1]!.deliveries;
    assert.equal(report?.recipient, 'nosuch@example.test');
    assert.equal(report.line, 9, 'the X-Failed-Recipients line, inside its message');
  });

  it('a Postfix postmaster notice is a transcript, not a delivery report', () => {
    const path = join(corpusRoot, 'eml', 'postfix_mbox_alice_13_postfix-smtp-server-errors-from-localhost-127-0-0-1.eml');
    const { messages, mentions } = readMessages(splitLines(readCorpus(path)));
    assert.deepEqual(messages[0]!.deliveries, []);
    assert.ok(mentions.some((m) => m.reply?.code === '550' && m.enhanced?.code === '5.1.1'), 'its replies are still mentioned');
  });
});
