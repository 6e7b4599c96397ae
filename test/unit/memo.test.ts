import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoized } from '../../server/src/service/memo';

describe('memoized', () => {
  it('answers a string it was asked before without computing it again, and forgets all past its limit', () => {
    const computed: string[] = [];
    const length = memoized((key: string) => {
      computed.push(key);
      return key.length;
    }, 2);
    assert.deepEqual([length('a'), length('bb'), length('a'), length('bb')], [1, 2, 1, 2]);
    assert.deepEqual(computed, ['a', 'bb']);
    assert.equal(length('ccc'), 3, 'a third string: the memory starts afresh');
    assert.equal(length('a'), 1);
    assert.deepEqual(computed, ['a', 'bb', 'ccc', 'a']);
  });
});
