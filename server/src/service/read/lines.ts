/** Splits text into lines the way LSP counts them: CRLF, CR and LF each end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
