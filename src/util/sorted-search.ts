// Binary search over arrays kept in order, for the stages that would otherwise read a whole sentence's or document's
// list for each of its items.
import { itemAt } from './checked-index.js';

/**
 * The index of the first item of `items` for which `before` is false, where `before` holds for a leading run of the
 * items and for none after it (the items are in order of what it tests); `items.length` when it holds for all.
 */
export function firstIndexNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(itemAt(items, middle))) low = middle + 1;
    else high = middle;
  }
  return low;
}
