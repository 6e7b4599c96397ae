// The server's input, read in a thread of its own (see transport.ts): messages are framed, decoded and parsed here,
// so that a 50 MB didOpen costs the server's message loop only taking its text over, a piece at a time.
import { Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { cutChunks } from './service/chunks';

const port = parentPort!;
// A pipe or socket (transport.ts checks): read through the thread's own event loop, so that the process can exit while
// a read waits (a read of fd 0 through fs would hold a thread-pool thread, and process.exit would wait for it).
const input = new Socket({ fd: 0, readable: true, writable: false });
const reader = new StreamMessageReader(input);
// No one here listens for notices of a message that is slow to come, and their timer, set again every 10 s while a
// frame is incomplete, would keep this thread (and so the server) alive after the input closed mid-frame.
reader.partialMessageTimeout = 0;

/**
 * Reading a big message leaves its bytes, their text and the parsed message behind in this thread (a 50 MB didOpen:
 * ~210 MB), and a thread that waits for input allocates nothing more that would make V8 collect them: the server held
 * them as long as it ran (RSS 456 MB with the 50 MB log open; 302 MB when they are collected). So, once a message
 * has been handed over after 16 MiB of input, this thread collects its garbage. `gc` is V8's own, made reachable the
 * way --expose-gc makes it (a flag that only adds that function to contexts made from then on).
 */
const collectGarbage = exposedGc();
const collectAfterBytes = 1 << 24;
let readSinceCollected = 0;
input.on('data', (chunk: Buffer) => (readSinceCollected += chunk.length));

/**
 * A document's text from this many UTF-16 code units on is handed over in pieces of about this size. Taken in by the
 * server's thread whole, the text of a 50 MB didOpen stopped it for ~45 ms (a copy of it into fresh memory); a piece
 * at a time, at most ~4 ms each, with its other work in between (see transport.ts).
 */
const pieceChars = 1 << 22;

/** Messages read while a text is handed over wait here, in order. */
const waiting: unknown[] = [];
/** The pieces of the text being handed over, and the message they belong to (posted once the server took them all). */
let handing: { readonly message: unknown; readonly pieces: string[] } | undefined;

reader.onError((error) => port.postMessage({ readerError: error instanceof Error ? error.message : String(error) }));
reader.onClose(() => port.close());
reader.listen((message) => {
  waiting.push(message);
  if (!handing) handOn();
});
// The server took a piece: the next one, or the message it belongs to and what waited behind it. One at a time: the
// server's port takes in every message that waits, and any that come while it does, in one go; with two in flight
// the pieces of a 50 MB text kept coming and were all taken in one stop again (52–54 ms).
port.on('message', () => {
  const piece = handing?.pieces.shift();
  if (piece !== undefined) port.postMessage({ piece });
  else handOn();
});

/** Posts the waiting messages in order, until one has a text to hand over in pieces. */
function handOn(): void {
  if (handing) {
    port.postMessage({ message: handing.message, inPieces: true });
    handing = undefined;
  }
  while (waiting.length > 0) {
    const message = waiting.shift();
    const pieces = openedText(message);
    if (pieces) {
      handing = { message, pieces };
      port.postMessage({ piece: pieces.shift() });
      return;
    }
    // Wrapped: a message is whatever JSON a frame held, and it must not pass for a readerError.
    port.postMessage({ message });
  }
  if (!collectGarbage || readSinceCollected < collectAfterBytes) return;
  readSinceCollected = 0;
  // In a turn of its own: the message and the buffers it came in are still referenced while this runs.
  setImmediate(collectGarbage);
}

/**
 * The text of a didOpen of at least pieceChars, taken out of the message and cut into pieces that end after a line
 * break (but the last); undefined for any other message.
 */
function openedText(message: unknown): string[] | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const opened = message as { method?: unknown; params?: { textDocument?: { text?: unknown } | null } | null };
  const document = opened.method === 'textDocument/didOpen' ? opened.params?.textDocument : undefined;
  const text = document?.text;
  if (typeof text !== 'string' || text.length < pieceChars) return undefined;
  document!.text = '';
  return cutChunks(text, pieceChars).map((piece) => piece.text);
}

/** V8's gc, or undefined where this runtime does not give it so (the server then only keeps the garbage longer). */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
