import type { RuleContext } from '../rule';
import { upperBound } from '../../chunks';
import { occurrences } from '../../read/lines';
import { octets } from './wire';

/**
 * The bytes each side sent, rebuilt from the few transcript formats that show line ends as they were on the wire:
 * socat -v writes a CR as the two characters "\r" and each LF as the end of a printed line (checked against the
 * block's "length=" so that a segment cut mid-line is not taken for a bare LF), and smtplib's debug output prints
 * every line sent and received as a Python repr ("b'250 Ok\r\n'"). Elsewhere the file's own line ends say nothing
 * about the wire, and nothing is rebuilt.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface WireStream {
  /** The bytes as sent, one character each (CR and LF included). */
  readonly bytes: string;
  /**
   * Where the bytes are written in the document, in runs of bytes written one character each on one line: the byte
   * each run starts at, and the line and character it is written at (an escape such as "\r" starts a new run).
   */
  readonly runs: { readonly from: readonly number[]; readonly line: readonly number[]; readonly character: readonly number[] };
  /** The pieces (socat blocks or smtplib lines) the bytes came from, in order: their lines, and the byte each starts at. */
  readonly pieces: readonly { readonly start: number; readonly end: number; readonly from: number }[];
}

/** Where the byte at `index` of a stream is written in the document. */
export function positionOf(stream: WireStream, index: number): Position {
  const { from, line, character } = stream.runs;
  const run = upperBound(from, index) - 1;
  return { line: line[run]!, character: character[run]! + index - from[run]! };
}

export interface WireStreams {
  readonly client: WireStream;
  readonly server: WireStream;
}

/**
 * Gathers one side's bytes with where they are written: a few numbers per run of bytes on a line, not per byte (a
 * position per byte made a 10 MB socat transcript's analysis take twice the memory and 60% more time).
 */
class Builder {
  private readonly written: string[] = [];
  private length = 0;
  readonly runs = { from: [] as number[], line: [] as number[], character: [] as number[] };
  readonly pieces: { start: number; end: number; from: number }[] = [];
  /** Where the run being written would go on (-1: nowhere, the next bytes start a run). */
  private nextLine = -1;
  private nextCharacter = -1;

  open(line: number): void {
    this.pieces.push({ start: line, end: line, from: this.length });
  }

  /** Bytes written one character each, from `character` of `line` on, in the piece opened last. */
  push(bytes: string, line: number, character: number): void {
    if (line !== this.nextLine || character !== this.nextCharacter) {
      this.runs.from.push(this.length);
      this.runs.line.push(line);
      this.runs.character.push(character);
    }
    this.written.push(bytes);
    this.length += bytes.length;
    this.nextLine = line;
    this.nextCharacter = character + bytes.length;
    this.pieces.at(-1)!.end = line;
  }

  /** A byte written as an escape of several characters ("\r", "\x0d"): the bytes after it start a new run. */
  pushEscaped(byte: string, line: number, character: number): void {
    this.push(byte, line, character);
    this.nextLine = -1;
  }

  finish(): WireStream {
    return { bytes: this.written.join(''), runs: this.runs, pieces: this.pieces };
  }
}

/**
 * Built once per rule pass (the context the rules share): line-endings and smtp-smuggling both read the streams, and
 * nothing keeps them after it, while a part's model is kept for as long as its chunk.
 */
const streamsByPass = new WeakMap<RuleContext, readonly WireStreams[] | null>();

/**
 * The streams of a socat -v or smtplib transcript, one pair per connection, or null for every other format. Each
 * session is a connection of its own, whose bytes start afresh: a bare CR at the end of one is not followed by the
 * next one's bytes. A piece belongs to the session it starts in; pieces before the first session form their own pair.
 */
export function wireStreams(context: RuleContext): readonly WireStreams[] | null {
  const { model, lines } = context;
  if (model.kind !== 'transcript' || (model.format !== 'socat' && model.format !== 'smtplib')) return null;
  const known = streamsByPass.get(context);
  if (known !== undefined) return known;
  const connections: Connection[] = [];
  const starts = model.sessions.map((s) => s.span.start);
  // Pieces come in line order: each one opens the connection of the last session started by its line.
  const connection = (line: number): Connection => {
    let index = connections.at(-1)?.index ?? 0;
    while (index < starts.length && starts[index]! <= line) index++;
    if (connections.at(-1)?.index !== index) connections.push({ index, client: new Builder(), server: new Builder() });
    return connections.at(-1)!;
  };
  if (model.format === 'socat') readSocat(lines, connection);
  else readSmtplib(lines, connection);
  const streams = connections.map(({ client, server }) => ({ client: client.finish(), server: server.finish() }));
  streamsByPass.set(context, streams);
  return streams;
}

interface Connection {
  /** How many sessions started before the connection's pieces. */
  readonly index: number;
  readonly client: Builder;
  readonly server: Builder;
}

const socatBlock = /^([<>]) \d{4}\/\d\d\/\d\d [\d:.]+ +length=(\d+)/;
const socatNote = /^\d{4}\/\d\d\/\d\d [\d:.]+ socat\[\d+\] [A-Z] /;

/** A block header or a socat note, which end the block before: tried only on lines that start as they do. */
function startsSocatPiece(line: string): boolean {
  const first = line.charCodeAt(0);
  if (first === 60 || first === 62) return socatBlock.test(line);
  return first >= 48 && first <= 57 && socatNote.test(line);
}

function readSocat(lines: readonly string[], connection: (line: number) => Connection): void {
  for (let i = 0; i < lines.length; i++) {
    const header = socatBlock.exec(lines[i]!);
    if (!header) continue;
    let end = i + 1;
    while (end < lines.length && !startsSocatPiece(lines[end]!)) end++;
    let last = end - 1;
    // The file's own final line end leaves an empty last line: not part of the block.
    while (last > i && end === lines.length && lines[last] === '') last--;
    const body = lines.slice(i + 1, last + 1);
    const length = Number(header[2]);
    // Each "\\r" written (two octets) stands for one CR.
    const shown = body.reduce((sum, l) => sum + octets(l) - occurrences(l, '\\r') + 1, 0);
    // Every printed line ended in LF, or all but the last (a segment that stops mid-line).
    if (shown !== length && shown - 1 !== length) continue;
    const { client, server } = connection(i + 1);
    const builder = header[1] === '>' ? client : server;
    builder.open(i + 1);
    body.forEach((l, k) => {
      const line = i + 1 + k;
      let c = 0;
      for (let cr = l.indexOf('\\r'); cr >= 0; cr = l.indexOf('\\r', c)) {
        if (cr > c) builder.push(l.slice(c, cr), line, c);
        builder.pushEscaped('\r', line, cr);
        c = cr + 2;
      }
      if (c < l.length) builder.push(l.slice(c), line, c);
      if (k < body.length - 1 || shown === length) builder.push('\n', line, l.length);
    });
    i = last;
  }
}

const smtplibLine = /^((?:[\d:.]+ )?(send|reply): b?(['"]))(.*)\3$/;

function readSmtplib(lines: readonly string[], connection: (line: number) => Connection): void {
  lines.forEach((l, line) => {
    const m = smtplibLine.exec(l);
    if (!m || l.includes('reply: retcode')) return;
    const { client, server } = connection(line);
    const builder = m[2] === 'send' ? client : server;
    builder.open(line);
    const body = m[4]!;
    const offset = m[1]!.length;
    for (let c = 0; c < body.length; c++) {
      const at = offset + c;
      if (body[c] !== '\\') {
        builder.push(body[c]!, line, at);
        continue;
      }
      const next = body[c + 1];
      const hex = next === 'x' ? /^[0-9a-fA-F]{2}/.exec(body.slice(c + 2)) : null;
      if (hex) {
        builder.pushEscaped(String.fromCharCode(parseInt(hex[0], 16)), line, at);
        c += 3;
      } else {
        builder.pushEscaped(next === 'r' ? '\r' : next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? ''), line, at);
        c++;
      }
    }
  });
}

/**
 * True when the pieces of a socat -v or smtplib transcript are the same whether the text is read whole or in two
 * parts cut before line `cut`, with the next session starting on line `session`: a socat block ends where the next
 * block header or socat note begins, so the cut must be on one (and not after an empty line, which the end of a text
 * drops from a block); and no piece may start between the cut and the session, where it would belong to the session
 * before in the whole text but to none in the second part.
 */
export function cutKeepsPieces(format: string, line: (index: number) => string | undefined, cut: number, session: number): boolean {
  if (format === 'socat') {
    const at = line(cut) ?? '';
    if (!startsSocatPiece(at)) return false;
    if (line(cut - 1) === '') return false;
    for (let i = cut; i < session - 1; i++) if (socatBlock.test(line(i) ?? '')) return false;
    return true;
  }
  if (format === 'smtplib') {
    for (let i = cut; i < session; i++) if (smtplibLine.test(line(i) ?? '')) return false;
  }
  return true;
}
