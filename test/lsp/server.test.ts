import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { corpusRoot, readCorpus } from '../support/corpus';
import { applyEdits, doc, positionOf } from '../support/documents';
import { ServerProcess } from '../support/lsp-client';

describe('the built server over stdio', () => {
  const server = new ServerProcess();
  const log = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
  const logUri = 'file:///work/mail.log';

  before(async () => {
    const result = (await server.initialize()) as { capabilities: { textDocumentSync: number; hoverProvider: boolean } };
    assert.equal(result.capabilities.textDocumentSync, 2, 'incremental sync');
    assert.equal(result.capabilities.hoverProvider, true);
  });

  after(async () => {
    assert.equal(await server.shutdown(), 0, server.stderr);
  });

  it('hovers a reply code on a line of a real Postfix log', async () => {
    const diagnostics = server.nextDiagnostics(logUri);
    await server.open(logUri, 'mail-log', log);
    await diagnostics;
    const position = positionOf(log, '550 5.1.1 <nosuchuser@example.test>');
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: logUri }, position });
    assert.ok(hover);
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /### 550 — /);
    assert.match(text, /### 5\.1\.1 — Bad destination mailbox address/);
    assert.deepEqual(hover.range, { start: position, end: { line: position.line, character: position.character + 9 } });
  });

  it('outlines the log and folds a transcript', async () => {
    const symbols = await server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: logUri } });
    assert.equal(symbols[0]?.name, 'D7916164267 → sent 2.0.0');
    const uri = 'untitled:fold';
    const swaks = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_04_too_big.txt'));
    const opened = server.nextDiagnostics(uri);
    await server.open(uri, 'smtp-transcript', swaks);
    await opened;
    const folds = await server.connection.sendRequest<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 23 && f.endLine === 572), 'DATA content folds');
  });

  it('answers no hover on a timestamp', async () => {
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: logUri }, position: { line: 2, character: 3 } });
    assert.equal(hover, null);
  });

  it('publishes diagnostics after incremental edits, and its quick fix clears them', async () => {
    const uri = 'untitled:transcript-1';
    let text = '<-  220 mx.example.com ESMTP\n -> EHLO me.example.com\n<-  250 mx.example.com\n -> MAIL FROM:<alice@example.com>\n<-  250 2.1.0 Ok\n -> RCPT TO:<bob@example.com>\n';
    const first = server.nextDiagnostics(uri);
    await server.open(uri, 'smtp-transcript', text);
    assert.deepEqual((await first).map((d) => d.code), ['missing-reply'], 'the RCPT has no reply yet');

    const inserted = '<** 550 4.1.1 <bob@example.com>: Recipient address rejected\n';
    const change = { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: inserted };
    text = applyEdits(text, [{ range: change.range, newText: inserted }]);
    const second = server.nextDiagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
    const diagnostics = await second;
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'enhanced-class-mismatch');

    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    assert.equal(actions.length, 1);
    const edits = actions[0]!.edit!.changes![uri]!;
    const fixed = applyEdits(text, edits);
    assert.equal(fixed, text.replace('550 4.1.1', '550 5.1.1'));

    const third = server.nextDiagnostics(uri, (p) => p.version === 3);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    assert.deepEqual(await third, []);
  });

  it('serves a plain-text document only when its content is SMTP', async () => {
    const prose = 'untitled:prose';
    const proseText = 'Meet in room 550 at 10:30.\n';
    const silent = server.nextDiagnostics(prose);
    await server.open(prose, 'plaintext', proseText);
    await silent;
    assert.equal(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: prose }, position: positionOf(proseText, '550') }), null);

    const pasted = 'untitled:pasted';
    const swaks = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt'));
    const opened = server.nextDiagnostics(pasted);
    await server.open(pasted, 'plaintext', swaks);
    await opened;
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: pasted }, position: positionOf(swaks, '550 5.1.1') });
    assert.ok(hover);
  });

  it('compares two codes on request', async () => {
    const answer = await server.connection.sendRequest<{ title: string; markdown: string }>('smtpLens/compare', { first: '450', second: '550' });
    assert.match(answer.markdown, /450/);
    assert.match(answer.markdown, /550/);
    assert.match(answer.markdown, /Key differences/);
  });
});

describe('the server with limits', () => {
  it('lists smtpLens.outline.maxItems symbols, failed deliveries first, and folds no more than the client asks', async () => {
    const server = new ServerProcess();
    await server.initialize({}, { foldingRangeLimit: 2 });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { smtpLens: { outline: { maxItems: 5 } } } });
    const log = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
    const opened = server.nextDiagnostics('untitled:log');
    await server.open('untitled:log', 'mail-log', log);
    await opened;
    const symbols = await server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: 'untitled:log' } });
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'Messages not listed: 62. The outline lists 5 at most, failed deliveries first (smtpLens.outline.maxItems)',
        'NOQUEUE → rejected 550 5.1.1',
        'NOQUEUE → rejected 554 5.7.1',
        'NOQUEUE → rejected 450 4.2.0',
        'NOQUEUE → rejected 450 4.7.1',
        'NOQUEUE → rejected 451 4.3.0',
      ],
    );
    const swaks = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_04_too_big.txt'));
    const folded = server.nextDiagnostics('untitled:fold');
    await server.open('untitled:fold', 'smtp-transcript', swaks);
    await folded;
    const folds = await server.connection.sendRequest<unknown[]>('textDocument/foldingRange', { textDocument: { uri: 'untitled:fold' } });
    assert.equal(folds.length, 2);
    assert.equal(await server.shutdown(), 0);
  });

  it('folds at most 5000 ranges, the outer ones first, for a client that names no limit', async (t) => {
    const server = new ServerProcess();
    t.after(() => server.kill());
    await server.initialize();
    // 2,600 sessions of six lines, each folded whole and at its two-line EHLO reply: 5,200 ranges.
    const session = 'S: 220 mx.example.test ESMTP\nC: EHLO client.example.test\nS: 250-mx.example.test\nS: 250 SIZE 10240000\nC: QUIT\nS: 221 2.0.0 Bye\n';
    const text = session.repeat(2600);
    assert.equal(createLanguageService().foldingRanges(doc(text, 'smtp-transcript')).length, 5200);
    const opened = server.nextDiagnostics('untitled:many');
    await server.open('untitled:many', 'smtp-transcript', text);
    await opened;
    const folds = await server.connection.sendRequest<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: 'untitled:many' } });
    assert.equal(folds.length, 5000);
    assert.equal(folds.filter((f) => f.startLine % 6 === 0 && f.endLine === f.startLine + 5).length, 2600, 'every session');
    assert.equal(await server.shutdown(), 0);
  });
});

describe('the server in Korean', () => {
  it('follows the display language the client sends', async () => {
    const server = new ServerProcess();
    await server.initialize({ displayLanguage: 'ko' });
    const text = '<** 550 5.1.1 <bob@example.com>: Recipient address rejected\n';
    const opened = server.nextDiagnostics('untitled:ko');
    await server.open('untitled:ko', 'smtp-transcript', text);
    await opened;
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: 'untitled:ko' }, position: positionOf(text, '550') });
    assert.match((hover!.contents as MarkupContent).value, /해결 방법/);
    assert.equal(await server.shutdown(), 0);
  });
});

describe('the server on a big document', () => {
  it('takes a big document whole, whose text its input thread hands over in pieces, before what came after it', async () => {
    // ~9 MB: three pieces of ~4 MB (stdin-reader.ts); each but the last ends after a line feed.
    const piece = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
    const text = piece.repeat(Math.ceil((9 * 1024 * 1024) / piece.length));
    const uri = 'file:///work/pieces.log';
    // An edit and a hover sent right behind the didOpen, on the last code of the text: they must find all of it.
    const before = text.slice(0, text.lastIndexOf('550 5.1.1')).split('\n');
    const at = { line: before.length - 1, character: before.at(-1)!.length };
    assert.ok(at.line > 60_000, `line ${at.line}`);
    const change = { range: { start: { line: at.line, character: at.character + 4 }, end: { line: at.line, character: at.character + 5 } }, text: '4' };
    const changed = applyEdits(text, [{ range: change.range, newText: change.text }]);
    const server = new ServerProcess();
    let diagnostics: Promise<unknown> | undefined;
    try {
      await server.initialize();
      diagnostics = server.nextDiagnostics(uri, (p) => p.version === 2, 60_000);
      await server.open(uri, 'mail-log', text);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
      const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
      const local = createLanguageService();
      assert.deepEqual(hover, local.hover(doc(changed, 'mail-log'), at));
      assert.match((hover!.contents as MarkupContent).value, /### 550 — [\s\S]*### 4\.1\.1 — /);
      assert.deepEqual(await diagnostics, local.diagnostics(doc(changed, 'mail-log')));
      assert.equal(await server.shutdown(), 0, server.stderr);
    } finally {
      server.kill();
      // Once the test failed, its wait for the diagnostics ends in a rejection no one else awaits.
      diagnostics?.catch(() => undefined);
    }
  });

  it('shows how far its first reading got, when the client can show progress', async () => {
    const server = new ServerProcess();
    await server.initialize({}, { workDoneProgress: true });
    const created: unknown[] = [];
    const reported: { kind: string; title?: string; percentage?: number }[] = [];
    server.connection.onRequest('window/workDoneProgress/create', (params: unknown) => void created.push(params));
    server.connection.onNotification('$/progress', ({ value }: { value: { kind: string; title?: string; percentage?: number } }) => void reported.push(value));
    // A real Postfix log repeated to ~30 MB: its first reading takes seconds, well past the 300 ms before progress shows.
    const piece = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
    const text = piece.repeat(Math.ceil((30 * 1024 * 1024) / piece.length));
    const uri = 'file:///work/big%20mail.log';
    const diagnostics = server.nextDiagnostics(uri, () => true, 120_000);
    await server.open(uri, 'mail-log', text);
    assert.ok((await diagnostics).length > 0);
    for (let waited = 0; reported.at(-1)?.kind !== 'end' && waited < 5000; waited += 50) await new Promise((resume) => setTimeout(resume, 50));
    assert.equal(created.length, 1);
    assert.deepEqual(reported[0], { kind: 'begin', title: 'Reading big mail.log', percentage: 0 });
    const percentages = reported.filter((r) => r.kind === 'report').map((r) => r.percentage!);
    assert.ok(percentages.length > 0);
    assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b), 'it only goes forward');
    assert.equal(reported.at(-1)?.kind, 'end');
    assert.equal(await server.shutdown(), 0);
  });
});

describe('the server when its client goes', () => {
  it('exits with 1 when its input closes without shutdown and exit, though the client process it was given lives', { timeout: 20_000 }, async () => {
    const server = new ServerProcess();
    await server.initialize();
    assert.equal(await server.closeInput(), 1);
  });
});
