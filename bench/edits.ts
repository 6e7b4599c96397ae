// The one-line edits the in-process and the LSP figures both make: a real reply's enhanced code given the other class
// ("550 5.1.1" → "550 4.1.1") at places spread over the document, each then put back.

import type { Position } from 'vscode-languageserver-types';

/** Where each line starts, to turn offsets into LSP positions (UTF-16 columns, like the text itself). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

/** Where an edit changes the class digit of an enhanced code, what the digit is and what it becomes. */
export interface EditSite {
  readonly at: Position;
  readonly digit: string;
  readonly other: string;
}

/** Up to `count` sites: the first reply of a class with an enhanced code of the same class after each (n / (count + 1)) of the text. */
export function editSites(text: string, starts: readonly number[], count: number): EditSite[] {
  const targets = /\b([245])\d\d \1\.\d{1,3}\.\d{1,3}\b/g;
  const sites: EditSite[] = [];
  for (let n = 1; n <= count; n++) {
    targets.lastIndex = Math.floor((text.length * n) / (count + 1));
    const m = targets.exec(text);
    if (!m) break;
    sites.push({ at: positionAt(starts, m.index + 4), digit: m[1]!, other: m[1] === '4' ? '5' : '4' });
  }
  return sites;
}
