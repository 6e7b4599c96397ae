import type { RuleContext } from '../rule';
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
  /** Where each byte's written form starts in the document. */
  readonly at: readonly Position[];
  /** The piece (socat block or smtplib line) each byte came from, as an index into `pieces`. */
  readonly piece: readonly number[];
  readonly pieces: readonly { readonly start: number; readonly end: number }[];
}

export interface WireStreams {
  readonly client: WireStream;
  readonly server: WireStream;
}

class Builder {
  bytes = '';
  readonly at: Position[] = [];
  readonly piece: number[] = [];
  readonly pieces: { start: number; end: number }[] = [];

  open(line: number): number {
    this.pieces.push({ start: line, end: line });
    return this.pieces.length - 1;
  }

  push(byte: string, line: number, character: number, piece: number): void {
    this.bytes += byte;
    this.at.push({ line, character });
    this.piece.push(piece);
    this.pieces[piece]!.end = line;
  }
}

/**
 * Built once per rule pass (the context the rules share): line-endings and smtp-smuggling both read the streams, and
 * nothing keeps them after it — they hold an object per byte, while a part's model is kept for as long as its chunk.
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
  const streams = connections.map(({ client, server }) => ({ client, server }));
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

function readSocat(lines: readonly string[], connection: (line: number) => Connection): void {
  for (let i = 0; i < lines.length; i++) {
    const header = socatBlock.exec(lines[i]!);
    if (!header) continue;
    let end = i + 1;
    while (end < lines.length && !socatBlock.test(lines[end]!) && !socatNote.test(lines[end]!)) end++;
    let last = end - 1;
    // The file's own final line end leaves an empty last line: not part of the block.
    while (last > i && end === lines.length && lines[last] === '') last--;
    const body = lines.slice(i + 1, last + 1);
    const length = Number(header[2]);
    const shown = body.reduce((sum, l) => sum + octets(l.replaceAll('\\r', '\r')) + 1, 0);
    // Every printed line ended in LF, or all but the last (a segment that stops mid-line).
    if (shown !== length && shown - 1 !== length) continue;
    const { client, server } = connection(i + 1);
    const builder = header[1] === '>' ? client : server;
    const piece = builder.open(i + 1);
    body.forEach((l, k) => {
      const line = i + 1 + k;
      for (let c = 0; c < l.length; c++) {
        if (l.startsWith('\\r', c)) {
          builder.push('\r', line, c, piece);
          c++;
        } else builder.push(l[c]!, line, c, piece);
      }
      if (k < body.length - 1 || shown === length) builder.push('\n', line, l.length, piece);
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
    const piece = builder.open(line);
    const body = m[4]!;
    const offset = m[1]!.length;
    for (let c = 0; c < body.length; c++) {
      const at = offset + c;
      if (body[c] !== '\\') {
        builder.push(body[c]!, line, at, piece);
        continue;
      }
      const next = body[c + 1];
      const hex = next === 'x' ? /^[0-9a-fA-F]{2}/.exec(body.slice(c + 2)) : null;
      if (hex) {
        builder.push(String.fromCharCode(parseInt(hex[0], 16)), line, at, piece);
        c += 3;
      } else {
        builder.push(next === 'r' ? '\r' : next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? ''), line, at, piece);
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
    if (!socatBlock.test(at) && !socatNote.test(at)) return false;
    if (line(cut - 1) === '') return false;
    for (let i = cut; i < session - 1; i++) if (socatBlock.test(line(i) ?? '')) return false;
    return true;
  }
  if (format === 'smtplib') {
    for (let i = cut; i < session; i++) if (smtplibLine.test(line(i) ?? '')) return false;
  }
  return true;
}
