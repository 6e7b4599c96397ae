import { Console } from 'node:console';
import { fstatSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { AbstractMessageReader, StreamMessageWriter, type DataCallback, type Disposable, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';
import { TextInPieces } from './service/chunks';

type Message = Parameters<DataCallback>[0];

/**
 * What the reading thread posts: the JSON a frame held (any JSON), or why it could not read one; or a piece of a big
 * didOpen's text, which the message follows once every piece is taken (with `inPieces`, and its text left empty).
 */
type Posted = { readonly message: unknown; readonly inPieces?: true } | { readonly readerError: string } | { readonly piece: string };

/**
 * Messages from the thread that reads standard input (stdin-reader.ts). vscode-jsonrpc reads a message whole before
 * it decodes and parses it, in one go: on the server's own thread a 50 MB didOpen blocked it for ~140 ms. Handed over
 * parsed, its text was copied into this thread in one go (~45 ms); it now comes in pieces of ~4 MB, each taken in a
 * turn of the event loop of its own, and goes into the document as they are (TextInPieces).
 */
class ThreadMessageReader extends AbstractMessageReader {
  constructor(private readonly worker: Worker) {
    super();
    worker.on('error', (error) => this.fireError(error));
    worker.on('exit', () => this.fireClose());
  }

  listen(callback: DataCallback): Disposable {
    // vscode-jsonrpc's own reader hands what its callback throws (a cancel with no id, JSON that is a number) to the
    // connection's error event and reads on; called from the thread's message event, a throw would end the server.
    let pieces: string[] = [];
    const onMessage = (posted: Posted): void => {
      if ('readerError' in posted) return this.skipped(new Error(posted.readerError));
      if ('piece' in posted) {
        // Taken in a turn of its own: the thread posts the next piece once told this one is in.
        pieces.push(posted.piece);
        this.worker.postMessage(null);
        return;
      }
      const { message } = posted;
      try {
        if (typeof message !== 'object' || message === null) throw new Error(`not a JSON-RPC message: ${JSON.stringify(message)}`);
        if (posted.inPieces) (message as { params: { textDocument: { text: unknown } } }).params.textDocument.text = new TextInPieces(pieces);
        pieces = [];
        callback(message as Message);
      } catch (error) {
        this.skipped(error);
      }
    };
    this.worker.on('message', onMessage);
    return { dispose: () => void this.worker.off('message', onMessage) };
  }

  /**
   * What the client sent that the server cannot take: said on standard error, which editors show in the server's
   * log (nothing listens to the connection's error event), and reading goes on.
   */
  private skipped(error: unknown): void {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`smtp-lens: skipped a message from the client: ${why.length > 300 ? `${why.slice(0, 300)}…` : why}\n`);
    this.fireError(error);
  }
}

/**
 * The --stdio transport with standard input read in a thread of its own, when it is a POSIX pipe or socket (as editors
 * start language servers); the answers are written from this thread. Undefined for other input (a file, a terminal)
 * and on Windows, whose named pipes this was not tried with: the connection then reads standard input as usual.
 *
 * What vscode-languageserver does when it opens standard input itself is done here too: console output goes to
 * standard error, not into the protocol's stream (the caller exits when the input closes, see server.ts).
 */
export function threadedStdio(): [MessageReader, MessageWriter] | undefined {
  if (process.platform === 'win32') return undefined;
  const input = fstatSync(0);
  if (!input.isFIFO() && !input.isSocket()) return undefined;
  Object.defineProperty(globalThis, 'console', { value: new Console(process.stderr, process.stderr), configurable: true, writable: true });
  const worker = new Worker(join(__dirname, 'stdin-reader.js'));
  return [new ThreadMessageReader(worker), new StreamMessageWriter(process.stdout)];
}

/**
 * A wait for what a stream buffers to be handed on: at once when it is under its high-water mark; for good once the
 * stream has closed. (process.stdout outlives a failed write: after EPIPE it keeps needing a drain that never comes.)
 */
export function drained(stream: Writable): () => Promise<void> {
  let closed = false;
  stream.once('close', () => (closed = true));
  return () => {
    if (closed || !stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        stream.off('drain', done).off('close', done);
        resolve();
      };
      stream.on('drain', done).on('close', done);
    });
  };
}
