// Sums of money as relation amounts: the forms news text writes them in, and which sum a relation takes.
import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/relations/amounts.js';

describe('findAmount', () => {
  it('reads symbols, codes, scales and currency words, as written', () => {
    expect(findAmount('for $1.2bn on Monday')).toBe('$1.2bn');
    expect(findAmount('a fine of €746m')).toBe('€746m');
    expect(findAmount('paid £20,000 in costs')).toBe('£20,000');
    expect(findAmount('worth US$3 million')).toBe('US$3 million');
    expect(findAmount('for 4.5 billion euros')).toBe('4.5 billion euros');
    expect(findAmount('a USD 200m loan')).toBe('USD 200m');
  });
  it('takes the first sum from the cue on, else the first before it', () => {
    const text = 'After losing $2m last year, Acme bought Globex for $40m.';
    expect(findAmount(text, text.indexOf('bought'))).toBe('$40m');
    expect(findAmount(text, text.length)).toBe('$2m');
  });
  it('finds nothing in numbers that are not money', () => {
    expect(findAmount('4,000 drones flew 12 million miles in 2024')).toBeUndefined();
  });
});
