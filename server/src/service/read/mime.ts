import type { LineSpan, MessagePart } from '../model';
import { decodeBytes } from './decode';

/**
 * MIME walking for the message reader: header blocks unfolded for analysis with their line spans kept, multipart
 * bodies split on their boundaries, enclosed messages (message/rfc822) and header copies (text/rfc822-headers), and
 * bodies decoded (quoted-printable, base64) into lines that still know where they came from.
 */

/** A line of text to analyse and where it came from in the document. */
export interface SourceLine {
  readonly text: string;
  /** The document line it starts on. */
  readonly line: number;
  /** The column of text[0] on that line, or null when the text is decoded and columns do not map back. */
  readonly offset: number | null;
}

/** One header field, unfolded: continuation lines joined, runs of white space made one space. */
export interface HeaderField {
  /** Lower-cased. */
  readonly name: string;
  readonly value: string;
  readonly span: LineSpan;
}

export interface HeaderBlock {
  readonly fields: readonly HeaderField[];
  /** The header lines; an empty block has end = start - 1. */
  readonly span: LineSpan;
}

export interface MimeEntity {
  /** Lower-cased, without parameters; text/plain when the header says nothing (message/rfc822 in a digest). */
  readonly contentType: string;
  /** Content-Type parameters, names lower-cased, values unquoted. */
  readonly params: ReadonlyMap<string, string>;
  /** Content-Transfer-Encoding, lower-cased; "7bit" when absent. */
  readonly encoding: string;
  readonly header: HeaderBlock;
  /** The body lines; empty when end = start - 1. */
  readonly body: LineSpan;
  readonly span: LineSpan;
  /** Multipart: the parts; message/rfc822: the enclosed message. */
  readonly parts: readonly MimeEntity[];
  /** text/rfc822-headers: the header block it carries. */
  readonly enclosedHeader: HeaderBlock | null;
}

/** Deeper nesting than this is not walked (a message quoting a message quoting …). */
const maxDepth = 12;

const fieldStart = /^([!-9;-~]+)[ \t]*:/;

/**
 * Reads header fields from source[from] up to the first blank line (or the first line that is not a header line);
 * `used` is the number of lines read.
 */
export function readHeaderLines(source: readonly SourceLine[], from = 0): { fields: HeaderField[]; used: number } {
  const fields: HeaderField[] = [];
  let name: string | null = null;
  let value = '';
  let first = 0;
  let last = 0;
  const flush = (): void => {
    if (name !== null) fields.push({ name, value: value.replace(/\s+/g, ' ').trim(), span: { start: first, end: last } });
    name = null;
  };
  let i = from;
  for (; i < source.length; i++) {
    const { text, line } = source[i]!;
    if (text.trim() === '') break;
    // Some MTAs forget to indent a parameter continued after ";" ("Content-Type: multipart/alternative;\nboundary=…").
    if (/^[ \t]/.test(text) || (name !== null && /;\s*$/.test(value) && /^[\w-]+=/.test(text))) {
      if (name === null) break;
      value += ` ${text}`;
      last = line;
      continue;
    }
    const m = fieldStart.exec(text);
    if (!m) break;
    flush();
    name = m[1]!.toLowerCase();
    value = text.slice(m[0].length);
    first = line;
    last = line;
  }
  flush();
  return { fields, used: i - from };
}

/** The physical lines from..to as source lines. */
export function physical(lines: readonly string[], span: LineSpan): SourceLine[] {
  const out: SourceLine[] = [];
  for (let line = span.start; line <= span.end; line++) out.push({ text: lines[line]!, line, offset: 0 });
  return out;
}

/** Reads the header block that starts at `start` (stopping before `limit`); the body starts after its blank line. */
export function readHeaderBlock(lines: readonly string[], start: number, limit: number): { block: HeaderBlock; bodyStart: number } {
  let stop = start;
  while (stop < limit && lines[stop]!.trim() !== '') stop++;
  const { fields, used } = readHeaderLines(physical(lines, { start, end: stop - 1 }));
  const end = start + used - 1;
  const blank = start + used < limit && lines[start + used]!.trim() === '';
  return { block: { fields, span: { start, end } }, bodyStart: blank ? start + used + 1 : start + used };
}

export function fieldValue(block: HeaderBlock, name: string): string | null {
  return block.fields.find((f) => f.name === name)?.value ?? null;
}

/** "multipart/mixed; boundary=\"x\"" → type and parameters. */
export function parseContentType(value: string | null): { type: string | null; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (value === null) return { type: null, params };
  const type = /^\s*([\w.+-]+\/[\w.+-]+)/.exec(value)?.[1]?.toLowerCase() ?? null;
  for (const m of value.matchAll(/;\s*([\w.*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]+))/g)) {
    params.set(m[1]!.toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!);
  }
  return { type, params };
}

/** Reads the entity (headers and body) in `span`. */
export function readEntity(lines: readonly string[], span: LineSpan, defaultType = 'text/plain', depth = 0): MimeEntity {
  const { block, bodyStart } = readHeaderBlock(lines, span.start, span.end + 1);
  const { type, params } = parseContentType(fieldValue(block, 'content-type'));
  const contentType = type ?? defaultType;
  const encoding = (fieldValue(block, 'content-transfer-encoding') ?? '7bit').toLowerCase().trim();
  const body: LineSpan = { start: bodyStart, end: span.end };
  let parts: MimeEntity[] = [];
  let enclosedHeader: HeaderBlock | null = null;
  const opaque = encoding === 'base64' || encoding === 'quoted-printable';
  if (depth < maxDepth && body.start <= body.end) {
    const boundary = params.get('boundary');
    if (contentType.startsWith('multipart/') && boundary) {
      const inner = contentType === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
      const delimiter = hasDelimiter(lines, body, boundary) ? boundary : guessBoundary(lines, body);
      if (delimiter !== null) parts = splitMultipart(lines, body, delimiter).map((s) => readEntity(lines, s, inner, depth + 1));
    } else if (/^message\/(?:rfc822|global)$/.test(contentType) && !opaque) {
      const start = firstNonBlank(lines, body);
      if (start !== null) parts = [readEntity(lines, { start, end: body.end }, 'text/plain', depth + 1)];
    } else if (/^(?:text|message)\/(?:rfc822-headers|global-headers)$/.test(contentType) && !opaque) {
      const start = firstNonBlank(lines, body);
      if (start !== null) enclosedHeader = readHeaderBlock(lines, start, body.end + 1).block;
    }
  }
  return { contentType, params, encoding, header: block, body, span, parts, enclosedHeader };
}

function firstNonBlank(lines: readonly string[], span: LineSpan): number | null {
  for (let line = span.start; line <= span.end; line++) if (lines[line]!.trim() !== '') return line;
  return null;
}

function isDelimiter(text: string, boundary: string): boolean {
  if (!text.startsWith(`--${boundary}`)) return false;
  const rest = text.slice(boundary.length + 2).trimEnd();
  return rest === '' || rest === '--';
}

function hasDelimiter(lines: readonly string[], body: LineSpan, boundary: string): boolean {
  for (let line = body.start; line <= body.end; line++) if (isDelimiter(lines[line]!, boundary)) return true;
  return false;
}

/**
 * The boundary the parts really use when it is not the one the header declares (edited or broken bounces): a
 * "--token" line that comes back as a delimiter later on.
 */
function guessBoundary(lines: readonly string[], body: LineSpan): string | null {
  for (let line = body.start; line <= body.end; line++) {
    const m = /^--([^\s]{8,}?)(?:--)?\s*$/.exec(lines[line]!);
    if (!m) continue;
    for (let next = line + 1; next <= body.end; next++) if (isDelimiter(lines[next]!, m[1]!)) return m[1]!;
  }
  return null;
}

/** The spans of the parts between "--boundary" lines; the preamble and the epilogue are not parts. */
function splitMultipart(lines: readonly string[], body: LineSpan, boundary: string): LineSpan[] {
  const delimiter = `--${boundary}`;
  const spans: LineSpan[] = [];
  let open: number | null = null;
  for (let line = body.start; line <= body.end; line++) {
    const text = lines[line]!;
    if (!isDelimiter(text, boundary)) continue;
    const rest = text.slice(delimiter.length).trimEnd();
    if (open !== null && open <= line - 1) spans.push({ start: open, end: line - 1 });
    open = rest === '--' ? null : line + 1;
    if (rest === '--') break;
  }
  if (open !== null && open <= body.end) spans.push({ start: open, end: body.end });
  return spans;
}

/** The model's view of an entity. */
export function toMessagePart(entity: MimeEntity): MessagePart {
  return {
    contentType: entity.contentType,
    span: entity.span,
    header: entity.header.span,
    parts: entity.parts.map(toMessagePart),
  };
}

/** Every entity of the tree, depth first, with whether it sits inside an enclosed message. */
export function* walk(entity: MimeEntity, enclosed = false): Generator<{ entity: MimeEntity; enclosed: boolean }> {
  yield { entity, enclosed };
  const inner = enclosed || /^message\/(?:rfc822|global)$/.test(entity.contentType);
  for (const part of entity.parts) yield* walk(part, inner);
}

/** The body of an entity as text lines, transfer encoding undone; each line knows where it came from. */
export function decodedBody(lines: readonly string[], entity: MimeEntity): SourceLine[] {
  const body = physical(lines, entity.body);
  if (entity.encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (entity.encoding === 'base64') return decodeBase64(body);
  return body;
}

const encoder = new TextEncoder();

/** Quoted-printable (RFC 2045 §6.7): soft line breaks joined, =XX decoded; lines without escapes keep their columns. */
export function decodeQuotedPrintable(body: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let pending: { raw: string; line: number; joined: boolean } | null = null;
  for (const { text, line } of body) {
    const trimmed = text.replace(/[ \t]+$/, '');
    const soft = trimmed.endsWith('=');
    const chunk = soft ? trimmed.slice(0, -1) : trimmed;
    if (pending) {
      pending.raw += chunk;
      pending.joined = true;
    } else pending = { raw: chunk, line, joined: false };
    if (soft) continue;
    out.push(qpLine(pending.raw, pending.line, pending.joined));
    pending = null;
  }
  if (pending) out.push(qpLine(pending.raw, pending.line, pending.joined));
  return out;
}

function qpLine(raw: string, line: number, joined: boolean): SourceLine {
  if (!raw.includes('=')) return { text: raw, line, offset: joined ? null : 0 };
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const hex = raw[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(raw.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else if (raw.charCodeAt(i) < 0x80) bytes.push(raw.charCodeAt(i));
    else bytes.push(...encoder.encode(raw[i]));
  }
  return { text: decodeBytes(Uint8Array.from(bytes)), line, offset: null };
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64: decoded text split into lines, each placed on the encoded line that holds its first byte. */
export function decodeBase64(body: readonly SourceLine[]): SourceLine[] {
  const bytes: number[] = [];
  const startsAt: { byte: number; line: number }[] = [];
  let bits = 0;
  let value = 0;
  for (const { text, line } of body) {
    if (/^--/.test(text)) break;
    startsAt.push({ byte: bytes.length, line });
    for (const c of text) {
      const digit = base64Alphabet.indexOf(c);
      if (digit < 0) continue;
      value = (value << 6) | digit;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((value >> bits) & 0xff);
      }
    }
  }
  const decoded = Uint8Array.from(bytes);
  const out: SourceLine[] = [];
  let at = 0;
  let start = 0;
  while (start <= decoded.length) {
    let end = decoded.indexOf(0x0a, start);
    if (end < 0) end = decoded.length;
    while (at + 1 < startsAt.length && startsAt[at + 1]!.byte <= start) at++;
    const stop = end > start && decoded[end - 1] === 0x0d ? end - 1 : end;
    out.push({ text: decodeBytes(decoded.subarray(start, stop)), line: startsAt[at]?.line ?? body[0]?.line ?? 0, offset: null });
    start = end + 1;
  }
  return out;
}
