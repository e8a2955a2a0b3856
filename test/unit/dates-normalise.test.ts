// Pins date normalisation: explicit dates, month-days and months resolved against the published day, relative
// phrases, and no guessed year when the article gives no date.
import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/relations/dates.js';

describe('findDate', () => {
  it('reads a full date with its year', () => {
    expect(findDate('The deal closed on May 21, 2024 in Boston.', '2025-09-28')).toBe('2024-05-21');
  });
  it('gives "on Sept 26" the published year', () => {
    expect(findDate('The firm said on Sept 26 that it had stopped.', '2025-09-28')).toBe('2025-09-26');
  });
  it('puts a month-day later than the published day in the previous year', () => {
    expect(findDate('The talks began on Dec. 3.', '2025-02-10')).toBe('2024-12-03');
  });
  it('resolves "in August" and "last year" against the published day', () => {
    expect(findDate('A report published in August found nothing.', '2025-09-28')).toBe('2025-08');
    expect(findDate('The plant closed last year.', '2025-09-28')).toBe('2024');
  });
  it('resolves a weekday to the latest such day on or before publication', () => {
    expect(findDate('The minister resigned on Monday.', '2025-09-26')).toBe('2025-09-22');
  });
  it('leaves the date out when no year can be known', () => {
    expect(findDate('The firm said on Sept 26 that it had stopped.')).toBeUndefined();
    expect(findDate('The company may sell the unit.', '2025-09-28')).toBeUndefined();
  });
});
