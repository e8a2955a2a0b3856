// `map` and `filter` whose results have one layout in memory. The builtins lay a result out one way (an empty one
// another) and the same call inlined in optimised code yet another, so code that reads such arrays meets several
// layouts. Each place in an optimised function that meets one it has not seen throws the function's optimised code
// away, to be compiled again, and compiling the long functions of recognition and relations is a large share of a
// run's CPU time (about 6 of 20 CPU-s on the benchmark's articles). An array filled by a loop has the same layout
// wherever the loop runs. For arrays of strings and objects: numbers would be boxed.

/**
 * `items.map(f)`, filled by a loop into an array of its length: one that grows by `push` keeps up to half as much
 * room again, which the arrays a long article keeps for each of its sentences cannot afford.
 */
export function mapStable<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = f(items[i]!, i);
  return out;
}

/** `items.filter(keep)`, filled by a loop. */
export function filterStable<T>(items: readonly T[], keep: (item: T, index: number) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) if (keep(items[i]!, i)) out.push(items[i]!);
  return out;
}
