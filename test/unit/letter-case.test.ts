import { describe, expect, it } from 'vitest';
import { opensLowerCase, opensUpperCase } from '../../src/util/letter-case.js';

describe('letter-case tests on a first character', () => {
  it('agree with the Unicode property expressions on ASCII, accented and other words', () => {
    const words = [
      'acme',
      'Acme',
      'ACME',
      '1996',
      '',
      "'s",
      '-',
      'éclair',
      'Émile',
      'ßtraße',
      'Ωmega',
      'ωmega',
      '日本',
      '(the',
      'zebra',
      'Zebra',
      '@x',
      '[a',
      '`b',
      '{c',
    ];
    for (const w of words) {
      expect(opensLowerCase(w), w).toBe(/^\p{Ll}/u.test(w));
      expect(opensUpperCase(w), w).toBe(/^\p{Lu}/u.test(w));
    }
  });
});
