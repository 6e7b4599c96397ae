// Child process: the full analysis of one document through the public service, against the one-regex baseline; then
// one-line edits of the same document kept in chunks, as the server keeps its documents.
// Usage: node --expose-gc --import tsx bench/analysis.ts FILE LANGUAGE_ID

import { readFileSync } from 'node:fs';
import { createLanguageService, type LanguageService, type ServiceDocument } from '../server/src/service';
import { chunkedDocuments } from '../server/src/service/chunks';
import { collectGarbage, countCodes, peakRss, report, resetPeakRss, runChild } from './child';
import { editSites, lineStarts } from './edits';

/** Places edited (each edit then put back). */
const editPlaces = 5;

export interface AnalysisResult {
  readonly bytes: number;
  readonly lines: number;
  /** analyze() + diagnostics() in this fresh process: what opening the document costs. */
  readonly firstMs: number;
  readonly analyzeMs: number;
  readonly diagnosticsMs: number;
  /** The same again on a new version of the document (JIT warm, caches of the old version dropped). */
  readonly againMs: number;
  /** One pass of /\b[2-5]\d\d\b/g over the same text, counting matches: first pass and the faster of two. */
  readonly regexMs: number;
  readonly regexBestMs: number;
  readonly regexMatches: number;
  readonly mentions: number;
  readonly diagnostics: number;
  readonly kind: string;
  readonly format: string;
  /** Peak RSS during the first analysis minus RSS before it (text already read, garbage collected). */
  readonly peakRssDelta: number;
  readonly peakRssExact: boolean;
  /** Heap still used after the analysis and a full GC, minus before: what the model keeps. */
  readonly retainedHeap: number;
  /** Heap used right after the analysis, before any GC, minus before: garbage included. */
  readonly heapAfterNoGc: number;
  /**
   * One-line edits in order (see edits.ts) of the document kept in chunks (ChunkedDocument, the server's store), once
   * its first diagnostics are made: each the change and the new version's diagnostics, all at once.
   */
  readonly editMs: readonly number[];
}

function timeEdits(text: string, languageId: string, service: LanguageService): number[] {
  const edited = chunkedDocuments.create('file:///bench/edited', languageId, 1, text);
  service.diagnostics(edited);
  const times: number[] = [];
  for (const { at, digit, other } of editSites(text, lineStarts(text), editPlaces)) {
    const range = { start: at, end: { line: at.line, character: at.character + 1 } };
    for (const replacement of [other, digit]) {
      const t0 = performance.now();
      edited.update([{ range, text: replacement }], edited.version + 1);
      service.diagnostics(edited);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

function main(): void {
  const [file, languageId] = process.argv.slice(2);
  if (!file || !languageId) throw new Error('usage: analysis.ts FILE LANGUAGE_ID');
  const text = readFileSync(file, 'utf8');
  const service = createLanguageService();
  const doc = (version: number): ServiceDocument => ({ uri: 'file:///bench/document', languageId, version, getText: () => text });

  collectGarbage();
  const exact = resetPeakRss();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const model = service.analyze(doc(1));
  const t1 = performance.now();
  const diagnostics = service.diagnostics(doc(1));
  const t2 = performance.now();
  const peak = peakRss();
  const afterNoGc = process.memoryUsage();
  collectGarbage();
  const retained = process.memoryUsage();
  if (!model) throw new Error(`the service did not take ${file} as ${languageId}`);

  const r0 = performance.now();
  const regexMatches = countCodes(text);
  const regexMs = performance.now() - r0;
  const r1 = performance.now();
  countCodes(text);
  const regexSecondMs = performance.now() - r1;

  const a0 = performance.now();
  service.analyze(doc(2));
  service.diagnostics(doc(2));
  const againMs = performance.now() - a0;
  // The edited document alone in memory, as in a server that has it open: a heap twice as big makes a full
  // collection during the edits that no server would (socat 50 MB: 0.6 s).
  service.forget(doc(2).uri);
  collectGarbage();
  const editMs = timeEdits(text, languageId, service);

  const result: AnalysisResult = {
    bytes: Buffer.byteLength(text),
    lines: text.split('\n').length,
    firstMs: t2 - t0,
    analyzeMs: t1 - t0,
    diagnosticsMs: t2 - t1,
    againMs,
    regexMs,
    regexBestMs: Math.min(regexMs, regexSecondMs),
    regexMatches,
    mentions: model.mentions.length,
    diagnostics: diagnostics.length,
    kind: model.kind,
    format: model.format,
    peakRssDelta: Math.max(0, peak - before.rss),
    peakRssExact: exact,
    retainedHeap: retained.heapUsed - before.heapUsed,
    heapAfterNoGc: afterNoGc.heapUsed - before.heapUsed,
    editMs,
  };
  report(result);
}

runChild(main);
