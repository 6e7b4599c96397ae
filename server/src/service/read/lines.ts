/**
 * Where each line of a text starts, including where the line after its last break starts: CRLF, CR and LF each end a
 * line, as LSP counts them. Line ends are found with indexOf, not by looking at every character.
 */
export function lineStartsOf(text: string): number[] {
  const found = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      // A CR ends a line, with the LF right after it if there is one.
      const end = lf === cr + 1 ? lf : cr;
      found.push(end + 1);
      if (end === lf) lf = text.indexOf('\n', lf + 1);
      cr = text.indexOf('\r', cr + 1);
    } else {
      found.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return found;
}

/**
 * Splits text into lines the way LSP counts them: CRLF, CR and LF each end a line. Text without CRs is split on LF
 * as a string, several times faster than on a pattern (logs and transcripts are split chunk by chunk).
 */
export function splitLines(text: string): string[] {
  if (!text.includes('\r')) return text.split('\n');
  const starts = lineStartsOf(text);
  const lines: string[] = [];
  for (let i = 0; i < starts.length; i++) {
    const next = starts[i + 1];
    // The line ends before its break: CR LF, or one CR or LF.
    const end = next === undefined ? text.length : next - (text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? 2 : 1);
    lines.push(text.slice(starts[i], end));
  }
  return lines;
}

/** How many times `word` stands in `text`, not overlapping, found with indexOf. */
export function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}
