import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { CancellationTokenSource, ResponseError, StreamMessageReader, type CancellationToken, type Message } from 'vscode-jsonrpc/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent, Position, Range } from 'vscode-languageserver-types';
import { Random } from '../../bench/random';
import { corpusRoot, readCorpus, repoRoot } from '../support/corpus';
import { positionOf } from '../support/documents';
import { ServerProcess } from '../support/lsp-client';

/**
 * Hostile and out-of-range client traffic against the built server. After each case the server must still answer,
 * hover right and publish diagnostics: "bad input gets a clear error or a graceful skip, never a crash, a hang or
 * lost text". Where the server's text matters, what it reports is compared with what it reports for the text the
 * client holds by the LSP spec (vscode-languageserver-textdocument applies the changes), opened fresh.
 */

/** Longer than any answer here needs on a busy 2-core machine; a hang shows as this timeout. */
const requestMs = 5000;

type Answer<T> = { readonly result: T } | { readonly error: ResponseError<unknown> };

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function resultOf<T>(answer: Answer<T>, what = 'the request'): T {
  if ('error' in answer) assert.fail(`${what} failed: ${answer.error.code} ${answer.error.message}`);
  return answer.result;
}

/** Each of `ranges` (of hovers, edits) lies inside the document `text`, in whole numbers. */
function assertInside(text: string, ranges: readonly Range[], what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (p: Position): boolean =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  for (const range of ranges) assert.ok(inside(range.start) && inside(range.end), `${what}: ${JSON.stringify(range)} is outside the document`);
}

/** Addresses on most lines: the redaction's edit at each one tells where the server has it. */
const transcript = [
  '<-  220 mx.example.com ESMTP [192.0.2.25]',
  ' -> EHLO [198.51.100.7]',
  '<-  250 mx.example.com Hello [198.51.100.7]',
  ' -> MAIL FROM:<alice@example.com>',
  '<-  250 2.1.0 <alice@example.com> Ok',
  ' -> RCPT TO:<bob@example.com>',
  '<** 550 4.1.1 <bob@example.com>: Recipient address rejected',
  ' -> RCPT TO:<carol@example.net>',
  '<-  250 2.1.5 <carol@example.net> Ok',
  '',
].join('\n');
/** Inserted by edits: its hover and its diagnostic say where the server has it. */
const sentinel = ' -> RCPT TO:<zed@example.org>\n<** 450 5.2.2 <zed@example.org>: Mailbox full\n';
const sentinelCode = '450 5.2.2';

/** A document the server keeps open throughout: hovering its 550 5.1.1 is the check that the server is still right. */
const controlUri = 'untitled:control';
const controlText = transcript.replace('550 4.1.1', '550 5.1.1');
const controlPosition = positionOf(controlText, '550 5.1.1');

function assertSentinelHover(hover: Hover | null, at: Position, what: string): void {
  assert.ok(hover, `${what}: no hover on ${sentinelCode} at ${JSON.stringify(at)}`);
  const text = (hover.contents as MarkupContent).value;
  assert.match(text, /### 450 — /, what);
  assert.match(text, /### 5\.2\.2 — /, what);
  assert.deepEqual(hover.range, { start: at, end: { line: at.line, character: at.character + sentinelCode.length } }, what);
}

/**
 * `count` edits, each made against the text the ones before it left (as an editor sends them in one notification):
 * inserts, deletes and replacements with line breaks of all three kinds, some past line ends or the document end,
 * some with their end before their start.
 */
function randomChanges(text: string, count: number, random: Random): TextDocumentContentChangeEvent[] {
  const pieces = ['', '', 'x', '\n', '\r\n', '\r', sentinel, ' -> NOOP\n', '<-  250 2.0.0 Ok\n', '<** 550 4.1.1 <eve@example.com>: no\n', '\u00e9\ud83d\udce7'];
  let doc = TextDocument.create('untitled:oracle', 'smtp-transcript', 0, text);
  const changes: TextDocumentContentChangeEvent[] = [];
  for (let i = 0; i < count; i++) {
    const line = random.int(0, doc.lineCount + 1);
    const start = { line, character: random.int(0, 89) };
    const end = { line: line + random.int(0, 2), character: random.int(0, 89) };
    const reversed = random.chance(0.1);
    const change = { range: reversed ? { start: end, end: start } : { start, end }, text: random.pick(pieces) };
    changes.push(change);
    doc = TextDocument.update(doc, [change], i + 1);
  }
  return changes;
}

/** What the client's text is after `changes`, by the LSP spec as its reference implementation applies them. */
function applied(text: string, changes: readonly TextDocumentContentChangeEvent[]): string {
  return TextDocument.update(TextDocument.create('untitled:oracle', 'any', 0, text), [...changes], 1).getText();
}

interface DidChange {
  readonly textDocument: { readonly uri: string; readonly version?: number | null };
  readonly contentChanges: readonly unknown[];
}

/** One server process with a control document open, and the checks that it is still well. */
class Session {
  readonly server = new ServerProcess();
  closed = false;
  /** Rejects once the connection closes: a dead server fails what waits on it at once, not at its timeout. */
  private readonly whenClosed: Promise<never>;
  private documents = 0;

  constructor() {
    this.whenClosed = new Promise<never>((_, reject) =>
      this.server.connection.onClose(() => {
        this.closed = true;
        reject(new Error(`the server's connection closed; its stderr:\n${this.server.stderr}`));
      }),
    );
    this.whenClosed.catch(() => undefined);
  }

  /** `promise`, unless the server goes first. */
  alive<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.whenClosed]);
  }

  async start(client: { workDoneProgress?: boolean } = {}): Promise<void> {
    await this.alive(withTimeout(this.server.initialize({}, client), requestMs, 'initialize'));
    await this.open(controlUri, 'smtp-transcript', controlText);
  }

  /** A request answered with a result or a JSON-RPC error; anything else (no answer in time, a dead connection) throws. */
  async ask<T>(method: string, params: unknown, token?: CancellationToken, ms = requestMs): Promise<Answer<T>> {
    try {
      const sent = token ? this.server.connection.sendRequest<T>(method, params, token) : this.server.connection.sendRequest<T>(method, params);
      return { result: await this.alive(withTimeout(sent, ms, method)) };
    } catch (error) {
      if (error instanceof ResponseError) return { error };
      throw error;
    }
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.server.connection.sendNotification(method, params);
  }

  uri(name: string): string {
    return `untitled:${name}-${++this.documents}`;
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, languageId: string, text: string, version = 1, ms = requestMs): Promise<Diagnostic[]> {
    const published = this.server.nextDiagnostics(uri, () => true, ms);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return this.alive(published);
  }

  /** Sends a didChange and resolves with the diagnostics published for its version. */
  async change(change: DidChange, ms = requestMs): Promise<Diagnostic[]> {
    const { uri, version } = change.textDocument;
    const published = this.server.nextDiagnostics(uri, (p) => p.version === version, ms);
    await this.notify('textDocument/didChange', change);
    return this.alive(published);
  }

  /** Closes a document and waits for the empty diagnostics the server publishes then, so that it is gone for sure. */
  async close(uri: string): Promise<void> {
    const cleared = this.server.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
    await this.alive(cleared);
  }

  async hover(uri: string, position: unknown): Promise<Hover | null> {
    return resultOf(await this.ask<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), 'hover');
  }

  /**
   * What the server reports of a document, its URI left out: diagnostics, the redaction (an edit at every address,
   * so it tells where each is), outline and folding. Two documents with the same text must give the same.
   */
  async view(uri: string, diagnostics: readonly Diagnostic[]): Promise<unknown> {
    const textDocument = { uri };
    const redaction = resultOf(
      await this.ask<CodeAction[]>('textDocument/codeAction', {
        textDocument,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.redact'] },
      }),
      'redaction',
    );
    const symbols = resultOf(await this.ask<unknown[]>('textDocument/documentSymbol', { textDocument }), 'outline');
    const folds = resultOf(await this.ask<unknown[]>('textDocument/foldingRange', { textDocument }), 'folding');
    const escaped = JSON.stringify(uri).slice(1, -1);
    return JSON.parse(JSON.stringify({ diagnostics, redaction, symbols, folds }).replaceAll(escaped, '<uri>')) as unknown;
  }

  /** The server's view of `uri` is the view of `expected`, opened fresh under another URI. */
  async assertHolds(uri: string, diagnostics: readonly Diagnostic[], languageId: string, expected: string, what: string): Promise<void> {
    const fresh = this.uri('expected');
    const freshDiagnostics = await this.open(fresh, languageId, expected);
    const want = await this.view(fresh, freshDiagnostics);
    await this.close(fresh);
    assert.deepEqual(await this.view(uri, diagnostics), want, `${what}: the server's text differs from the client's`);
  }

  /** Still alive, still hovering the control document right, still publishing diagnostics for a new one. */
  async assertWell(): Promise<void> {
    assert.equal(this.closed, false, `the server's connection closed; its stderr:\n${this.server.stderr}`);
    const hover = await this.hover(controlUri, controlPosition);
    assert.ok(hover, 'no hover on the control document');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /### 550 — Requested action not taken: mailbox unavailable/);
    assert.match(value, /### 5\.1\.1 — Bad destination mailbox address/);
    assert.deepEqual(hover.range, { start: controlPosition, end: { line: controlPosition.line, character: controlPosition.character + 9 } });
    const uri = this.uri('well');
    const diagnostics = await this.open(uri, 'smtp-transcript', transcript);
    const at = positionOf(transcript, '4.1.1');
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'enhanced-class-mismatch').map((d) => d.range),
      [{ start: at, end: { line: at.line, character: at.character + 5 } }],
      'diagnostics of a normal document',
    );
    await this.close(uri);
  }

  /** Ends the session as a client does; a server that does not go is killed, so that no process outlives the tests. */
  async stop(): Promise<void> {
    if (this.closed) return this.kill();
    try {
      assert.equal(await withTimeout(this.server.shutdown(), requestMs, 'shutdown'), 0, this.server.stderr);
    } catch (error) {
      this.kill();
      throw error;
    }
  }

  kill(): void {
    this.server.kill();
  }
}

describe('the server under hostile client traffic', () => {
  let session = new Session();
  before(() => session.start());
  // A case that kills the server fails in its own afterEach; the next case gets a new one rather than failing too.
  beforeEach(async () => {
    if (!session.closed) return;
    session.kill();
    session = new Session();
    await session.start();
  });
  afterEach(() => session.assertWell());
  after(() => session.stop());

  it('answers requests about a URI it never opened', async () => {
    const uris: unknown[] = ['untitled:never-opened', 'file:///nowhere/mail.log', '', 'not a uri', '%%%', 'file:///x%ZZ.log', `file:///${'a'.repeat(100_000)}`];
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const uri of uris) {
      const textDocument = { uri };
      const what = `uri ${String(uri).slice(0, 40)}`;
      const hover = await session.ask<Hover | null>('textDocument/hover', { textDocument, position: { line: 0, character: 0 } });
      if ('result' in hover) assert.equal(hover.result, null, what);
      for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange']) {
        const answer = await session.ask<unknown[]>(method, { textDocument });
        if ('result' in answer) assert.deepEqual(answer.result, [], `${method}, ${what}`);
      }
      const actions = await session.ask<CodeAction[]>('textDocument/codeAction', { textDocument, range, context: { diagnostics: [], only: ['source.redact'] } });
      if ('result' in actions) assert.deepEqual(actions.result, [], what);
    }
    // Not a URI at all: an error is as good as an empty answer, so long as there is an answer.
    for (const textDocument of [null, {}, { uri: null }, { uri: 42 }, 'file:///x']) {
      await session.ask('textDocument/hover', { textDocument, position: { line: 0, character: 0 } });
      await session.ask('textDocument/documentSymbol', { textDocument });
      await session.ask('textDocument/foldingRange', { textDocument });
      await session.ask('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } });
    }
  });

  it('answers its own requests given codes that are not codes, or no parameters at all', async () => {
    const compare = await session.ask<{ title?: string; error?: string }>('smtpLens/compare', { first: '450', second: '550' });
    assert.match(resultOf(compare).title ?? '', /450/);
    const odd: [string, unknown][] = [
      ['smtpLens/explain', { code: 'file:///never/opened.log' }],
      ['smtpLens/explain', { code: '' }],
      ['smtpLens/explain', { code: '5'.repeat(1_000_000) }],
      ['smtpLens/explain', { code: '__proto__' }],
      ['smtpLens/explain', { code: 'constructor' }],
      ['smtpLens/explain', { code: null }],
      ['smtpLens/explain', { code: 550 }],
      ['smtpLens/explain', { code: ['550'] }],
      ['smtpLens/explain', {}],
      ['smtpLens/explain', null],
      ['smtpLens/compare', { first: 'toString', second: 'hasOwnProperty' }],
      ['smtpLens/compare', { first: 550, second: 450 }],
      ['smtpLens/compare', { first: '550' }],
      ['smtpLens/compare', {}],
      ['smtpLens/compare', null],
    ];
    const unclear: string[] = [];
    for (const [method, params] of odd) {
      const answer = await session.ask<{ title?: string; markdown?: string; error?: string }>(method, params);
      if ('error' in answer) continue;
      const what = `${method} ${JSON.stringify(params).slice(0, 60)}`;
      // A clear error names what it did not take, and an explanation is of the code asked about: no unfilled "{0}".
      const answered = JSON.stringify(answer.result);
      if (/\{\d\}/.test(answered) || (answer.result.title?.startsWith('550 ') && !answer.result.title.startsWith('550 — Requested action not taken'))) {
        unclear.push(`${what} → ${answered.slice(0, 160)}`);
      }
    }
    assert.deepEqual(unclear, [], 'answers with a placeholder left in, or about another code');
  });

  it('answers requests at positions out of range, negative, huge or not whole numbers', async () => {
    const log = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
    const bigLog = log.repeat(4); // more than one chunk: lines are found chunk by chunk
    const eml = readCorpus(join(corpusRoot, 'eml', 'postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml'));
    const documents: [string, string, string][] = [[controlUri, 'smtp-transcript', controlText]];
    for (const [name, languageId, text] of [['log', 'mail-log', log], ['big-log', 'mail-log', bigLog], ['eml', 'eml', eml]] as const) {
      const uri = session.uri(name);
      await session.open(uri, languageId, text);
      documents.push([uri, languageId, text]);
    }
    const positions: unknown[] = [
      { line: -1, character: 0 },
      { line: 0, character: -1 },
      { line: -2147483648, character: -2147483648 },
      { line: 6, character: 100_000 },
      { line: 100_000, character: 0 },
      { line: 2147483647, character: 2147483647 },
      { line: Number.MAX_SAFE_INTEGER, character: Number.MAX_SAFE_INTEGER },
      { line: 1e308, character: -1e308 },
      { line: 6.5, character: 4 },
      { line: 6, character: 4.5 },
      { line: -0.5, character: 0.25 },
      { line: 6, character: 1e-9 },
      { line: '6', character: '4' },
      { line: null, character: null },
      { line: true, character: false },
      { line: [6], character: {} },
      {},
      null,
    ];
    for (const [uri, , text] of documents) {
      for (const position of positions) {
        const what = `${uri} at ${JSON.stringify(position)}`;
        const hover = await session.ask<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
        if ('result' in hover && hover.result?.range) assertInside(text, [hover.result.range], what);
        const range = { start: position, end: position };
        const actions = await session.ask<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.redact'] } });
        if ('result' in actions) assertInside(text, actions.result.flatMap((a) => Object.values(a.edit?.changes ?? {}).flat().map((e) => e.range)), what);
      }
    }
    for (const [uri] of documents.slice(1)) await session.close(uri);
  });

  it('offers no quick fix for diagnostics it did not publish, and none outside the document', async () => {
    const uri = session.uri('actions');
    const published = await session.open(uri, 'smtp-transcript', transcript);
    const real = published.find((d) => d.code === 'enhanced-class-mismatch')!;
    const ask = (diagnostics: unknown, only?: unknown, range: unknown = real.range): Promise<Answer<CodeAction[]>> =>
      session.ask<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: only === undefined ? { diagnostics } : { diagnostics, only } });
    // The real one still gets its one fix.
    assert.equal(resultOf(await ask([real])).length, 1);
    const far = { start: { line: 1e9, character: 0 }, end: { line: 1e9, character: 5 } };
    const fixable = ['enhanced-class-mismatch', 'enhanced-syntax', 'multiline-code-mismatch', 'multiline-extra-line', 'multiline-unterminated', 'data-unterminated', 'lone-dot-in-content', 'auth-credentials'];
    const forged: unknown[] = [
      { ...real, source: 'eslint' },
      { ...real, source: undefined },
      { ...real, code: 'no-such-rule' },
      { ...real, code: 42 },
      ...fixable.flatMap((code) => [
        { ...real, code, range: far },
        { ...real, code, range: { start: { line: -3, character: -3 }, end: { line: -1, character: -1 } } },
        { ...real, code, range: { start: { line: 6, character: 9999 }, end: { line: 2, character: 0 } } },
        { ...real, code, range: { start: { line: 6.5, character: 8.5 }, end: { line: 6.5, character: 13.5 } } },
      ]),
    ];
    for (const diagnostic of forged) {
      const what = JSON.stringify(diagnostic).slice(0, 200);
      const answer = await ask([diagnostic]);
      if ('error' in answer) continue;
      const edits = answer.result.flatMap((a) => Object.values(a.edit?.changes ?? {}).flat());
      assertInside(transcript, edits.map((e) => e.range), what);
      assert.deepEqual(answer.result, [], `a fix for ${what}`);
    }
    // On the control document a forged mismatch at its correct 5.1.1 must not be "fixed".
    const atCorrect = { ...real, range: { start: { line: 6, character: 8 }, end: { line: 6, character: 13 } } };
    assert.deepEqual(resultOf(await session.ask<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: controlUri }, range: atCorrect.range, context: { diagnostics: [atCorrect] } })), []);
    // Missing fields: what is not a diagnostic is skipped; the real one beside it still gets its fix.
    for (const diagnostic of [{}, { code: 'enhanced-class-mismatch', source: 'smtp-lens' }, { range: real.range }, null, 'x']) {
      assert.deepEqual(resultOf(await ask([diagnostic])), [], JSON.stringify(diagnostic));
      assert.equal(resultOf(await ask([diagnostic, real])).length, 1, JSON.stringify(diagnostic));
    }
    for (const context of [{}, { diagnostics: null }, { diagnostics: 'x' }, null]) {
      const answer = await session.ask<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: real.range, context });
      assert.ok(Array.isArray(resultOf(answer)), JSON.stringify(context));
    }
    // Kinds it does not know: nothing, or only its quick fix.
    for (const only of [['refactor'], ['source.organizeImports'], [''], ['quickfix.bogus'], [42, null], []]) {
      const answer = await ask([{ ...real, source: 'other' }], only);
      if ('result' in answer) assert.deepEqual(answer.result, [], `only ${JSON.stringify(only)}`);
    }
    for (const only of ['source', { kind: 'source' }, null]) await ask([real], only);
    await session.close(uri);
  });

  it('answers methods it does not have with MethodNotFound, and takes stray notifications', async () => {
    for (const method of ['textDocument/definition', 'textDocument/completion', 'smtpLens/nothing', '']) {
      const answer = await session.ask(method, { textDocument: { uri: controlUri }, position: { line: 0, character: 0 } });
      assert.ok('error' in answer, `${method} has an answer`);
      assert.equal(answer.error.code, -32601, method);
    }
    await session.notify('$/setTrace', { value: 'nonsense' });
    await session.notify('$/unknown', { x: 1 });
    await session.notify('smtpLens/unknown', null);
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: controlUri, type: 3 }] });
    await session.notify('textDocument/didSave', { textDocument: { uri: 'untitled:never-opened' } });
  });

  // Ids it never had, and none at all: vscode-jsonrpc throws on a null or missing id as it takes the message in
  // (createRequestQueueKey), which must not take the server down.
  for (const params of [{ id: 987654 }, { id: 'never-sent' }, { id: null }, {}, null, { id: { nested: 1 } }]) {
    it(`takes $/cancelRequest with ${JSON.stringify(params)}`, () => session.notify('$/cancelRequest', params));
  }

  describe('didChange', () => {
    /** Opens the transcript, sends one didChange, and checks the server holds what the client does. */
    async function changeAndCheck(name: string, changes: TextDocumentContentChangeEvent[], options: { open?: number; version?: number } = {}): Promise<void> {
      const uri = session.uri(name);
      await session.open(uri, 'smtp-transcript', transcript, options.open ?? 1);
      const version = options.version ?? (options.open ?? 1) + 1;
      const expected = applied(transcript, changes);
      const diagnostics = await session.change({ textDocument: { uri, version }, contentChanges: changes });
      if (expected.includes(sentinelCode)) assertSentinelHover(await session.hover(uri, positionOf(expected, sentinelCode)), positionOf(expected, sentinelCode), name);
      await session.assertHolds(uri, diagnostics, 'smtp-transcript', expected, name);
      await session.close(uri);
    }
    const at = (line: number, character: number): Position => ({ line, character });

    it('with a range past the end of the document', () => changeAndCheck('past-end', [{ range: { start: at(500, 3), end: at(900, 0) }, text: sentinel }]));

    it('with a range past the end of a line', () => changeAndCheck('past-line', [{ range: { start: at(2, 400), end: at(2, 9999) }, text: `\n${sentinel.trimEnd()}` }]));

    it('with a range whose end is before its start', () => changeAndCheck('reversed', [{ range: { start: at(8, 0), end: at(7, 0) }, text: sentinel }]));

    it('with negative and huge positions', async () => {
      await changeAndCheck('negative', [{ range: { start: at(-4, -9), end: at(-1, 5) }, text: sentinel }]);
      await changeAndCheck('huge', [{ range: { start: at(2 ** 31, 2 ** 31), end: at(Number.MAX_SAFE_INTEGER, 0) }, text: sentinel }]);
    });

    it('with a version lower than the current one', () => changeAndCheck('lower', [{ range: { start: at(6, 0), end: at(6, 0) }, text: sentinel }], { open: 10, version: 3 }));

    it('with the same version as the current one', () => changeAndCheck('same-version', [{ range: { start: at(6, 0), end: at(6, 0) }, text: sentinel }], { open: 4, version: 4 }));

    it('with versions that go back, then up to one the document had before, in a burst', async () => {
      const uri = session.uri('back-and-up');
      await session.open(uri, 'smtp-transcript', transcript, 5);
      const first = [{ range: { start: at(0, 0), end: at(0, 0) }, text: sentinel }];
      const second = [{ range: { start: at(3, 0), end: at(3, 0) }, text: ' -> NOOP\n<-  250 2.0.0 Ok\n' }];
      const expected = applied(applied(transcript, first), second);
      await session.notify('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: first });
      const diagnostics = await session.change({ textDocument: { uri, version: 5 }, contentChanges: second });
      assertSentinelHover(await session.hover(uri, positionOf(expected, sentinelCode)), positionOf(expected, sentinelCode), 'back and up');
      await session.assertHolds(uri, diagnostics, 'smtp-transcript', expected, 'back and up');
      await session.close(uri);
    });

    it('with a full-text change, then edits, in one notification', () =>
      changeAndCheck('full-text', [{ text: transcript.replace('alice', 'alicia') }, { range: { start: at(6, 0), end: at(6, 0) }, text: sentinel }, { range: { start: at(0, 0), end: at(0, 4) }, text: '' }]));

    it('with many changes in one notification, over chunk boundaries', async () => {
      // ~200 KB: several of the server's 64 KiB chunks, so edits land on and across their edges.
      const big = transcript.repeat(700);
      // Seeded, so that a failing sequence of edits comes back the same.
      const random = new Random(20240611);
      for (const [languageId, text] of [['smtp-transcript', big], ['mail-log', readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(4)]] as const) {
        const uri = session.uri(`many-${languageId}`);
        await session.open(uri, languageId, text);
        const changes = [...randomChanges(text, 300, random), { range: { start: at(1e6, 0), end: at(1e6, 0) }, text: `\n${sentinel}` }];
        const expected = applied(text, changes);
        const diagnostics = await session.change({ textDocument: { uri, version: 2 }, contentChanges: changes });
        await session.assertHolds(uri, diagnostics, languageId, expected, `300 edits to a ${languageId}`);
        // And one more edit on top of those, in its own notification.
        const more = randomChanges(expected, 50, random);
        const after = await session.change({ textDocument: { uri, version: 3 }, contentChanges: more });
        await session.assertHolds(uri, after, languageId, applied(expected, more), `50 more edits to a ${languageId}`);
        await session.close(uri);
      }
    });

    it('to a document that is closed', async () => {
      const uri = session.uri('closed');
      await session.open(uri, 'smtp-transcript', transcript);
      await session.close(uri);
      await session.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at(0, 0), end: at(0, 0) }, text: sentinel }] });
      await session.notify('textDocument/didChange', { textDocument: { uri: 'untitled:never-opened', version: 2 }, contentChanges: [{ text: sentinel }] });
      assert.equal(await session.hover(uri, positionOf(transcript, '550')), null, 'a closed document has no hover');
      // Nor any diagnostics: a closed document must not come back as problems.
      const ghost = await session.server.nextDiagnostics(uri, () => true, 300).then(
        (d) => d,
        () => null,
      );
      assert.equal(ghost, null, 'diagnostics published for a closed document');
      // Opened again, it is what the client opens, not the closed text with the stray change.
      const diagnostics = await session.open(uri, 'smtp-transcript', controlText);
      await session.assertHolds(uri, diagnostics, 'smtp-transcript', controlText, 'reopened after a change while closed');
      await session.close(uri);
    });

    it('with no changes, no version, or changes that are not changes', async () => {
      const uri = session.uri('malformed-change');
      await session.open(uri, 'smtp-transcript', transcript);
      await session.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [] });
      await session.notify('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'lost' }] });
      await session.notify('textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [{ text: 'lost' }] });
      for (const contentChanges of [null, 'x', [null], [{}], [{ range: null, text: 'y' }], [{ range: { start: at(0, 0) }, text: 'y' }], [{ range: { start: at(0, 0), end: at(0, 0) } }]]) {
        await session.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges });
      }
      // Whatever it made of those, a full-text change puts the client's text back.
      const diagnostics = await session.change({ textDocument: { uri, version: 10 }, contentChanges: [{ text: controlText }] });
      await session.assertHolds(uri, diagnostics, 'smtp-transcript', controlText, 'after malformed changes');
      await session.close(uri);
    });
  });

  describe('didOpen and didClose', () => {
    it('takes a second didOpen of the same URI as the text the client now has', async () => {
      const uri = session.uri('twice');
      await session.open(uri, 'smtp-transcript', transcript);
      const second = applied(transcript, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: sentinel }]);
      const diagnostics = await session.open(uri, 'smtp-transcript', second);
      assertSentinelHover(await session.hover(uri, positionOf(second, sentinelCode)), positionOf(second, sentinelCode), 'opened twice');
      await session.assertHolds(uri, diagnostics, 'smtp-transcript', second, 'opened twice');
      await session.close(uri);
    });

    it('takes didClose of a URI it does not have, and a second didClose', async () => {
      await session.notify('textDocument/didClose', { textDocument: { uri: 'untitled:never-opened' } });
      await session.notify('textDocument/didClose', { textDocument: {} });
      await session.notify('textDocument/didClose', {});
      const uri = session.uri('closed-twice');
      await session.open(uri, 'smtp-transcript', transcript);
      await session.close(uri);
      await session.notify('textDocument/didClose', { textDocument: { uri } });
    });

    it('skips a language it does not know, and takes a didOpen with fields missing or of the wrong type', async () => {
      for (const languageId of ['cobol', '', 'SMTP-TRANSCRIPT']) {
        const uri = session.uri('unknown-language');
        assert.deepEqual(await session.open(uri, languageId, controlText), [], languageId);
        assert.equal(await session.hover(uri, controlPosition), null, languageId);
        await session.close(uri);
      }
      const odd: unknown[] = [
        { uri: session.uri('no-text'), languageId: 'smtp-transcript', version: 1 },
        { uri: session.uri('null-text'), languageId: 'smtp-transcript', version: 1, text: null },
        { uri: session.uri('number-text'), languageId: 'smtp-transcript', version: 1, text: 42 },
        { uri: session.uri('number-language'), languageId: 42, version: 1, text: controlText },
        { uri: session.uri('no-version'), languageId: 'smtp-transcript', text: controlText },
        { languageId: 'smtp-transcript', version: 1, text: controlText },
      ];
      for (const textDocument of odd) {
        await session.notify('textDocument/didOpen', { textDocument });
        const { uri } = textDocument as { uri?: string };
        if (uri) await session.ask('textDocument/hover', { textDocument: { uri }, position: controlPosition });
        if (uri) await session.notify('textDocument/didClose', { textDocument: { uri } });
      }
    });

    it('reads text with NUL characters, lone surrogates and astral characters, counting UTF-16 code units', async () => {
      const text = [
        '<-  220 mx.example.com ESMTP \u0000\u0000',
        ' -> EHLO cli\u0000ent.example.org',
        '\u0000\ud800\udc00\udfff',
        '<-  250 mx.example.\ud83d\udce7com',
        ' -> MAIL FROM:<al\ud800ice@example.com>',
        '<-  250 2.1.0 Ok \udc00',
        ' -> RCPT TO:<b\u0000ob@example.com>',
        '<** 450 5.2.2 <b\u0000ob@example.com>: Mailbox full \ud83d\udce7\ud800',
        '',
      ].join('\n');
      const uri = session.uri('odd-characters');
      const diagnostics = await session.open(uri, 'smtp-transcript', text);
      assertSentinelHover(await session.hover(uri, positionOf(text, sentinelCode)), positionOf(text, sentinelCode), 'odd characters');
      // An edit after a surrogate pair lands where the client put it (UTF-16 columns).
      const change = { range: { start: { line: 3, character: 23 }, end: { line: 3, character: 26 } }, text: 'org\ud800' };
      const changed = await session.change({ textDocument: { uri, version: 2 }, contentChanges: [change] });
      await session.assertHolds(uri, changed, 'smtp-transcript', applied(text, [change]), 'odd characters, edited');
      assert.ok(diagnostics.length > 0);
      await session.close(uri);
    });

    it('reads CR-only line ends, and edits them', async () => {
      const text = transcript.replaceAll('\n', '\r');
      const uri = session.uri('cr-only');
      const diagnostics = await session.open(uri, 'smtp-transcript', text);
      await session.assertHolds(uri, diagnostics, 'smtp-transcript', text, 'CR-only');
      const at = positionOf(text, '4.1.1');
      assert.ok(diagnostics.some((d) => d.code === 'enhanced-class-mismatch' && d.range.start.line === at.line && d.range.start.character === at.character), 'the mismatch on its CR-counted line');
      // A CR inserted before an LF, and an LF after a CR: line counts change under the server's feet.
      const changes = [
        { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: sentinel.replaceAll('\n', '\r') },
        { range: { start: { line: 2, character: 200 }, end: { line: 2, character: 200 } }, text: '\n' },
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\r' },
      ];
      const expected = applied(text, changes);
      const changed = await session.change({ textDocument: { uri, version: 2 }, contentChanges: changes });
      assertSentinelHover(await session.hover(uri, positionOf(expected, sentinelCode)), positionOf(expected, sentinelCode), 'CR-only, edited');
      await session.assertHolds(uri, changed, 'smtp-transcript', expected, 'CR-only, edited');
      await session.close(uri);
    });

    it('reads a 2 MB single line, in a transcript and as a whole log without a line break', async () => {
      const long = 'x'.repeat(2 * 1024 * 1024);
      const text = `<-  220 mx.example.com ESMTP\n -> EHLO ${long}\n<-  250 mx.example.com\n -> MAIL FROM:<a@example.com>\n<-  250 2.1.0 Ok\n${sentinel}`;
      const uri = session.uri('long-line');
      const diagnostics = await session.open(uri, 'smtp-transcript', text, 1, 15_000);
      assert.ok(diagnostics.some((d) => d.code === 'enhanced-class-mismatch'), 'the mismatch after the long line');
      assertSentinelHover(await session.hover(uri, positionOf(text, sentinelCode)), positionOf(text, sentinelCode), 'after a 2 MB line');
      await session.hover(uri, { line: 1, character: long.length });
      const edited = await session.change({ textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 1_000_000 }, end: { line: 1, character: 1_000_001 } }, text: '\n' }] }, 15_000);
      assert.ok(edited.some((d) => d.code === 'enhanced-class-mismatch'));
      assertSentinelHover(await session.hover(uri, { line: 7, character: 4 }), { line: 7, character: 4 }, 'after the long line was cut in two');
      await session.close(uri);

      const entry = `Jan  1 00:00:00 mx postfix/smtp[123]: 4ABC123DEF: to=<a@example.com>, relay=mx.example.net[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <a@example.com>: ${long})`;
      const logUri = session.uri('long-log-line');
      await session.open(logUri, 'mail-log', entry, 1, 15_000);
      const dsn = positionOf(entry, 'dsn=5.1.1');
      const hover = await session.hover(logUri, { line: 0, character: dsn.character + 4 });
      assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /5\.1\.1 — Bad destination mailbox address/);
      await session.hover(logUri, { line: 0, character: entry.length - 1 });
      resultOf(await session.ask('textDocument/documentSymbol', { textDocument: { uri: logUri } }));
      await session.close(logUri);
    });

    it('reads empty documents and documents of line breaks only', async () => {
      for (const [languageId, text] of [['smtp-transcript', ''], ['mail-log', ''], ['eml', ''], ['eml', '\r\n\r\r\n\n'], ['mail-log', '\n\n\n'], ['plaintext', '\r']] as const) {
        const uri = session.uri('empty');
        assert.deepEqual(await session.open(uri, languageId, text), [], `${languageId} ${JSON.stringify(text)}`);
        assert.equal(await session.hover(uri, { line: 0, character: 0 }), null);
        resultOf(await session.ask('textDocument/documentSymbol', { textDocument: { uri } }));
        resultOf(await session.ask('textDocument/foldingRange', { textDocument: { uri } }));
        await session.close(uri);
      }
    });
  });

  describe('settings of the wrong type or out of range', () => {
    /** Sends settings and waits until the server has taken them (it publishes the control document again). */
    async function configure(settings: unknown): Promise<void> {
      const republished = session.server.nextDiagnostics(controlUri);
      await session.notify('workspace/didChangeConfiguration', { settings });
      await session.alive(republished);
    }
    afterEach(() => configure({ smtpLens: {} }));
    const threeMismatches = `${transcript}${sentinel}${sentinel.replaceAll('zed', 'amy')}`;
    const published = async (): Promise<Diagnostic[]> => {
      const uri = session.uri('settings');
      const diagnostics = await session.open(uri, 'smtp-transcript', threeMismatches);
      await session.close(uri);
      return diagnostics;
    };
    const mismatches = async (): Promise<Diagnostic[]> => (await published()).filter((d) => d.code === 'enhanced-class-mismatch');

    it('clamps a negative maxPerRule to one, and takes a string for it as the default', async () => {
      await configure({ smtpLens: { diagnostics: { maxPerRule: -5 } } });
      const clamped = await mismatches();
      assert.equal(clamped.length, 2, 'one shown, one that says how many more');
      await configure({ smtpLens: { diagnostics: { maxPerRule: '2' }, outline: { maxItems: 'x' } } });
      assert.equal((await mismatches()).length, 3);
      await configure({ smtpLens: { diagnostics: { maxPerRule: 0.5 }, outline: { maxItems: -1 } } });
      assert.equal((await mismatches()).length, 2);
      const symbols = resultOf(await session.ask<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: controlUri } }));
      assert.ok(symbols.length >= 1);
    });

    it('clamps a negative maxPerDocument to one, and takes a string for it as the default', async () => {
      const everything = await published();
      await configure({ smtpLens: { diagnostics: { maxPerDocument: -5 } } });
      const clamped = await published();
      const more = clamped.filter((d) => typeof d.message === 'string' && d.message.includes('(smtpLens.diagnostics.maxPerDocument)'));
      assert.ok(more.length > 0);
      assert.equal(clamped.length - more.length, 1, 'one listed, and one per rule that says how many more');
      await configure({ smtpLens: { diagnostics: { maxPerDocument: 'x' } } });
      assert.deepEqual(await published(), everything);
    });

    it('takes null sections, and arrays or strings where objects are', async () => {
      for (const settings of [
        null,
        { smtpLens: null },
        { smtpLens: 'on' },
        { smtpLens: [] },
        { smtpLens: { hover: null, detect: null, diagnostics: null, outline: null, language: null } },
        { smtpLens: { hover: 'yes', detect: [], diagnostics: 'all', outline: 5 } },
        { smtpLens: { diagnostics: { rules: null } } },
        { smtpLens: { diagnostics: { rules: 'off' } } },
        { smtpLens: { diagnostics: { rules: ['off'] } } },
      ]) {
        await configure(settings);
        assert.equal((await mismatches()).length, 3, JSON.stringify(settings));
        await session.assertWell();
      }
    });

    it('explains in English given a language it does not have', async () => {
      for (const language of ['fr', 'zz-ZZ', 42, {}, '']) {
        await configure({ smtpLens: { language } });
        await session.assertWell();
      }
    });

    it('keeps a rule at its own severity given a severity name it does not know', async () => {
      const wrong: string[] = [];
      for (const severity of ['fatal', 42, null, 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
        await configure({ smtpLens: { diagnostics: { rules: { 'enhanced-class-mismatch': severity } } } });
        const found = await mismatches();
        assert.equal(found.length, 3, String(severity));
        // The rule's own severity is 2 (warning).
        if (found.some((d) => d.severity !== 2)) wrong.push(`${JSON.stringify(severity)} → ${JSON.stringify(found.map((d) => d.severity ?? 'none'))}`);
      }
      assert.deepEqual(wrong, [], 'severities published for setting names that are not severities');
    });

    it('still serves a plain-text SMTP document given a sniffBytes that is not a number or below its minimum', async () => {
      const swaks = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt'));
      const unserved: string[] = [];
      for (const sniffBytes of ['abc', '16384', 0, -1, null, 1e300]) {
        await configure({ smtpLens: { detect: { sniffBytes } } });
        const uri = session.uri('sniffed');
        await session.open(uri, 'plaintext', swaks);
        if (!(await session.hover(uri, positionOf(swaks, '550 5.1.1')))) unserved.push(JSON.stringify(sniffBytes));
        await session.close(uri);
      }
      assert.deepEqual(unserved, [], 'sniffBytes values with which a pasted swaks transcript is not served');
    });
  });
});

describe('the server asked for the outline of a big document, then told to cancel', () => {
  const session = new Session();
  before(() => session.start({ workDoneProgress: true }));
  afterEach(() => session.assertWell());
  after(() => session.stop());

  it('answers RequestCancelled soon, and answers the next requests about it', async () => {
    session.server.connection.onRequest('window/workDoneProgress/create', () => null);
    const piece = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
    const text = piece.repeat(Math.ceil((4 * 1024 * 1024) / piece.length));
    // A file name that is not valid percent-encoding: the progress title is made from it.
    const uri = 'file:///work/big%ZZmail.log';
    const diagnostics = session.open(uri, 'mail-log', text, 1, 20_000);
    const source = new CancellationTokenSource();
    const started = performance.now();
    const outline = session.ask<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    const answer = await outline;
    const took = performance.now() - started;
    assert.ok('error' in answer, 'a cancelled outline answers with an error, not the whole outline');
    assert.equal(answer.error.code, -32800, answer.error.message);
    assert.ok(took < 3000, `the cancelled request took ${Math.round(took)} ms`);
    // A second request cancelled before it is even sent.
    const cancelled = new CancellationTokenSource();
    cancelled.cancel();
    const early = await session.ask<unknown[]>('textDocument/foldingRange', { textDocument: { uri } }, cancelled.token);
    if ('error' in early) assert.equal(early.error.code, -32800);
    const at = positionOf(text, '550 5.1.1 <nosuchuser@example.test>');
    const hover = await session.hover(uri, at);
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /### 550 — /);
    assert.ok((await diagnostics).length > 0);
    const symbols = resultOf(await session.ask<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }, undefined, 20_000));
    assert.ok(symbols.length > 0);
    // Changed, then closed, while its outline is worked out: ContentModified (or the outline), never a hang.
    const whileChanged = session.ask<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }, undefined, 20_000);
    await session.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    const changed = await whileChanged;
    if ('error' in changed) assert.equal(changed.error.code, -32801, changed.error.message);
    const whileClosed = session.ask<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }, undefined, 20_000);
    await session.close(uri);
    const closed = await whileClosed;
    if ('error' in closed) assert.equal(closed.error.code, -32801, closed.error.message);
  });
});

/** Every raw server started, so that none outlives the tests whatever they did to it. */
const rawServers = new Set<RawServer>();

/** A server spoken to byte by byte, for traffic vscode-jsonrpc would never write. */
class RawServer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly received: Message[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly listeners: (() => void)[] = [];

  constructor() {
    rawServers.add(this);
    this.child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    // Writes to a server that has gone must not throw in the test.
    this.child.stdin.on('error', () => undefined);
    const reader = new StreamMessageReader(this.child.stdout);
    reader.listen((message) => {
      this.received.push(message);
      for (const listener of [...this.listeners]) listener();
    });
  }

  write(bytes: string | Buffer): void {
    this.child.stdin.write(bytes);
  }

  send(message: object): void {
    this.write(frame(JSON.stringify({ jsonrpc: '2.0', ...message })));
  }

  /** The response to request `id`; rejects if none comes in time or the server exits first. */
  response(id: number | string, ms = requestMs): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const find = (): Message | undefined => this.received.find((m) => 'id' in m && m.id === id && !('method' in m));
    const answered = new Promise<{ result?: unknown; error?: { code: number; message: string } }>((resolve) => {
      const check = (): void => {
        const found = find();
        if (!found) return;
        this.listeners.splice(this.listeners.indexOf(check), 1);
        resolve(found as { result?: unknown; error?: { code: number; message: string } });
      };
      this.listeners.push(check);
      check();
    });
    const died = this.exited.then((code) => Promise.reject(new Error(`the server exited with ${code} before it answered ${id}; its stderr:\n${this.stderr}`)));
    return withTimeout(Promise.race([answered, died]), ms, `the response to ${id}`);
  }

  async initialize(): Promise<void> {
    this.send({ id: 'init', method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await this.response('init');
    this.send({ method: 'initialized', params: {} });
  }

  /** A hover on a reply code that must be explained: the server reads and answers. */
  async assertHovers(id: number): Promise<void> {
    const uri = `untitled:raw-${id}`;
    this.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'smtp-transcript', version: 1, text: controlText } } });
    this.send({ id, method: 'textDocument/hover', params: { textDocument: { uri }, position: controlPosition } });
    const { result } = await this.response(id);
    assert.match(JSON.stringify(result), /5\.1\.1 — Bad destination mailbox address/, `hover ${id}: ${this.stderr}`);
  }

  /** Still well, then gone as a client ends it: shutdown, exit, code 0. */
  async assertWellAndStop(id: number): Promise<void> {
    await this.assertHovers(id);
    this.send({ id: id + 1, method: 'shutdown' });
    await this.response(id + 1);
    this.send({ method: 'exit' });
    assert.equal(await withTimeout(this.exited, requestMs, 'exit'), 0, this.stderr);
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('the server given malformed JSON-RPC', () => {
  after(() => {
    for (const raw of rawServers) raw.kill();
  });

  it('skips bad JSON inside valid frames, and goes on answering', async () => {
    const raw = new RawServer();
    await raw.initialize();
    for (const body of ['{"jsonrpc":"2.0","id":1,"method":', 'not json at all', '', '\u0000\u0000', '{"jsonrpc":"2.0","id":2,"method":"shutdown"} trailing']) raw.write(frame(body));
    // Byte-exact but not UTF-8.
    const bad = Buffer.from([0xff, 0xfe, 0x7b, 0x80, 0x7d]);
    raw.write(Buffer.concat([Buffer.from(`Content-Length: ${bad.length}\r\n\r\n`), bad]));
    await raw.assertWellAndStop(10);
  });

  it('skips JSON-RPC messages of the wrong shape, answering the requests among them', async () => {
    const raw = new RawServer();
    await raw.initialize();
    const bodies = [
      '[]',
      '{}',
      '{"jsonrpc":"2.0","id":4}',
      '{"jsonrpc":"2.0","id":5,"result":{}}',
      '{"jsonrpc":"2.0","id":5,"error":{"code":1,"message":"x"}}',
      '{"jsonrpc":"2.0","method":42}',
      '{"jsonrpc":"2.0","id":{"nested":true},"method":"textDocument/hover","params":{}}',
      '{"jsonrpc":"2.0","id":[1],"method":"shutdown"}',
      '{"jsonrpc":"2.0","id":null,"method":"shutdown"}',
    ];
    for (const body of bodies) raw.write(frame(body));
    // A request with parameters of the wrong shape or the wrong JSON-RPC version gets an answer; an unknown method, MethodNotFound.
    raw.send({ id: 6, method: 'textDocument/hover', params: 'oops' });
    raw.write(frame('{"jsonrpc":"1.0","id":7,"method":"textDocument/hover"}'));
    raw.send({ id: 8, method: 'no/such/method', params: {} });
    // A field of any name is the client's: one named like the reading thread's own error report is still a request.
    raw.send({ id: 9, method: 'smtpLens/explain', params: { code: '550' }, readerError: 'x' });
    assert.ok(await raw.response(6));
    assert.ok(await raw.response(7));
    assert.equal((await raw.response(8)).error?.code, -32601);
    assert.ok(await raw.response(9));
    await raw.assertWellAndStop(10);
  });

  // A frame holds one JSON value; a client bug can put any there.
  for (const body of ['42', 'null', '"a string"', 'true']) {
    it(`skips a frame whose JSON is ${body}`, async () => {
      const raw = new RawServer();
      await raw.initialize();
      raw.write(frame(body));
      await raw.assertWellAndStop(10);
      // Said on standard error, where an editor shows the server's log.
      assert.match(raw.stderr, /skipped a message from the client: not a JSON-RPC message/);
    });
  }

  it('answers a request before initialize, and one after shutdown, without hanging', async () => {
    const raw = new RawServer();
    // LSP wants error -32002 here; an answer of any kind shows the server does not hang.
    raw.send({ id: 1, method: 'textDocument/hover', params: { textDocument: { uri: controlUri }, position: controlPosition } });
    await raw.response(1);
    await raw.initialize();
    raw.send({ id: 2, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await raw.response(2);
    await raw.assertHovers(3);
    raw.send({ id: 4, method: 'shutdown' });
    await raw.response(4);
    raw.send({ id: 5, method: 'textDocument/hover', params: { textDocument: { uri: 'untitled:raw-3' }, position: controlPosition } });
    await raw.response(5);
    raw.send({ method: 'exit' });
    assert.equal(await withTimeout(raw.exited, requestMs, 'exit'), 0, raw.stderr);
  });

  // A frame whose length is wrong leaves the stream out of step for good: the server cannot be asked to recover, only
  // to go once its input closes (as it does when a client dies), not to hang on or die with a stack trace.
  const shutdown = '{"jsonrpc":"2.0","id":90,"method":"shutdown"}';
  const framings: [string, string][] = [
    ['a Content-Length longer than the body (a client that died mid-message)', `Content-Length: 500\r\n\r\n${shutdown}`],
    ['a Content-Length shorter than the body', `Content-Length: 10\r\n\r\n${shutdown}`],
    ['a negative Content-Length', `Content-Length: -5\r\n\r\n${shutdown}`],
    ['a Content-Length that is not a number', `Content-Length: many\r\n\r\n${shutdown}`],
    ['no Content-Length', `Content-Type: application/json\r\n\r\n${shutdown}`],
    ['a huge Content-Length', `Content-Length: ${2 ** 40}\r\n\r\n${shutdown}`],
  ];
  for (const [name, bytes] of framings) {
    it(`exits once its input closes after ${name}`, async () => {
      const raw = new RawServer();
      await raw.initialize();
      raw.write(bytes);
      raw.send({ id: 91, method: 'textDocument/hover', params: { textDocument: { uri: controlUri }, position: controlPosition } });
      // It may or may not find its feet again; either way it must go once the client has.
      await raw.response(91, 300).catch(() => undefined);
      raw.child.stdin.end();
      const code = await withTimeout(raw.exited, 3000, 'exit after the input closed');
      assert.ok(code === 0 || code === 1, `exit code ${code}`);
      assert.doesNotMatch(raw.stderr, /\n\s+at /, `a stack trace on stderr:\n${raw.stderr}`);
    });
  }
});
