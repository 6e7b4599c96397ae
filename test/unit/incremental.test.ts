import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings, type LanguageService, type ServiceDocument, type ServiceSettings, type Slicing } from '../../server/src/service';
import { ChunkedDocument, makeChunk, type TextChunk } from '../../server/src/service/chunks';
import type { DocumentModel } from '../../server/src/service/model';
import { corpusRoot, readCorpus } from '../support/corpus';
import { doc } from '../support/documents';

/** What a person sees of a document's analysis: every diagnostic, code, log entry, session and message, the outline, the folding. */
function seen(service: LanguageService, document: Parameters<LanguageService['diagnostics']>[0]): unknown {
  const model = service.analyze(document) as DocumentModel;
  return {
    outline: service.documentSymbols(document),
    folding: service.foldingRanges(document),
    messages: model.messages,
    diagnostics: service.diagnostics(document).map(({ range, message, severity, code }) => ({ range, message, severity, code })),
    mentions: model.mentions,
    entries: model.logEntries.map(({ id, lines, outcome, recipients, verdict }) => ({ id, lines, outcome, recipients, verdict })),
    sessions: model.sessions.map(({ span, exchanges, transactions }) => ({ span, exchanges, transactions: transactions.map((t) => t.span) })),
  };
}

/** A line edit: which line (modulo the line count), and what happens to it. */
interface LineEdit {
  readonly line: number;
  readonly other: number;
  readonly kind: 'delete' | 'copy' | 'type' | 'split' | 'join';
  readonly character: number;
  readonly typed: string;
}

const lineEdit: fc.Arbitrary<LineEdit> = fc.record({
  line: fc.nat(),
  other: fc.nat(),
  kind: fc.constantFrom<LineEdit['kind']>('delete', 'copy', 'type', 'split', 'join'),
  character: fc.nat({ max: 80 }),
  typed: fc.constantFrom(
    'X',
    '5',
    ' 550 5.1.1 ',
    '\n',
    'status=bounced',
    '',
    '<-  220 mx ESMTP',
    ' -> QUIT',
    '221 Bye',
    '\\r',
    // A real CR and CR LF: line breaks of their own, or the CR that an LF after it joins into one.
    '\r',
    '\r\n',
    '.',
    // Ignore comments, which decide which findings are shown where: for the next line, and for the whole document.
    ' smtp-lens-disable-next-line ',
    ' smtp-lens-disable-next-line log-delivery-failure',
    ' smtp-lens-disable enhanced-unusual-pairing',
  ),
});

function toChange(reference: TextDocument, edit: LineEdit): TextDocumentContentChangeEvent {
  const line = edit.line % reference.lineCount;
  // Copies come from nearby, where the same message's lines are (and its "removed" line, which splits a queue ID).
  const other = Math.min(Math.max(line + (edit.other % 61) - 30, 0), reference.lineCount - 1);
  switch (edit.kind) {
    case 'delete':
      return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
    case 'copy': {
      const copied = reference.getText({ start: { line: other, character: 0 }, end: { line: other + 1, character: 0 } });
      return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: copied };
    }
    case 'type':
      return { range: { start: { line, character: edit.character }, end: { line, character: edit.character + 1 } }, text: edit.typed };
    case 'split':
      return { range: { start: { line, character: edit.character }, end: { line, character: edit.character } }, text: '\n' };
    case 'join':
      return { range: { start: { line, character: 10_000 }, end: { line: line + 1, character: 0 } }, text: '' };
  }
}

/**
 * The property both kinds are held to: after any line edits, a document kept in chunks of `chunkChars` (at least
 * `minChunks` of them) and analysed as it goes reads as the same text read whole. Not every version is analysed, as
 * when edits come faster than diagnostics; some passes go in the smallest slices and give up half-way, as when a
 * newer version arrives.
 */
function readsAsWhole(text: string, languageId: string, chunkChars: number, minChunks: number, settings = defaultSettings, growing = false): Promise<void> {
  return fc.assert(
    fc.asyncProperty(fc.array(lineEdit, { minLength: 1, maxLength: 6 }), fc.option(fc.nat({ max: 5 })), async (edits, giveUpAfter) => {
      const live = createLanguageService(settings);
      const chunked = new ChunkedDocument('file:///live', languageId, 1, text, chunkChars, growing);
      const reference = TextDocument.create('file:///live', languageId, 1, text);
      assert.ok(chunked.getChunks().length > minChunks);
      live.diagnostics(chunked);
      for (const [i, edit] of edits.entries()) {
        const change = toChange(reference, edit);
        TextDocument.update(reference, [change], i + 2);
        chunked.update([change], i + 2);
        if (i % 3 === 1) live.diagnostics(chunked);
        if (i % 3 === 2) {
          let pauses = 0;
          const slicing = { sliceMs: 0, pause: () => Promise.resolve(void pauses++), cancelled: () => giveUpAfter !== null && pauses > giveUpAfter };
          await live.diagnosticsInSlices(chunked, slicing);
          const outline = await live.documentSymbolsInSlices(chunked, { sliceMs: 0, pause: () => Promise.resolve(), cancelled: () => false });
          assert.deepEqual(outline, live.documentSymbols(chunked), 'the outline in slices, as in one go');
        }
      }
      assert.equal(chunked.getText(), reference.getText());
      assert.deepEqual(seen(live, chunked), seen(createLanguageService(settings), doc(reference.getText(), languageId)));
    }),
    { numRuns: 100 },
  );
}

describe('incremental analysis', () => {
  // Real logs, repeated so that the document spans several chunks and queue IDs recur across chunks.
  const logs = ['postfix_maillog_file.log', 'exim_mainlog.log', 'sendmail_syslog_traditional.log'];

  for (const name of logs) {
    it(`${name}: after any edits, a document kept in chunks reads as the same text read whole`, () =>
      readsAsWhole(readCorpus(join(corpusRoot, 'logs', name)).repeat(6), 'mail-log', 4096, 3));
  }

  // Real transcripts of several tools, one after another and repeated, so that their sessions span many small chunks
  // and parts end between sessions; the edits make and break the replies and commands that end or open a session.
  const transcripts = {
    swaks: ['swaks_postfix_01_delivered.txt', 'swaks_exim_08_auth_fail.txt', 'swaks_postfix_12_greylist_450.txt', 'swaks_aiosmtpd_04_data_rejected.txt'],
    socat: ['socat_postfix_01_protocol_errors.txt', 'socat_exim_04_bdat.txt', 'socat_postfix_04_bare_lf.txt', 'socat_postfix_06_strict_timeout.txt'],
    curl: ['curl_postfix_01_delivered.txt', 'curl_postfix_02_rcpt_fail.txt', 'curl_postfix_05_auth_fail_587.txt'],
    smtplib: ['smtplib_postfix_dsn_success_lvl1.txt', 'smtplib_exim_protocol_errors_lvl1.txt', 'smtplib_postfix_submission_login_fail_lvl1.txt'],
  };

  for (const [tool, names] of Object.entries(transcripts)) {
    it(`${tool} transcripts: after any edits, a document kept in chunks reads as the same text read whole`, () =>
      readsAsWhole(names.map((name) => readCorpus(join(corpusRoot, 'transcripts', name))).join('\n').repeat(4), 'smtp-transcript', 2048, 5));
  }

  // An mbox of bounces and notices from Postfix, Exim, Sendmail and OpenSMTPD, repeated: its parts end between messages.
  const mbox = (): string => {
    const names = [
      'postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml',
      'exim_maildir_dave_04_mail-delivery-failed-returning-message-to-sender.eml',
      'sendmail_mbox_bob_08_returned-mail-see-transcript-for-details.eml',
      'opensmtpd_mbox_carol_09_delivery-status-notification-delayed.eml',
      'postfix_mbox_alice_15_postmaster-warning-delayed-mail.eml',
    ];
    const messages = names.map((name) => `From MAILER-DAEMON Tue Jun 11 19:13:34 2024\n${readCorpus(join(corpusRoot, 'eml', name)).replace(/\r\n/g, '\n').replace(/^From /gm, '>From ')}\n`);
    return messages.join('').repeat(4);
  };

  it('an mbox: after any edits, a document kept in chunks reads as the same text read whole', () => readsAsWhole(mbox(), 'eml', 4096, 5));

  // As the server keeps its documents: the first chunks small (a sixteenth of the size, then twice as big each time),
  // so that parts read on across several of them, and an edit there joins them with the chunks after.
  it('with the first chunks smaller, as the server keeps them: after any edits, a document reads as the same text read whole', async () => {
    const socat = transcripts.socat.map((name) => readCorpus(join(corpusRoot, 'transcripts', name))).join('\n').repeat(4);
    await readsAsWhole(socat, 'smtp-transcript', 4096, 5, { ...defaultSettings, maxPerDocument: 9 }, true);
    await readsAsWhole(readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(6), 'mail-log', 4096, 3, defaultSettings, true);
    await readsAsWhole(mbox(), 'eml', 4096, 5, defaultSettings, true);
  });

  // Each rule shows a few diagnostics and counts the rest: what an edit changes before, at and after where a rule
  // stops showing must come out as a fresh pass has it, with the kept diagnostics of the runs it did not change.
  it('with a few diagnostics shown per rule: after any edits, a document reads as the same text read whole', async () => {
    const few = { ...defaultSettings, maxPerRule: 4 };
    await readsAsWhole(readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(6), 'mail-log', 4096, 3, few);
    const swaks = transcripts.swaks.map((name) => readCorpus(join(corpusRoot, 'transcripts', name))).join('\n').repeat(4);
    await readsAsWhole(swaks, 'smtp-transcript', 2048, 5, few);
  });

  // The same where the document's most is shared among the rules: an edit that changes how many a rule has changes
  // every rule's share. Two rules find in the log, four in the socat dumps.
  it('with a few diagnostics shown per document: after any edits, a document reads as the same text read whole', async () => {
    const few = { ...defaultSettings, maxPerDocument: 5 };
    await readsAsWhole(readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(6), 'mail-log', 4096, 3, few);
    const socat = transcripts.socat.map((name) => readCorpus(join(corpusRoot, 'transcripts', name))).join('\n').repeat(4);
    await readsAsWhole(socat, 'smtp-transcript', 2048, 5, few);
  });

  // Lines that end in CR alone (old Mac programs), in LF or in CR LF, mixed: chunks are cut after any of them, and an
  // edit can join a CR at the end of one chunk with an LF at the start of the next into one break.
  it('with lines that end in CR, LF and CR LF: after any edits, a document reads as the same text read whole', async () => {
    const mixed = (text: string): string =>
      text
        .split(/\r\n|\r|\n/)
        .map((line, i) => line + ['\r', '\n', '\r\n'][i % 3])
        .join('');
    await readsAsWhole(mixed(readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(6)), 'mail-log', 4096, 3);
    const swaks = transcripts.swaks.map((name) => readCorpus(join(corpusRoot, 'transcripts', name))).join('\n').repeat(4);
    await readsAsWhole(mixed(swaks), 'smtp-transcript', 2048, 5, defaultSettings, true);
    await readsAsWhole(readCorpus(join(corpusRoot, 'logs', 'exim_mainlog.log')).repeat(6).replace(/\n/g, '\r'), 'mail-log', 4096, 3);
  });

  /** A log, a transcript and an mbox long enough for many parts, with their language ids. */
  const documentsInParts = (): [string, string][] => [
    [readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(6), 'mail-log'],
    [readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_01_delivered.txt')).repeat(40), 'smtp-transcript'],
    [mbox(), 'eml'],
  ];

  it('builds the outline and the folding in slices, the same as in one go, and stops when cancelled', async () => {
    for (const [text, languageId] of documentsInParts()) {
      const whole = createLanguageService();
      const chunked = (): ChunkedDocument => new ChunkedDocument('file:///s', languageId, 1, text, 4096);
      let pauses = 0;
      const slicing = (giveUpAfter: number) => ({ sliceMs: 0, pause: () => Promise.resolve(void pauses++), cancelled: () => pauses > giveUpAfter });
      const sliced = {
        outline: (giveUpAfter: number) => createLanguageService().documentSymbolsInSlices(chunked(), slicing(giveUpAfter)),
        folding: (giveUpAfter: number) => createLanguageService().foldingRangesInSlices(chunked(), undefined, slicing(giveUpAfter)),
      };
      const expected = { outline: whole.documentSymbols(doc(text, languageId)), folding: whole.foldingRanges(doc(text, languageId)) };
      for (const feature of ['outline', 'folding'] as const) {
        pauses = 0;
        assert.deepEqual(await sliced[feature](Infinity), expected[feature], `${languageId} ${feature}`);
        if (expected[feature].length < 20) continue;
        assert.ok(pauses >= 20, `${languageId} ${feature}: ${pauses} pauses`);
        pauses = 0;
        assert.equal(await sliced[feature](3), null);
        assert.equal(pauses, 4);
      }
    }
  });

  it('gathers the diagnostics of a document read in parts in steps too, once every part is read', async () => {
    for (const [text, languageId] of documentsInParts()) {
      const chunked = new ChunkedDocument('file:///s', languageId, 1, text, 4096);
      // Before each pause of its reading, the pass says how far it got; the pauses it does not say that before gather.
      let pauses = 0;
      let gathering = 0;
      let reported = false;
      const slicing = {
        sliceMs: 0,
        pause: () => {
          pauses++;
          if (!reported) gathering++;
          reported = false;
          return Promise.resolve();
        },
        cancelled: () => false,
        progress: () => void (reported = true),
      };
      const sliced = await createLanguageService().diagnosticsInSlices(chunked, slicing);
      const whole = createLanguageService().diagnostics(doc(text, languageId));
      assert.deepEqual(sliced, whole, languageId);
      // A step for each part it read, then one for each run of findings: with findings, more than the reading took;
      // without, nothing to gather.
      const reading = pauses - gathering;
      if (whole.length > 0) assert.ok(gathering > reading, `${languageId}: ${gathering} of ${pauses} pauses gathered`);
      else assert.equal(gathering, 0, `${languageId}: ${gathering} of ${pauses} pauses gathered`);
    }
  });

  it('a pass gives up when its document changes under it, and the new version reads as a fresh one', async () => {
    const passes = {
      diagnostics: (live: LanguageService, d: ChunkedDocument, slicing: Slicing) => live.diagnosticsInSlices(d, slicing),
      outline: (live: LanguageService, d: ChunkedDocument, slicing: Slicing) => live.documentSymbolsInSlices(d, slicing),
      folding: (live: LanguageService, d: ChunkedDocument, slicing: Slicing) => live.foldingRangesInSlices(d, undefined, slicing),
    };
    for (const [text, languageId] of documentsInParts()) {
      for (const [name, pass] of Object.entries(passes)) {
        if (languageId === 'mail-log' && name === 'folding') continue; // a log has no folds: nothing to pause for
        const live = createLanguageService();
        const document = new ChunkedDocument('file:///changing', languageId, 1, text, 4096);
        let pauses = 0;
        // At the second pause the first line goes, and the new version is analysed before the old pass goes on.
        const pause = (): Promise<void> => {
          if (++pauses === 2) {
            document.update([{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }], 2);
            live.diagnostics(document);
          }
          return Promise.resolve();
        };
        assert.equal(await pass(live, document, { sliceMs: 0, pause, cancelled: () => false }), null, `${languageId} ${name}`);
        assert.ok(pauses >= 2, `${languageId} ${name}: ${pauses} pauses`);
        assert.deepEqual(seen(live, document), seen(createLanguageService(), doc(document.getText(), languageId)), `${languageId} ${name}`);
      }
    }
  });

  it('new text under the same version number is read again, and a pass over the old text gives up', async () => {
    for (const [text, languageId] of documentsInParts()) {
      const live = createLanguageService();
      const document = new ChunkedDocument('file:///same-version', languageId, 7, text, 4096);
      live.diagnostics(document);
      // A client out of step (a second didOpen, a change that keeps the number) sends new text as version 7 again.
      const drop = (): void => document.update([{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }], 7);
      drop();
      assert.deepEqual(seen(live, document), seen(createLanguageService(), doc(document.getText(), languageId)), languageId);
      // A pass with parts to read (the live service has read this text already, and would not pause).
      let pauses = 0;
      const pause = (): Promise<void> => Promise.resolve(void (++pauses === 2 && drop()));
      assert.equal(await createLanguageService().diagnosticsInSlices(document, { sliceMs: 0, pause, cancelled: () => false }), null, languageId);
    }
  });

  it('after an edit, only the diagnostics of what it changed are made again, and those it moved', () => {
    // An ignore comment at the top: the next-line comments the log-entries rules are given are gathered in each pass.
    const text = `smtp-lens-disable-next-line enhanced-unusual-pairing\n${readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(6)}`;
    const live = createLanguageService();
    const document = new ChunkedDocument('file:///reuse', 'mail-log', 1, text, 4096);
    const fresh = (): Diagnostic[] => createLanguageService().diagnostics(doc(document.getText(), 'mail-log'));
    const first = live.diagnostics(document);
    assert.ok(first.length > 100, `${first.length} diagnostics`);
    // A character typed on a line in the middle: one chunk changes, no line moves.
    const middle = Math.floor(document.lineCount / 2);
    document.update([{ range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: 'x' }], 2);
    const typed = live.diagnostics(document);
    assert.deepEqual(typed, fresh());
    const kept = new Set(first);
    const made = typed.filter((d) => !kept.has(d));
    assert.ok(made.length < typed.length / 10, `${made.length} of ${typed.length} made again`);
    // A line put in at the top moves every line below it: every diagnostic is made again, on its new line.
    document.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }], 3);
    const moved = live.diagnostics(document);
    assert.deepEqual(moved, fresh());
    assert.ok(!moved.some((d) => typed.includes(d)));
  });

  it('after an edit in the middle of a transcript, the diagnostics of its last part are kept', () => {
    // A part that reads into the last chunk without reaching the end of the document was read again at every edit:
    // in chunks of 5,000 characters, the part before the last one does.
    const text = transcripts.socat.map((name) => readCorpus(join(corpusRoot, 'transcripts', name))).join('\n').repeat(12);
    const live = createLanguageService();
    const document = new ChunkedDocument('file:///kept-end', 'smtp-transcript', 1, text, 5000);
    const first = live.diagnostics(document);
    const lastLines = Math.floor(document.lineCount * 0.9);
    const atEnd = first.filter((d) => d.range.start.line >= lastLines);
    assert.ok(atEnd.length > 5, `${atEnd.length} diagnostics at the end`);
    const middle = Math.floor(document.lineCount / 2);
    document.update([{ range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: 'x' }], 2);
    const after = live.diagnostics(document);
    assert.deepEqual(after, createLanguageService().diagnostics(doc(document.getText(), 'smtp-transcript')));
    const kept = new Set(after);
    assert.deepEqual(atEnd.filter((d) => !kept.has(d)), []);
  });

  it('an edit late in a chunk keeps the part before, which read on into that chunk but not as far as the edit', () => {
    const text = transcripts.socat.map((name) => readCorpus(join(corpusRoot, 'transcripts', name))).join('\n').repeat(12);
    const live = createLanguageService();
    const document = new ChunkedDocument('file:///read-on', 'smtp-transcript', 1, text, 5000);
    let version = 1;
    for (let k = 2; k < 10; k++) {
      const before = live.diagnostics(document);
      const starts = document.getChunks().slice(0, k + 1).reduce((lines: number[], chunk) => [...lines, lines.at(-1)! + chunk.breaks], [0]);
      // The last line of chunk k: a part that started before the chunk and read on into it stopped before there.
      const line = starts[k + 1]! - 1;
      document.update([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }], ++version);
      const after = live.diagnostics(document);
      assert.deepEqual(after, createLanguageService().diagnostics(doc(document.getText(), 'smtp-transcript')));
      const kept = new Set(after);
      const earlier = before.filter((d) => d.range.start.line < starts[k]!);
      assert.deepEqual(earlier.filter((d) => !kept.has(d)), [], `chunk ${k}`);
      document.update([{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }], ++version);
    }
  });

  it('the kind and format are told again when an edit changes lines they are told from past the first chunk', () => {
    const php = readCorpus(join(corpusRoot, 'transcripts', 'phpmailer_postfix_01_delivered.txt'));
    const socat = readCorpus(join(corpusRoot, 'transcripts', 'socat_postfix_01_protocol_errors.txt'));
    const head = `${php.split('\n').slice(0, 12).join('\n')}\n`;
    // Chunks of about the head's length: the lines after it, which the format is told from too, lie in other chunks.
    const document = new ChunkedDocument('file:///told', 'smtp-transcript', 1, php, head.length - 1);
    const live = createLanguageService();
    assert.equal(live.analyze(document)?.format, 'phpmailer');
    const first = document.getChunks()[0];
    document.update([{ range: { start: document.positionAt(head.length), end: document.positionAt(php.length) }, text: socat }], 2);
    assert.equal(document.getChunks()[0], first, 'the first chunk is kept');
    assert.equal(live.analyze(document)?.format, 'socat');
    assert.deepEqual(seen(live, document), seen(createLanguageService(), doc(document.getText(), 'smtp-transcript')));
  });

  it('a chunk that was the last and has chunks after it now is read again: its part no longer holds the line after its end', () => {
    // A client's own document kept in chunks (ServiceDocument.getChunks), to which whole chunks are added at the end.
    const lines = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).split('\n');
    const [a, b, c] = [lines.slice(0, 20), lines.slice(20, 40), lines.slice(40)].map((run, i) => makeChunk(i < 2 ? `${run.join('\n')}\n` : run.join('\n')));
    const growing = (version: number, chunks: TextChunk[]): ServiceDocument => ({
      uri: 'file:///growing',
      languageId: 'mail-log',
      version,
      getText: () => chunks.map((chunk) => chunk.text).join(''),
      getChunks: () => chunks,
    });
    const live = createLanguageService();
    live.diagnostics(growing(1, [a!, b!]));
    const grown = growing(2, [a!, b!, c!]);
    // The redaction goes over the document's lines: a line too many in b's part would move every edit after it.
    const redaction = (service: LanguageService): unknown => service.codeActions(grown, [], ['source']);
    assert.deepEqual(redaction(live), redaction(createLanguageService()));
    assert.deepEqual(seen(live, grown), seen(createLanguageService(), doc(grown.getText(), 'mail-log')));
  });

  it('an ignore comment put on the last line of a chunk hides what the first line of the next chunk found', () => {
    // Each line is a rejection (log-delivery-failure, from the log's entries) with an unusual pair of codes
    // (enhanced-unusual-pairing, from the part the line is read in).
    const line =
      'Nov 28 10:44:29 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from unknown[127.0.0.5]: 554 5.7.1 <victim@elsewhere.test>: Relay access denied; from=<someone@example.net> to=<victim@elsewhere.test> proto=ESMTP helo=<outside.example.net>';
    const text = Array.from({ length: 400 }, () => line).join('\n');
    const live = createLanguageService();
    const document = new ChunkedDocument('file:///ignore', 'mail-log', 1, text, 4096);
    const fresh = (): Diagnostic[] => createLanguageService().diagnostics(doc(document.getText(), 'mail-log'));
    const rulesOn = (diagnostics: readonly Diagnostic[], at: number): string[] => diagnostics.filter((d) => d.range.start.line === at).map((d) => String(d.code));
    const [first, second, third] = document.getChunks();
    const next = first!.breaks + second!.breaks;
    assert.deepEqual(rulesOn(live.diagnostics(document), next).sort(), ['enhanced-unusual-pairing', 'log-delivery-failure']);
    const comment = { start: { line: next - 1, character: line.length }, end: { line: next - 1, character: line.length } };
    document.update([{ range: comment, text: ' smtp-lens-disable-next-line' }], 2);
    assert.ok(document.getChunks().includes(third!), 'the chunk after the comment is kept');
    const hidden = live.diagnostics(document);
    assert.deepEqual(hidden, fresh());
    assert.deepEqual(rulesOn(hidden, next), []);
    assert.equal(rulesOn(hidden, next + 1).length, 2);
    // The comment taken out again: what the line found is shown again.
    const added = { start: comment.start, end: { line: next - 1, character: line.length + ' smtp-lens-disable-next-line'.length } };
    document.update([{ range: added, text: '' }], 3);
    assert.deepEqual(live.diagnostics(document), fresh());
    assert.equal(rulesOn(live.diagnostics(document), next).length, 2);
  });

  it('after a change of settings, the diagnostics are made again in the new ones', () => {
    const text = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(6);
    const live = createLanguageService();
    const document = new ChunkedDocument('file:///settings', 'mail-log', 1, text, 4096);
    live.diagnostics(document);
    const changes: ServiceSettings[] = [
      { ...defaultSettings, rules: { 'log-delivery-failure': 'error' } },
      { ...defaultSettings, permanentFailuresAsWarnings: true },
      { ...defaultSettings, maxPerRule: 3 },
      { ...defaultSettings, locale: 'ko' },
      { ...defaultSettings, rules: { 'enhanced-unusual-pairing': 'off' } },
      defaultSettings,
    ];
    for (const settings of changes) {
      live.configure(settings);
      assert.deepEqual(live.diagnostics(document), createLanguageService(settings).diagnostics(doc(text, 'mail-log')), JSON.stringify(settings));
    }
  });

  it('a transcript of many sessions is read in parts, each ending where a session starts', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_01_delivered.txt')).repeat(40);
    const document = new ChunkedDocument('file:///many.txt', 'smtp-transcript', 1, text, 2048);
    const service = createLanguageService();
    const model = service.analyze(document) as DocumentModel;
    const symbols = service.documentSymbols(document);
    assert.equal(model.sessions.length, 40);
    assert.equal(symbols.length, 40);
    assert.deepEqual(seen(service, document), seen(createLanguageService(), doc(text, 'smtp-transcript')));
  });
});
