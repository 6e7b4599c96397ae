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
 * as a log that several programs write mixes encodings line by line. A file is decoded the same whether it is read
 * whole or in runs of lines.
 */
export function decodeLines(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lines: string[] = [];
    for (let from = 0; from < bytes.length; ) {
      const lf = bytes.indexOf(10, from);
      const to = lf < 0 ? bytes.length : lf + 1;
      lines.push(decodeBytes(bytes.subarray(from, to)));
      from = to;
    }
    return lines.join('');
  }
}

/** Text files hold no NUL byte; a NUL in the first 8 KiB marks a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
