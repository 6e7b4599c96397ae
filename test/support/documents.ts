import type { ServiceDocument } from '../../server/src/service';

let next = 0;

/** An in-memory document of the given language, as the server's document store would hand it to the service. */
export function doc(text: string, languageId: string, uri = `untitled:test-${++next}`): ServiceDocument {
  return { uri, languageId, version: 1, getText: () => text };
}

/** The position of the `nth` occurrence of `needle` in `text` (zero-based line and UTF-16 column). */
export function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** Applies LSP text edits to a text, back to front so that earlier ranges stay valid. */
export function applyEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const offsets: number[] = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) offsets.push(match.index + match[0].length);
  const offset = (p: { line: number; character: number }): number => offsets[p.line]! + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}
