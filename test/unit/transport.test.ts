import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { drained } from '../../server/src/transport';

/** A stream that takes each write only when the test says so. */
function slowStream(): { stream: Writable; release: () => void } {
  const pending: (() => void)[] = [];
  const stream = new Writable({ highWaterMark: 4, write: (_chunk, _encoding, done) => void pending.push(done) });
  return { stream, release: () => pending.shift()!() };
}

describe('drained', { timeout: 5000 }, () => {
  it('waits until a stream has handed on what it buffered past its high-water mark', async () => {
    const { stream, release } = slowStream();
    const wait = drained(stream);
    stream.write('a'.repeat(64));
    let resolved = false;
    const waiting = wait().then(() => void (resolved = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(resolved, false, 'still buffered');
    release();
    await waiting;
    assert.equal(resolved, true);
  });

  it('resolves at once for a stream under its high-water mark', async () => {
    const idle = new Writable({ write: (_chunk, _encoding, done) => done() });
    idle.write('small');
    await drained(idle)();
  });

  it('resolves when the stream closes while it waits, and at once after it closed, though it still says it needs a drain', async () => {
    const { stream } = slowStream();
    const wait = drained(stream);
    stream.write('a'.repeat(64));
    const waiting = wait();
    // As process.stdout does after EPIPE: 'close', but not destroyed for good, and writableNeedDrain stays true.
    stream.emit('close');
    await waiting;
    assert.equal(stream.writableNeedDrain, true);
    await wait();
  });
});
