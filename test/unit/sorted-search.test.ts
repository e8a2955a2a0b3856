// Binary search over ordered lists (src/util/sorted-search.ts), as the stages use it to read a sentence's names.
import { describe, expect, it } from 'vitest';
import { firstIndexNotBefore } from '../../src/util/sorted-search.js';

describe('firstIndexNotBefore', () => {
  const starts = [2, 5, 5, 9, 14];
  it('finds the first item past a leading run, wherever the run ends', () => {
    expect(firstIndexNotBefore(starts, (s) => s < 5)).toBe(1);
    expect(firstIndexNotBefore(starts, (s) => s <= 5)).toBe(3);
    expect(firstIndexNotBefore(starts, (s) => s < 14)).toBe(4);
  });
  it('gives 0 when no item is before and the length when all are, also for an empty list', () => {
    expect(firstIndexNotBefore(starts, () => false)).toBe(0);
    expect(firstIndexNotBefore(starts, () => true)).toBe(starts.length);
    expect(firstIndexNotBefore([], () => true)).toBe(0);
  });
  it('agrees with a search from the start on every cut of a longer list', () => {
    const items = Array.from({ length: 200 }, (_, k) => Math.floor(k / 3));
    for (let cut = -1; cut <= 70; cut++)
      expect(firstIndexNotBefore(items, (v) => v < cut)).toBe(items.findIndex((v) => v >= cut) < 0 ? items.length : items.findIndex((v) => v >= cut));
  });
});
