import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ChunkedDocument, cutChunks, TextInPieces } from '../../server/src/service/chunks';
import { lineStartsOf, splitLines } from '../../server/src/service/read/lines';

/** Text made of short words and every kind of line break, so that chunks of a few characters cut it often. */
const text = fc
  .array(fc.constantFrom('a', 'bc', 'def', ' ', '\n', '\r\n', '\r', 'é', '😀'), { maxLength: 60, size: 'max' })
  .map((parts) => parts.join(''));

/**
 * An LSP change: a range (sometimes reversed, sometimes past the end of a line) and new text. Lines are taken modulo
 * the document's line count when the change is applied: clients send lines that exist (TextDocument itself mangles
 * its line index when a range starts past the last line).
 */
function change(): fc.Arbitrary<TextDocumentContentChangeEvent> {
  const position = fc.record({ line: fc.nat({ max: 40 }), character: fc.integer({ min: 0, max: 12 }) });
  return fc.oneof(
    { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
    { weight: 1, arbitrary: fc.record({ text }) },
  );
}

/** Every chunk but the last ends with a line break, and no CR LF pair is cut in two. */
function assertCutAtBreaks(chunks: readonly { readonly text: string }[]): void {
  chunks.slice(0, -1).forEach((chunk, i) => {
    const next = chunks[i + 1]!.text;
    const ok = chunk.text.endsWith('\n') || (chunk.text.endsWith('\r') && !next.startsWith('\n'));
    assert.ok(ok, `${JSON.stringify(chunk.text)} before ${JSON.stringify(next)}`);
  });
}

function assertSame(chunked: ChunkedDocument, reference: TextDocument): void {
  const content = reference.getText();
  assert.equal(chunked.getText(), content);
  assert.equal(chunked.lineCount, reference.lineCount);
  assert.equal(chunked.version, reference.version);
  for (let offset = -1; offset <= content.length + 1; offset++) {
    assert.deepEqual(chunked.positionAt(offset), reference.positionAt(offset), `positionAt(${offset})`);
  }
  for (let line = -1; line <= reference.lineCount; line++) {
    assert.deepEqual(chunked.getLineRange(line), reference.getLineRange(line), `getLineRange(${line})`);
    assert.equal(chunked.getEOLCharacters(line), reference.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (let character = 0; character <= 8; character++) {
      const position = { line, character };
      assert.equal(chunked.offsetAt(position), reference.offsetAt(position), `offsetAt(${line}:${character})`);
    }
  }
}

describe('ChunkedDocument', () => {
  it('cuts text after line breaks only, never between CR and LF, and the chunks join back to the text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 8 }), (content, size) => {
        const chunks = cutChunks(content, size);
        assert.equal(chunks.map((c) => c.text).join(''), content);
        assertCutAtBreaks(chunks);
        assert.equal(chunks.reduce((n, c) => n + c.breaks, 0) + 1, TextDocument.create('u', 'x', 1, content).lineCount);
      }),
    );
  });

  it('cuts text whose lines end in CR alone as often as text whose lines end in LF', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`);
    for (const eol of ['\n', '\r', '\r\n']) {
      const chunks = cutChunks(lines.join(eol), 500);
      assert.ok(chunks.length >= 15, `${JSON.stringify(eol)}: ${chunks.length} chunks`);
      assert.equal(chunks.reduce((n, c) => n + c.breaks, 0), 999);
    }
  });

  it('answers as TextDocument does after any sequence of incremental and full changes', () => {
    // Sometimes the text comes in pieces cut after line breaks, as the server's input thread hands a big one over.
    const scenario = text.chain((initial) =>
      fc.tuple(
        fc.constant(initial),
        fc.integer({ min: 1, max: 8 }),
        fc.option(fc.integer({ min: 1, max: 20 })),
        fc.array(fc.array(change(), { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(scenario, ([initial, size, pieceSize, batches, growing]) => {
        const content = pieceSize === null ? initial : new TextInPieces(cutChunks(initial, pieceSize).map((c) => c.text));
        const chunked = new ChunkedDocument('u', 'x', 1, content, size, growing);
        const reference = TextDocument.create('u', 'x', 1, initial);
        assertSame(chunked, reference);
        // Pieces are cut into chunks too: a chunk ends at the first line break from `size` characters on.
        for (const chunk of chunked.getChunks()) {
          const found = /\r\n?|\n/g;
          found.lastIndex = size - 1;
          const at = found.exec(chunk.text);
          assert.ok(!at || at.index + at[0].length === chunk.text.length, JSON.stringify(chunk.text));
        }
        assertCutAtBreaks(chunked.getChunks());
        batches.forEach((batch, i) => {
          // Each change's lines exist in the text the changes before it in the batch leave.
          const scratch = TextDocument.create('u', 'x', 1, reference.getText());
          const changes = batch.map((c) => {
            const at = (p: { line: number; character: number }) => ({ line: p.line % scratch.lineCount, character: p.character });
            const mapped = 'range' in c ? { range: { start: at(c.range.start), end: at(c.range.end) }, text: c.text } : c;
            TextDocument.update(scratch, [mapped], 1);
            return mapped;
          });
          chunked.update(changes, i + 2);
          TextDocument.update(reference, changes, i + 2);
          assertSame(chunked, reference);
          assertCutAtBreaks(chunked.getChunks());
        });
      }),
      { numRuns: 500 },
    );
  });

  it('cuts the first chunks smaller where asked, each about twice the one before, up to the size', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n');
    const chunks = cutChunks(lines, 1600, true);
    assert.equal(chunks.map((c) => c.text).join(''), lines);
    const lengths = chunks.slice(0, -1).map((c) => c.text.length);
    // Each ends at the first line break from its length on; a line here is at most ten characters.
    lengths.forEach((length, i) => {
      const target = Math.min(1600, 100 * 2 ** i);
      assert.ok(length >= target && length <= target + 10, `chunk ${i}: ${length}`);
    });
    assert.ok(lengths.length > 8);
    const document = new ChunkedDocument('u', 'x', 1, lines, 1600, true);
    assert.deepEqual(document.getChunks().map((c) => c.text), chunks.map((c) => c.text));
    document.update([{ text: lines }], 2);
    assert.equal(document.getChunks()[0]!.text.length, lengths[0], 'a whole new text starts small again');
  });

  it('keeps the chunks an edit does not touch, so their analyses stay cached', () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `line ${i} 250 2.0.0 Ok`).join('\n');
    const document = new ChunkedDocument('u', 'x', 1, lines);
    const before = document.getChunks();
    assert.ok(before.length > 1);
    document.update([{ range: { start: { line: 2000, character: 5 }, end: { line: 2000, character: 6 } }, text: 'X\n' }], 2);
    const after = document.getChunks();
    const kept = after.filter((c) => before.includes(c)).length;
    assert.ok(kept >= before.length - 2, `${kept} of ${before.length} chunks kept`);
    assert.equal(document.getText({ start: { line: 2000, character: 0 }, end: { line: 2002, character: 0 } }), 'line X\n000 250 2.0.0 Ok\n');
  });
});

describe('lines', () => {
  it('splitLines and lineStartsOf cut where CR LF, CR and LF end lines, whichever the text holds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = t.split(/\r\n|\r|\n/);
        assert.deepEqual(splitLines(t), lines);
        const starts = lineStartsOf(t);
        assert.equal(starts.length, lines.length);
        starts.forEach((start, i) => assert.equal(t.slice(start, start + lines[i]!.length), lines[i]));
      }),
      { numRuns: 2000 },
    );
  });
});
