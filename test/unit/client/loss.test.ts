// Breaks when the page mistakes an ordinary engine error for a dead engine (it would throw the
// analyst's loaded files away) or misses a real loss (the page would wait forever or go on with a
// corrupted WebAssembly heap), or calls a memory loss a crash (the advice differs).
import { describe, expect, it } from 'vitest';
import { lossOf } from '../../../src/engine/loss';

function runtimeError(message: string): Error {
  const e = new Error(message);
  e.name = 'RuntimeError';
  return e;
}

describe('lossOf', () => {
  it.each([
    'Out of Memory Error: failed to allocate data of size 256.0 MiB (1.9 GiB/1.9 GiB used)',
    'RangeError: Array buffer allocation failed',
    'Cannot enlarge memory arrays to size 4294967296 bytes',
    'Aborted(Cannot enlarge memory)',
  ])('memory: %s', (message) => {
    expect(lossOf(new Error(message))).toEqual({ kind: 'memory', detail: message });
  });

  it.each([runtimeError('unreachable'), runtimeError('memory access out of bounds'), new Error('Aborted(). Build with -sASSERTIONS for more info.'), new Error('Maximum call stack size exceeded')])(
    'crash: %s',
    (error) => {
      expect(lossOf(error)?.kind).toBe('crash');
    },
  );

  it('takes a bare message (a worker error event) too', () => {
    expect(lossOf('Uncaught RuntimeError: unreachable')?.kind).toBe('crash');
  });

  it.each([
    'cancelled',
    'Binder Error: Referenced column "amount" not found in FROM clause!',
    'Conversion Error: Could not convert string "abc" to INT32',
    'Parser Error: syntax error at or near "FROM"',
    'the file is empty',
  ])('not a loss: %s', (message) => {
    expect(lossOf(new Error(message))).toBeNull();
  });
});
