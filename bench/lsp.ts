// Child process: the built server over stdio on one big document. Activation (initialize), open → diagnostics,
// hovers at real code positions, code actions, one-line edits → diagnostics of that version, the latency of a
// tiny request (hover on a small second document) sent every 10 ms while the big one is being analysed, and the
// longest blocks of the server's own event loop (loop-monitor.cjs) while it opens the document and during the edits.
// Usage: node --import tsx bench/lsp.ts FILE LANGUAGE_ID [--hovers N] [--edits N] [--timeout-ms N]

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CodeAction, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { corpusRoot } from '../test/support/corpus';
import { procStatusBytes, report, runChild } from './child';
import { editSites, lineStarts, positionAt } from './edits';
import { BenchServer, type LoopBlock } from './lsp-client';
import { Random } from './random';
import { summarize, type Summary } from './stats';

export interface ProbeResult {
  readonly sent: number;
  readonly maxMs: number;
  readonly p50Ms: number;
}

/** The longest blocks of the server's own event loop (its message loop), measured inside its process. */
export interface LoopResult {
  /**
   * From sending the big document's didOpen to its first diagnostics: receiving, parsing, analysing it, answering the
   * outline and folding requests sent with it.
   */
  readonly openMs: number;
  /** From the first edit to the diagnostics of the last. */
  readonly editsMs: number;
  /** While it answers the outline and folding requests. */
  readonly outlineMs: number;
  /** Over the server's whole life (start-up included). */
  readonly maxMs: number;
}

export interface LspResult {
  readonly bytes: number;
  readonly initializeMs: number;
  readonly openToDiagnosticsMs: number;
  readonly openDiagnostics: number;
  readonly hover: Summary;
  readonly hoversNonNull: number;
  readonly codeAction: Summary;
  readonly codeActionAtCursor: Summary;
  readonly quickFix: Summary;
  readonly quickFixesOffered: number;
  readonly edit: Summary;
  /** How many edits changed the diagnostics on the line they edited (each makes or takes back a class mismatch). */
  readonly editDiagnosticsChanged: number;
  /** Probes sent from the moment the big document is sent: they wait behind its 50 MB in the pipe (LSP is one stream). */
  readonly probeDuringOpen: ProbeResult;
  /** How long a request sent right after the didOpen waited: the server reading and parsing the 50 MB message ahead of it. */
  readonly didOpenReceivedMs: number;
  /** Probes sent once the server has the document (that request answered), until its first diagnostics: the analysis alone. */
  readonly probeDuringAnalysis: ProbeResult;
  readonly probeDuringEdits: ProbeResult;
  /** The same two requests sent right after the didOpen, as VS Code sends them: how long each took to be answered. */
  readonly atOpen: { readonly symbolsMs: number; readonly foldingMs: number };
  /** textDocument/documentSymbol and textDocument/foldingRange on the big document: how many, and how long each took. */
  readonly outline: { readonly symbols: number; readonly symbolsMs: number; readonly folds: number; readonly foldingMs: number };
  /** Null when the server wrote no record of its event loop (it did not exit cleanly). */
  readonly serverLoop: LoopResult | null;
  /** The server's RSS once it has published the first diagnostics of the big document: what it holds while it is open. */
  readonly serverRssOpen: number | null;
  readonly serverPeakRss: number | null;
  readonly serverExit: number | null;
  /** Set when the server died or stopped answering; figures above are what was measured before. */
  readonly crash?: string;
}

const repoRoot = resolve(__dirname, '..');
const bigUri = 'file:///bench/big-document';
const probeUri = 'file:///bench/probe.swaks';

/** Offsets of codes a person would hover: "550 5.1.1" in replies and log fields, "dsn=5.1.1". */
function codeOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const m of text.matchAll(/\b[2-5]\d\d [2-5]\.\d{1,3}\.\d{1,3}\b|(?<=dsn=)[2-5]\.\d{1,3}\.\d{1,3}\b/g)) offsets.push(m.index);
  return offsets;
}

/** Hover requests on the small document every `everyMs`, not waiting for answers: the longest wait is the longest block. */
function startProbes(server: BenchServer, position: Position, everyMs: number): { stop(): Promise<ProbeResult> } {
  const pending: Promise<number>[] = [];
  const timer = setInterval(() => {
    const sent = performance.now();
    pending.push(
      server.connection
        .sendRequest('textDocument/hover', { textDocument: { uri: probeUri }, position })
        .then(() => performance.now() - sent),
    );
  }, everyMs);
  return {
    async stop(): Promise<ProbeResult> {
      clearInterval(timer);
      const latencies = await Promise.all(pending);
      const s = summarize(latencies);
      return { sent: latencies.length, maxMs: s.max, p50Ms: s.p50 };
    },
  };
}

/** Now, in milliseconds since the epoch: comparable with the times loop-monitor.cjs records in the server's process. */
function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The longest of the blocks that overlap a window of time (epoch ms); 0 if none did (none of 10 ms or more). */
function longestIn(blocks: readonly LoopBlock[], from: number, to: number): number {
  return Math.max(0, ...blocks.filter(([end, ms]) => end >= from && end - ms <= to).map(([, ms]) => ms));
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await f();
  return [value, performance.now() - t];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { hovers: { type: 'string' }, edits: { type: 'string' }, 'timeout-ms': { type: 'string' } },
  });
  const [file, languageId] = positionals;
  if (!file || !languageId) throw new Error('usage: lsp.ts FILE LANGUAGE_ID');
  const hoverCount = Number(values.hovers ?? 1000);
  const editPairs = Math.max(1, Math.round(Number(values.edits ?? 6) / 2));
  const timeoutMs = Number(values['timeout-ms'] ?? 600_000);
  const rng = new Random(`lsp:${file}`);

  const text = readFileSync(file, 'utf8');
  const starts = lineStarts(text);
  const offsets = codeOffsets(text);
  if (offsets.length === 0) throw new Error(`no codes to hover in ${file}`);
  const hoverAt = Array.from({ length: hoverCount }, () => positionAt(starts, rng.pick(offsets)));
  const probeText = readFileSync(join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt'), 'utf8');
  const probeAt = positionAt(lineStarts(probeText), probeText.indexOf('550 5.1.1'));

  const server = new BenchServer(repoRoot);
  const result: { -readonly [K in keyof LspResult]?: LspResult[K] } = { bytes: Buffer.byteLength(text) };
  try {
    await server.initialize();
    result.initializeMs = performance.now() - server.spawnedAt;

    const probeOpened = server.diagnosticsFor(probeUri, 1, 30_000);
    await server.open(probeUri, 'smtp-transcript', probeText);
    await probeOpened;

    // Open the big document while the probes run.
    let probes = startProbes(server, probeAt, 10);
    let analysisProbes: ReturnType<typeof startProbes> | undefined;
    const opened = server.diagnosticsFor(bigUri, 1, timeoutMs);
    const openWindow: [number, number] = [epochNow(), 0];
    // VS Code asks for the outline (breadcrumbs, sticky scroll) and the folding of a document as soon as it opens.
    let atOpen: Promise<[[unknown[], number], [unknown[], number]]> | undefined;
    const [published, openMs] = await timed(async () => {
      await server.open(bigUri, languageId, text);
      atOpen = Promise.all([
        timed(() => server.connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: bigUri } })),
        timed(() => server.connection.sendRequest<unknown[]>('textDocument/foldingRange', { textDocument: { uri: bigUri } })),
      ]);
      // A request sent now is answered once the server has read and parsed the didOpen ahead of it in the stream.
      const [, receivedMs] = await timed(() => server.connection.sendRequest('textDocument/hover', { textDocument: { uri: probeUri }, position: probeAt }));
      result.didOpenReceivedMs = receivedMs;
      analysisProbes = startProbes(server, probeAt, 10);
      return opened;
    });
    const [[, symbolsAtOpenMs], [, foldingAtOpenMs]] = await atOpen!;
    result.atOpen = { symbolsMs: symbolsAtOpenMs, foldingMs: foldingAtOpenMs };
    openWindow[1] = epochNow();
    result.openToDiagnosticsMs = openMs;
    result.openDiagnostics = published.diagnostics.length;
    result.serverRssOpen = procStatusBytes('VmRSS', server.pid);
    result.probeDuringOpen = await probes.stop();
    result.probeDuringAnalysis = await analysisProbes!.stop();

    // Hovers at real code positions, one after the other, as a person moving the mouse.
    const hoverMs: number[] = [];
    let nonNull = 0;
    for (const position of hoverAt) {
      const [answer, ms] = await timed(() => server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: bigUri }, position }));
      hoverMs.push(ms);
      if (answer) nonNull++;
    }
    result.hover = summarize(hoverMs);
    result.hoversNonNull = nonNull;

    // The outline and the folding ranges, as VS Code asks for them once a document is open.
    const outlineWindow: [number, number] = [epochNow(), 0];
    const [symbols, symbolsMs] = await timed(() => server.connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: bigUri } }));
    const [folds, foldingMs] = await timed(() => server.connection.sendRequest<unknown[]>('textDocument/foldingRange', { textDocument: { uri: bigUri } }));
    outlineWindow[1] = epochNow();
    result.outline = { symbols: symbols.length, symbolsMs, folds: folds.length, foldingMs };

    // Code actions where the cursor rests (VS Code asks on every move), with the diagnostics of that line.
    const atCursorMs: number[] = [];
    for (const position of hoverAt.slice(0, 200)) {
      const diagnostics = (server.latest.get(bigUri)?.diagnostics ?? []).filter((d) => d.range.start.line <= position.line && d.range.end.line >= position.line);
      const [, ms] = await timed(() =>
        server.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
          textDocument: { uri: bigUri },
          range: { start: position, end: position },
          context: { diagnostics },
        }),
      );
      atCursorMs.push(ms);
    }

    // One-line edits: give a reply's enhanced code the wrong class ("550 5.1.1" → "550 4.1.1"), wait for the
    // diagnostics of that version, ask for the quick fix, then put the line back (also timed).
    const editMs: number[] = [];
    const quickFixMs: number[] = [];
    let offered = 0;
    let changed = 0;
    let version = 1;
    probes = startProbes(server, probeAt, 10);
    const editWindow: [number, number] = [epochNow(), 0];
    for (const { at, digit, other } of editSites(text, starts, editPairs)) {
      const range = { start: at, end: { line: at.line, character: at.character + 1 } };
      for (const replacement of [other, digit]) {
        version++;
        // What the edited line shows: a count of the whole would miss a change where the rules share the document's most.
        const onLine = (diagnostics: readonly Diagnostic[] | undefined): string => JSON.stringify(diagnostics?.filter((d) => d.range.start.line === at.line) ?? []);
        const before = onLine(server.latest.get(bigUri)?.diagnostics);
        const waiting = server.diagnosticsFor(bigUri, version, timeoutMs);
        const [after, ms] = await timed(async () => {
          await server.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: bigUri, version },
            contentChanges: [{ range, text: replacement }],
          });
          return waiting;
        });
        editMs.push(ms);
        if (onLine(after.diagnostics) !== before) changed++;
        const introduced: Diagnostic | undefined = after.diagnostics.find((d) => d.range.start.line === at.line);
        if (introduced) {
          const [actions, fixMs] = await timed(() =>
            server.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
              textDocument: { uri: bigUri },
              range: introduced.range,
              context: { diagnostics: [introduced] },
            }),
          );
          quickFixMs.push(fixMs);
          if (actions && actions.length > 0) offered++;
        }
      }
    }
    editWindow[1] = epochNow();
    result.probeDuringEdits = await probes.stop();
    result.edit = summarize(editMs);
    result.editDiagnosticsChanged = changed;
    result.quickFix = summarize(quickFixMs);
    result.quickFixesOffered = offered;
    result.codeActionAtCursor = summarize(atCursorMs);
    result.codeAction = summarize([...atCursorMs, ...quickFixMs]);
    result.serverPeakRss = procStatusBytes('VmHWM', server.pid);
    result.serverExit = await server.shutdown();
    const blocks = server.loopBlocks();
    result.serverLoop = blocks && {
      openMs: longestIn(blocks, ...openWindow),
      editsMs: longestIn(blocks, ...editWindow),
      outlineMs: longestIn(blocks, ...outlineWindow),
      maxMs: Math.max(0, ...blocks.map(([, ms]) => ms)),
    };
  } catch (error) {
    result.crash = `${error instanceof Error ? error.message : String(error)}${server.alive ? '' : ' (the server process exited)'}${server.stderr ? `; server stderr: ${server.stderr.slice(-2000)}` : ''}`;
    server.kill();
  }
  report(result);
}

runChild(main);
