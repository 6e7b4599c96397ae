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
    const lines: string[] = [];
    // The next LF and CR at or after `from`, each searched for again only once passed (-1: none left).
    let lf = bytes.indexOf(10);
    let cr = bytes.indexOf(13);
    for (let from = 0; from < bytes.length; ) {
      if (lf !== -1 && lf < from) lf = bytes.indexOf(10, from);
      if (cr !== -1 && cr < from) cr = bytes.indexOf(13, from);
      const at = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      const to = at === -1 ? bytes.length : at === cr && lf === cr + 1 ? lf + 1 : at + 1;
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
