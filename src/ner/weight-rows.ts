// Arithmetic on the tagger's flat weight arrays, where a tag's weight of a feature sits at row * NUM_TAGS + tag.
// Every index these take is in range by construction (a row the model's hash table returned, a tag below NUM_TAGS);
// reading past the end would give `undefined`, which counts as 0 here as it would otherwise turn the sum into NaN.

/** Adds `length` weights of `source` starting at `from` to `target` starting at `at`: one feature's row into a token's sums. */
export function addRow(target: Float64Array, at: number, source: Float32Array, from: number, length: number): void {
  for (let t = 0; t < length; t++) target[at + t] = (target[at + t] ?? 0) + (source[from + t] ?? 0);
}

/** Adds `delta` to `values[index]`: one perceptron update. */
export function addAt(values: Float32Array | Float64Array, index: number, delta: number): void {
  values[index] = (values[index] ?? 0) + delta;
}
