// Breaks when the three value chapters stop telling apart a computed value part, a failed one
// (its error shown) and one these files cannot give (one line saying which input would enable it).
import { describe, expect, it } from 'vitest';
import { valueState } from '../../../../src/report/value/value-state';
import { en, fixture, zh } from './fixtures';

describe('valueState', () => {
  it('passes a computed part through', () => {
    const { v } = fixture('retail');
    expect(valueState(v, en)).toEqual({ value: v, failed: null, missing: null });
  });

  it('shows the error of a failed computation', () => {
    expect(valueState({ status: 'failed', error: 'Out of memory' }, en)).toEqual({ value: null, failed: 'Out of memory', missing: null });
  });

  it.each(['no-customer-id', 'no-order-time', 'no-revenue', 'no-customers'] as const)('says what is missing: %s', (reason) => {
    const state = valueState({ status: 'unavailable', reason }, zh);
    expect(state.value).toBeNull();
    expect(state.missing).toBe(zh.t(`value.unavailable.${reason}`));
    expect(state.missing).toMatch(/[\u4e00-\u9fff]/);
  });
});
