import { describe, expect, it } from 'vitest';
import { shareAxisMax } from '../../src/lib/charts/kit/formats.ts';

describe('share axes', () => {
  it('ends at the next 5% above the largest share, at least 5%', () => {
    expect(shareAxisMax([0.12, 0.31, 0.07])).toBe(0.35);
    expect(shareAxisMax([0.3])).toBe(0.3);
    expect(shareAxisMax([])).toBe(0.05);
    expect(shareAxisMax([0.001])).toBe(0.05);
  });

  it('takes every share of a 10,000-plan atlas (15 themes each) without overflowing the stack', () => {
    // A spread of this many arguments (Math.max(...shares)) threw "Maximum call stack size exceeded" in a 10,000-plan build.
    const shares = Array.from({ length: 150_000 }, (_, i) => (i % 997) / 2000);
    shares[123_456] = 0.61;
    expect(shareAxisMax(shares)).toBe(0.65);
  });
});
