// The server's input, read in a thread of its own (see transport.ts): messages are framed, decoded and parsed here,
// so that a 50 MB didOpen costs the server's message loop the hand-over of the parsed message, not its parsing.
import { Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { StreamMessageReader } from 'vscode-jsonrpc/node';

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

reader.onError((error) => port.postMessage({ readerError: error instanceof Error ? error.message : String(error) }));
reader.onClose(() => port.close());
reader.listen((message) => {
  // Wrapped: a message is whatever JSON a frame held, and it must not pass for a readerError.
  port.postMessage({ message });
  if (!collectGarbage || readSinceCollected < collectAfterBytes) return;
  readSinceCollected = 0;
  // In a turn of its own: the message and the buffers it came in are still referenced while this callback runs.
  setImmediate(collectGarbage);
});

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
