import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { written } from '../../server/src/transport';

describe('written', () => {
  it('waits until a stream has handed on what it buffered past its high-water mark', async () => {
    const release: (() => void)[] = [];
    const slow = new Writable({ highWaterMark: 4, write: (_chunk, _encoding, done) => void release.push(done) });
    slow.write('a'.repeat(64));
    let resolved = false;
    const waiting = written(slow).then(() => void (resolved = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(resolved, false, 'still buffered');
    release.shift()!();
    await waiting;
    assert.equal(resolved, true);
  });

  it('resolves at once for a stream under its high-water mark, and without a stream', async () => {
    const idle = new Writable({ write: (_chunk, _encoding, done) => done() });
    idle.write('small');
    await written(idle);
    await written(undefined);
  });

  it('resolves when the stream closes instead of draining (the client went)', async () => {
    const stuck = new Writable({ highWaterMark: 4, write: () => undefined });
    stuck.write('a'.repeat(64));
    const waiting = written(stuck);
    stuck.destroy();
    await waiting;
  });
});
