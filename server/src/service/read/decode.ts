import { lineStartsOf } from './lines';

/** Decodes a file's bytes: UTF-8 when valid, else Latin-1 (old bounces), so that no byte is lost or rejected. */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/**
 * Decodes whole lines of a file: UTF-8 when all of it is, else each line on its own (UTF-8 when valid, else Latin-1),
 * as a log that several programs write mixes encodings line by line. Lines end in CR LF, LF or CR alone, as the
 * command line cuts its runs, so that a file is decoded the same whether it is read whole or in runs of lines.
 */
export function decodeLines(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Latin-1 gives one character per byte, so its lines start where the bytes' lines do.
    const starts = lineStartsOf(new TextDecoder('latin1').decode(bytes));
    return starts.map((from, i) => decodeBytes(bytes.subarray(from, starts[i + 1] ?? bytes.length))).join('');
  }
}

/** Text files hold no NUL byte; a NUL in the first 8 KiB marks a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
