// Indexed reads whose range the code guarantees (a token span inside its sentence, a row of a table built a line
// above). With `noUncheckedIndexedAccess` such a read is typed as possibly undefined; these helpers say "this is
// in range" once and throw an internal error naming the index if it ever is not, instead of a non-null assertion
// that would let `undefined` flow on.

/** The element at `index`, which the caller knows is in range; throws an internal error if it is not. */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`internal error: index ${index} is outside a list of ${items.length}`);
  return item;
}

/** The value under `key`, which the caller knows is present; throws an internal error naming the key if it is not. */
export function valueAt<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`internal error: no entry for ${String(key)}`);
  return value;
}
