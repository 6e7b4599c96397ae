// The server's input, read in a thread of its own (see transport.ts): messages are framed, decoded and parsed here,
// so that a 50 MB didOpen costs the server's message loop the hand-over of the parsed message, not its parsing.
import { Socket } from 'node:net';
import { parentPort } from 'node:worker_threads';
import { StreamMessageReader } from 'vscode-jsonrpc/node';

const port = parentPort!;
// A pipe or socket (transport.ts checks): read through the thread's own event loop, so that the process can exit while
// a read waits (a read of fd 0 through fs would hold a thread-pool thread, and process.exit would wait for it).
const reader = new StreamMessageReader(new Socket({ fd: 0, readable: true, writable: false }));
reader.onError((error) => port.postMessage({ readerError: error instanceof Error ? error.message : String(error) }));
reader.onClose(() => port.close());
reader.listen((message) => port.postMessage(message));
