import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import type { LineSpan, MessagePart } from '../../server/src/service/model';
import { splitLines } from '../../server/src/service/read/lines';
import { readMessages } from '../../server/src/service/read/message';
import { decodeBase64, decodeQuotedPrintable, readEntity } from '../../server/src/service/read/mime';
import { corpusFiles, corpusRoot, readCorpus } from '../support/corpus';

function read(text: string): ReturnType<typeof readMessages> {
  return readMessages(splitLines(text));
}

function inside(inner: LineSpan, outer: LineSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Every part lies inside its parent, after the parent's header, and parts follow each other in order. */
function treeProblems(part: MessagePart, where: string): string[] {
  const problems: string[] = [];
  if (part.span.end < part.span.start) problems.push(`${where}: empty span`);
  if (part.header.start !== part.span.start) problems.push(`${where}: header does not open the part`);
  let previous = part.header.end;
  part.parts.forEach((child, i) => {
    const at = `${where}/${i}:${child.contentType}`;
    if (!inside(child.span, part.span)) problems.push(`${at}: outside its parent`);
    if (child.span.start <= previous) problems.push(`${at}: overlaps what comes before`);
    previous = child.span.end;
    problems.push(...treeProblems(child, at));
  });
  return problems;
}

describe('every message of the corpus reads', () => {
  for (const folder of ['eml', 'bounces'] as const) {
    it(`${folder}/: one message each, a sound MIME tree, sorted mentions`, () => {
      const problems: string[] = [];
      for (const path of corpusFiles(folder)) {
        const file = basename(path);
        const lines = splitLines(readCorpus(path));
        const { messages, mentions } = readMessages(lines);
        if (messages.length === 0) problems.push(`${file}: no message`);
        for (const m of messages) {
          if (!inside(m.root.span, m.span)) problems.push(`${file}: root outside the message`);
          problems.push(...treeProblems(m.root, file));
          for (const d of m.deliveries) if (!inside({ start: d.line, end: d.line }, m.span)) problems.push(`${file}: delivery line ${d.line} outside`);
        }
        const order = mentions.map((m) => [m.line, (m.reply ?? m.enhanced)!.character] as const);
        if (order.some(([l, c], i) => i > 0 && (l < order[i - 1]![0] || (l === order[i - 1]![0] && c <= order[i - 1]![1])))) {
          problems.push(`${file}: mentions not sorted or repeated`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('a multipart/report bounce: its parts and the message it returns', () => {
    const path = join(corpusRoot, 'eml', 'postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml');
    const [message] = read(readCorpus(path)).messages;
    assert.equal(message?.subject, 'Undelivered Mail Returned to Sender');
    assert.equal(message.root.contentType, 'multipart/report');
    assert.deepEqual(
      message.root.parts.map((p) => p.contentType),
      ['text/plain', 'message/delivery-status', 'message/rfc822'],
    );
    assert.equal(message.root.parts[2]!.parts.length, 1, 'the returned message is walked as a message');
  });
});

/** The DSN table of EXPECTED.md's eml section: file → Action, Status, Diagnostic-Code. */
interface DsnRow {
  readonly file: string;
  readonly action: string;
  readonly status: string;
  /** Without the "smtp; " type and without a trailing "…"; null for "(none)", "as above", "same". */
  readonly diagnostic: string | null;
}

function expectedDsnRows(): { rows: DsnRow[]; missing: string[] } {
  const text = readFileSync(join(corpusRoot, 'EXPECTED.md'), 'utf8');
  const start = text.indexOf('## eml/');
  const section = text.slice(start, text.indexOf('\n## ', start + 1));
  const table = section.slice(section.indexOf('| file | Action'), section.indexOf('\n\n', section.indexOf('| file | Action')));
  const files = corpusFiles('eml').map((p) => basename(p));
  const rows: DsnRow[] = [];
  const missing: string[] = [];
  for (const line of table.split('\n').slice(2)) {
    const cells = line.split('|').map((c) => c.trim().replace(/\*\*/g, ''));
    const [, spec, action, statusCell, diagnosticCell] = cells;
    if (!spec || !action || !statusCell || diagnosticCell === undefined) continue;
    // "postfix_mbox_alice_15/16_postmaster-…" and "postfix_mbox_alice_25 / postfix_mbox_bob_06" name two files.
    const alternation = /^(.*_)(\d+)\/(\d+)(_.*)$/.exec(spec);
    const prefixes = alternation
      ? [`${alternation[1]}${alternation[2]}${alternation[4]}`, `${alternation[1]}${alternation[3]}${alternation[4]}`]
      : spec.split(' / ');
    const statuses = statusCell.split(' / ');
    const diagnostic = /^(?:\(none\)|as above|same)$/.test(diagnosticCell)
      ? null
      : diagnosticCell.replace(/^[\w-]+; /, '').replace(/(?:\.\.\.|…)$/, '').trim();
    prefixes.forEach((prefix, i) => {
      const file = files.find((f) => f.startsWith(prefix.trim()));
      if (!file) missing.push(prefix);
      else rows.push({ file, action, status: statuses[i] ?? statuses[0]!, diagnostic });
    });
  }
  return { rows, missing };
}

describe("EXPECTED.md: the DSN fields of corpus/eml's delivery reports", () => {
  const { rows, missing } = expectedDsnRows();
  it('the table names the DSNs of the corpus', (t) => {
    if (missing.length > 0) t.diagnostic(`listed in EXPECTED.md but not in eml/: ${missing.join(', ')}`);
    assert.ok(rows.length >= 14, `only ${rows.length} rows resolved`);
  });
  for (const row of rows) {
    it(`${row.file}: ${row.action} ${row.status}`, () => {
      const path = join(corpusRoot, 'eml', row.file);
      assert.ok(existsSync(path));
      const text = readCorpus(path);
      const lines = splitLines(text);
      const { messages, mentions } = read(text);
      const deliveries = messages.flatMap((m) => m.deliveries);
      assert.equal(deliveries.length, 1, 'one recipient reported');
      const [d] = deliveries;
      assert.equal(d!.action, row.action);
      assert.ok(/^(?:Final|Original)-Recipient:|^Action:/i.test(lines[d!.line]!), 'the report starts at its first field');
      // The Status field itself is a mention in DSN context.
      assert.ok(
        mentions.some((m) => m.context === 'dsn' && m.enhanced?.code === row.status && /^Status:/i.test(lines[m.line]!)),
        `Status: ${row.status} mentioned`,
      );
      // The report's status is the field's, unless the field is the catch-all X.0.0 and the remote said more.
      if (/^\d\.0\.0$/.test(row.status) && d!.status !== row.status) {
        assert.equal(d!.status?.[0], row.status[0]);
        assert.ok(d!.diagnostic?.includes(d!.status!), `${d!.status} comes from the remote's reply`);
      } else assert.equal(d!.status, row.status);
      if (row.diagnostic !== null) {
        assert.ok(d!.diagnostic?.startsWith(row.diagnostic), `diagnostic ${d!.diagnostic}`);
        const reply = /^\d{3}(?= )/.exec(row.diagnostic)?.[0] ?? null;
        assert.equal(d!.reply, reply);
      }
    });
  }
});

describe('MIME walking', () => {
  const report = [
    'From: MAILER-DAEMON@mail.example.test (Mail Delivery System)',
    'Subject: Undelivered Mail',
    '\tReturned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="B1"',
    '',
    'preamble',
    '--B1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'notice',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.test',
    '',
    'Final-Recipient: rfc822; carol@remote.test',
    'Action: failed',
    'Status: 5.1.1',
    '',
    '--B1',
    'Content-Type: text/rfc822-headers',
    '',
    'From: bob@example.test',
    'Subject: apples',
    '',
    '--B1',
    'Content-Type: message/rfc822',
    '',
    'From: bob@example.test',
    'Content-Type: multipart/alternative; boundary=B2',
    '',
    '--B2',
    'Content-Type: text/plain',
    '',
    'plain',
    '--B2',
    'Content-Type: text/html',
    '',
    '<p>html</p>',
    '--B2--',
    '',
    '--B1--',
    'epilogue',
  ];
  const text = report.join('\r\n');
  const [message] = read(text).messages;

  it('walks multiparts, enclosed messages and header copies with their line spans', () => {
    const root = message!.root;
    assert.equal(root.contentType, 'multipart/report');
    assert.deepEqual(root.header, { start: 0, end: 5 });
    assert.deepEqual(
      root.parts.map((p) => [p.contentType, p.span.start, p.span.end]),
      [
        ['text/plain', 9, 11],
        ['message/delivery-status', 13, 20],
        ['text/rfc822-headers', 22, 26],
        ['message/rfc822', 28, 42],
      ],
    );
    const enclosed = root.parts[3]!.parts[0]!;
    assert.equal(enclosed.contentType, 'multipart/alternative');
    assert.deepEqual(enclosed.header, { start: 30, end: 31 });
    assert.deepEqual(enclosed.parts.map((p) => p.contentType), ['text/plain', 'text/html']);
  });

  it('unfolds the subject and reads the per-recipient field group', () => {
    assert.equal(message!.subject, 'Undelivered Mail Returned to Sender');
    assert.deepEqual(
      message!.deliveries.map((d) => [d.recipient, d.action, d.status, d.line, d.span]),
      [['carol@remote.test', 'failed', '5.1.1', 17, { start: 17, end: 19 }]],
    );
  });

  it('keeps field spans across folds and reads Content-Type parameters', () => {
    const lines = splitLines(text);
    const entity = readEntity(lines, { start: 0, end: lines.length - 1 });
    const subject = entity.header.fields.find((f) => f.name === 'subject');
    assert.deepEqual(subject?.span, { start: 1, end: 2 });
    assert.equal(entity.params.get('boundary'), 'B1');
    assert.equal(entity.params.get('report-type'), 'delivery-status');
    assert.deepEqual(entity.parts[2]!.enclosedHeader?.fields.map((f) => f.name), ['from', 'subject']);
  });

  it('finds the parts when the boundary parameter is not indented (Apache James) or not the one used', () => {
    const unindented = ['Content-Type: multipart/alternative;', 'boundary="X1"', '', '--X1', 'Content-Type: text/plain', '', 'a', '--X1--'];
    assert.deepEqual(read(unindented.join('\n')).messages[0]!.root.parts.map((p) => p.contentType), ['text/plain']);
    const wrong = ['Content-Type: multipart/mixed; boundary="declared"', '', '--actual-0123', 'Content-Type: text/plain', '', 'a', '--actual-0123--'];
    assert.deepEqual(read(wrong.join('\n')).messages[0]!.root.parts.map((p) => p.contentType), ['text/plain']);
  });

  it('decodes quoted-printable: soft breaks joined, the line where each starts kept', () => {
    const body = ['Diagnostic-Code: smtp; 55=', '0 5.2.2 Mailbox=20Full', 'plain line'].map((t, i) => ({ text: t, line: 10 + i, offset: 0 }));
    assert.deepEqual(decodeQuotedPrintable(body), [
      { text: 'Diagnostic-Code: smtp; 550 5.2.2 Mailbox Full', line: 10, offset: null },
      { text: 'plain line', line: 12, offset: 0 },
    ]);
  });

  it('decodes base64 and places each decoded line on the encoded line that holds its first byte', () => {
    const encoded = Buffer.from('line one\r\nline two\r\n' + 'x'.repeat(60) + '\r\nlast\r\n').toString('base64');
    // 20 base64 characters hold 15 bytes: "line two" starts at byte 10 (line 0), the x's at 20 (line 1), "last" at 82.
    const chunks = encoded.match(/.{1,20}/g)!.map((t, i) => ({ text: t, line: i, offset: 0 }));
    const decoded = decodeBase64(chunks);
    assert.deepEqual(decoded.map((l) => l.text).slice(0, 4), ['line one', 'line two', 'x'.repeat(60), 'last']);
    assert.deepEqual(decoded.slice(0, 4).map((l) => l.line), [0, 0, 1, 5]);
  });
});

describe('mbox: several messages, split on "From " lines', () => {
  const bounce = (n: number): string[] => [
    `From MAILER-DAEMON  Sat Nov 28 10:4${n}:30 2026`,
    'From: MAILER-DAEMON@mx.example.test',
    `Subject: failure notice ${n}`,
    '',
    `Hi. This is the qmail-send program at mx.example.test.`,
    '',
    `<user${n}@remote.test>:`,
    'Remote host said: 550 5.1.1 No such user',
    '',
    'From the desk of the postmaster: nothing here splits the message.',
    '>From quoted lines do not split either.',
    '',
  ];
  const text = [...bounce(1), ...bounce(2), ...bounce(3)].join('\n');

  it('reads one message per separator, each with its own subject, span and report', () => {
    const { messages } = read(text);
    assert.deepEqual(
      messages.map((m) => [m.subject, m.span.start, m.root.span.start, m.deliveries.map((d) => [d.recipient, d.reply, d.status, d.line])]),
      [
        ['failure notice 1', 0, 1, [['user1@remote.test', '550', '5.1.1', 6]]],
        ['failure notice 2', 12, 13, [['user2@remote.test', '550', '5.1.1', 18]]],
        ['failure notice 3', 24, 25, [['user3@remote.test', '550', '5.1.1', 30]]],
      ],
    );
  });

  it('an .eml whose first line is a "From " line is one message', () => {
    const eml = readCorpus(join(corpusRoot, 'bounces', 'lhost-exim-29.eml'));
    assert.ok(eml.startsWith('From '));
    assert.equal(read(eml).messages.length, 1);
  });
});

describe('precision: what a message reader must not take for a code', () => {
  const letter = [
    'From: bob@example.test',
    'To: carol@example.test',
    'Subject: lunch',
    'Date: Sat, 28 Nov 2026 12:25:03 +0000',
    '',
    '250 apples',
    'Remote host said: 550 5.1.1 is what the bounce said, see below.',
    'Meet me at 12:25:03 on port :2525.',
  ].join('\n');

  it('a person\'s letter has no delivery report and no codes, whatever its body says', () => {
    const { messages, mentions } = read(letter);
    assert.deepEqual(messages[0]!.deliveries, []);
    assert.deepEqual(mentions, []);
  });

  it('in a bounce: the returned message, dates, ports and versions stay silent', () => {
    const bounce = [
      'From: MAILER-DAEMON@mail.example.test (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Sat, 28 Nov 2026 12:25:03 +0000',
      '',
      'This is the mail system at host mail.example.test.',
      '',
      '<carol@remote.test>: connect to mx.remote.test[192.0.2.25]:2525: Connection refused',
      '<dave@remote.test>: connect to mx.remote.test[192.0.2.25]:550: Connection refused',
      '250 apples',
      'Sent at 12:25:03 by mailer version 4.2.2.',
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Received: from client (localhost [127.0.0.1]) by mail.example.test (Postfix) with ESMTP id 550ABC',
      'Subject: apples',
      'Message-ID: <250.550.1@example.test>',
      '',
      '250 apples',
      'Remote host said: 550 5.1.1 quoted in the returned body',
    ].join('\n');
    const { messages, mentions } = read(bounce);
    assert.deepEqual(mentions, []);
    assert.deepEqual(
      messages[0]!.deliveries.map((d) => [d.recipient, d.reply, d.status]),
      [
        ['carol@remote.test', null, null],
        ['dave@remote.test', null, null],
      ],
    );
  });
});
