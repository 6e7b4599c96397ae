/** Decodes a file's bytes: UTF-8 when valid, else Latin-1 (old bounces), so that no byte is lost or rejected. */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Text files hold no NUL byte; a NUL in the first 8 KiB marks a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
