import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { lineStartsOf, occurrences } from './read/lines';

/**
 * A run of whole lines of a document. Every chunk but the last ends with a line break (CR LF, LF, or a CR that no LF
 * follows), so no line and no CR LF pair is ever cut in two. Chunks are immutable: an edit makes new chunks for the lines it touches and keeps the others, so
 * whatever is computed from a chunk can be cached by the chunk itself.
 */
export interface TextChunk {
  readonly text: string;
  /** Line breaks in the text: CR LF, CR and LF each count one, as LSP counts lines. */
  readonly breaks: number;
}

/** How long a chunk grows before it is cut at the next line break: big enough to be cheap to count, small enough to re-read at a keystroke. */
export const chunkChars = 64 * 1024;

function countBreaks(text: string): number {
  return text.includes('\r') ? lineStartsOf(text).length - 1 : occurrences(text, '\n');
}

/**
 * Line breaks are counted when first asked for: a document that was just opened is cut into chunks in the turn of the
 * event loop that received it, and its lines counted in the next (50 MB: ~15 ms each way).
 */
class Chunk implements TextChunk {
  private counted: number | undefined;

  constructor(readonly text: string) {}

  get breaks(): number {
    this.counted ??= countBreaks(this.text);
    return this.counted;
  }
}

export function makeChunk(text: string): TextChunk {
  return new Chunk(text);
}

/** A line break: CR LF taken whole, so that no chunk ends between the two. */
const lineBreak = /\r\n?|\n/g;

/** Where the first line break at or after `from` ends; the end of the text if there is none. */
function afterBreak(text: string, from: number): number {
  lineBreak.lastIndex = from;
  const found = lineBreak.exec(text);
  return found ? found.index + found[0].length : text.length;
}

/**
 * Cuts text into chunks of about `size` characters, each after a line break (a text with CR line ends, as old Mac
 * programs wrote them, is cut as often as one with LFs: had it been one chunk, a 10 MB log would have stopped the
 * server for 164 ms while its one part was read). Empty text is one empty chunk. With
 * `growing`, the first chunks are smaller (a sixteenth of `size`, then twice as big each time): a document's first
 * parts are read before the JIT has compiled the readers, several times slower than the later ones (the first 64 KiB
 * of a socat dump took 46–71 ms, a stop of the message loop, where the next took 15–30 ms). An edit among them joins
 * them again (see update: small leftovers join the next chunk), by when the readers are compiled.
 */
export function cutChunks(text: string, size = chunkChars, growing = false): TextChunk[] {
  const chunks: TextChunk[] = [];
  let start = 0;
  let next = growing ? Math.max(1, Math.floor(size / 16)) : size;
  while (start < text.length) {
    const end = afterBreak(text, start + next - 1);
    chunks.push(makeChunk(text.slice(start, end)));
    start = end;
    next = Math.min(size, next * 2);
  }
  return chunks.length > 0 ? chunks : [makeChunk('')];
}

/** Where two versions' chunks differ: `before[from, oldEnd)` became `after[from, newEnd)`, the chunks around it the same. */
export interface ChangedRun {
  readonly from: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * The run of chunks that an edit replaced (ChunkedDocument replaces one run per change; several changes, the run from
 * the first to the last), found by comparing the chunks from both ends. Chunks that did not change are the same objects.
 */
export function changedRun(before: readonly TextChunk[], after: readonly TextChunk[]): ChangedRun {
  let from = 0;
  while (from < before.length && from < after.length && before[from] === after[from]) from++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > from && newEnd > from && before[oldEnd - 1] === after[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  return { from, oldEnd, newEnd };
}

/** Line breaks in chunks `from` to `to` (not included). */
export function breaksIn(chunks: readonly TextChunk[], from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) breaks += chunks[i]!.breaks;
  return breaks;
}

/** Where each line of a chunk starts, relative to the chunk, including where the line after its last break starts. */
const startsOf = new WeakMap<TextChunk, readonly number[]>();

export function lineStarts(chunk: TextChunk): readonly number[] {
  let starts = startsOf.get(chunk);
  if (!starts) {
    starts = lineStartsOf(chunk.text);
    startsOf.set(chunk, starts);
  }
  return starts;
}

/** Moves an offset back over line-break characters, not before `lineStart`. */
function beforeEol(text: string, offset: number, lineStart: number): number {
  let at = offset;
  while (at > lineStart && (text.charCodeAt(at - 1) === 13 || text.charCodeAt(at - 1) === 10)) at--;
  return at;
}

/** The first index whose value is greater than `value`, in a sorted array. */
export function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! > value) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * A document's text as the server's input thread hands a big one over (see transport.ts): in pieces cut by cutChunks,
 * so that each but the last ends after a line break and no CR LF is split between two. Each piece is cut into chunks
 * as it is; the text is never made one string again (copying 50 MB in one go stops the server for ~45 ms). Only the
 * server makes one: no JSON a client sends can be one.
 */
export class TextInPieces {
  constructor(readonly pieces: readonly string[]) {}
}

/**
 * A text document kept as chunks (see TextChunk): an edit costs the chunks it touches, not the whole text, where a
 * single string would be copied whole on every keystroke (50 MB: ~40 ms). Behaves as vscode-languageserver-textdocument's
 * TextDocument does, positions clamped the same way; `test/unit/chunks.test.ts` holds it to that.
 */
export class ChunkedDocument implements TextDocument {
  private chunks: readonly TextChunk[];
  /** Per chunk, the document line and offset it starts at; computed when first needed after a change. */
  private index: { readonly lines: readonly number[]; readonly offsets: readonly number[]; readonly length: number } | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string | TextInPieces,
    /** Chunk size: the default outside tests. */
    private readonly size = chunkChars,
    /** The first chunks of the text smaller (see cutChunks): the server's documents, read first where the JIT is cold. */
    private readonly growing = false,
  ) {
    this.chunks = text instanceof TextInPieces ? text.pieces.flatMap((piece, i) => cutChunks(piece, size, growing && i === 0)) : cutChunks(text, size, growing);
    if (this.chunks.length === 0) this.chunks = cutChunks('', size);
  }

  /** The chunks, in order; their texts joined are the document's text. */
  getChunks(): readonly TextChunk[] {
    return this.chunks;
  }

  get lineCount(): number {
    return this.indexed().lines.at(-1)! + this.chunks.at(-1)!.breaks + 1;
  }

  getText(range?: Range): string {
    if (!range) return this.chunks.length === 1 ? this.chunks[0]!.text : this.chunks.map((c) => c.text).join('');
    return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.indexed().length;
    const { text, offset, start, next } = this.locate(position.line);
    if (position.character <= 0) return offset + start;
    return offset + beforeEol(text, Math.min(start + position.character, next), start);
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const last = this.lineCount - 1;
    if (line > last) {
      const { offset, start } = this.locate(last);
      return { start: { line: last, character: 0 }, end: { line: last, character: this.indexed().length - offset - start } };
    }
    const { text, start, next } = this.locate(line);
    return { start: { line, character: 0 }, end: { line, character: beforeEol(text, next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lineCount) return '';
    const { text, start, next } = this.locate(line);
    return text.slice(beforeEol(text, next, start), next);
  }

  /** The chunk holding a line that exists: its text and offset, where the line starts in it and where the next begins. */
  private locate(line: number): { readonly text: string; readonly offset: number; readonly start: number; readonly next: number } {
    const { lines, offsets } = this.indexed();
    const k = upperBound(lines, line) - 1;
    const chunk = this.chunks[k]!;
    const starts = lineStarts(chunk);
    const local = line - lines[k]!;
    return { text: chunk.text, offset: offsets[k]!, start: starts[local]!, next: starts[local + 1] ?? chunk.text.length };
  }

  positionAt(offset: number): Position {
    const { lines, offsets, length } = this.indexed();
    const clamped = Math.max(Math.min(offset, length), 0);
    const k = Math.max(upperBound(offsets, clamped) - 1, 0);
    const chunk = this.chunks[k]!;
    const starts = lineStarts(chunk);
    const local = clamped - offsets[k]!;
    const line = upperBound(starts, local) - 1;
    const lineStart = starts[line]!;
    return { line: lines[k]! + line, character: beforeEol(chunk.text, local, lineStart) - lineStart };
  }

  /** Applies LSP content changes in order, as TextDocument.update does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.chunks = cutChunks(change.text, this.size, this.growing);
        this.index = undefined;
        continue;
      }
      const range = ordered(change.range);
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      const { offsets } = this.indexed();
      let first = Math.max(upperBound(offsets, start) - 1, 0);
      // The chunk holding the end; an end at a chunk's very start belongs to that chunk (it removes the break before it).
      let last = Math.max(upperBound(offsets, end) - 1, first);
      // A change at the very start of a chunk after one that ends with a CR cuts both again: an LF put there joins the CR.
      if (first > 0 && start === offsets[first] && this.chunks[first - 1]!.text.endsWith('\r')) first--;
      // Small leftovers join the next chunk, so that deleting does not leave a trail of tiny chunks.
      let regionEnd = offsets[last]! + this.chunks[last]!.text.length;
      let text = this.slice(offsets[first]!, start) + change.text + this.slice(end, regionEnd);
      while (text.length < this.size / 2 && last + 1 < this.chunks.length) {
        last++;
        text += this.chunks[last]!.text;
        regionEnd += this.chunks[last]!.text.length;
      }
      const replaced = text.length > 0 || this.chunks.length === last - first + 1 ? cutChunks(text, this.size) : [];
      this.chunks = [...this.chunks.slice(0, first), ...replaced, ...this.chunks.slice(last + 1)];
      this.index = undefined;
    }
    this.version = version;
  }

  private slice(from: number, to: number): string {
    if (to <= from) return '';
    const { offsets } = this.indexed();
    const first = upperBound(offsets, from) - 1;
    const last = upperBound(offsets, to - 1) - 1;
    if (first === last) return this.chunks[first]!.text.slice(from - offsets[first]!, to - offsets[first]!);
    const parts = [this.chunks[first]!.text.slice(from - offsets[first]!)];
    for (let k = first + 1; k < last; k++) parts.push(this.chunks[k]!.text);
    parts.push(this.chunks[last]!.text.slice(0, to - offsets[last]!));
    return parts.join('');
  }

  private indexed(): { readonly lines: readonly number[]; readonly offsets: readonly number[]; readonly length: number } {
    if (!this.index) {
      const lines: number[] = [];
      const offsets: number[] = [];
      let line = 0;
      let offset = 0;
      for (const chunk of this.chunks) {
        lines.push(line);
        offsets.push(offset);
        line += chunk.breaks;
        offset += chunk.text.length;
      }
      this.index = { lines, offsets, length: offset };
    }
    return this.index;
  }
}

function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** The configuration `TextDocuments` takes, to keep the server's documents as chunks. */
export const chunkedDocuments = {
  create: (uri: string, languageId: string, version: number, content: string | TextInPieces): ChunkedDocument =>
    new ChunkedDocument(uri, languageId, version, content, chunkChars, true),
  update(document: ChunkedDocument, changes: TextDocumentContentChangeEvent[], version: number): ChunkedDocument {
    document.update(changes, version);
    return document;
  },
};
