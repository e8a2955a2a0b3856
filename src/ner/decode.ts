// Viterbi decoding over emission scores and tag transitions, with IOB2-illegal transitions excluded, plus
// max-marginal margins that give each token a confidence.
import { ALLOWED_TRANSITION, NUM_TAGS } from './tags.js';

const NEG = -1e30;

/** Scratch for the forward and backward scores, grown as needed and reused: a typed array per sentence costs more to allocate than to fill. */
let scoresScratch = new Float64Array(2 * 64 * NUM_TAGS);
let backScratch = new Int32Array(64 * NUM_TAGS);

/**
 * Best tag sequence for n tokens. emissions is n × NUM_TAGS; transitions is (NUM_TAGS + 1) × NUM_TAGS with the start
 * row last. Writes tag indices into out. When margins is given, fills it with each token's gap between the best
 * path and the best path through a different tag at that token (0 = a tie).
 */
export function viterbi(n: number, emissions: Float32Array | Float64Array, transitions: Float32Array, out: Int32Array, margins?: Float64Array): void {
  if (n === 0) return;
  const T = NUM_TAGS;
  if (backScratch.length < n * T) {
    backScratch = new Int32Array(2 * n * T);
    scoresScratch = new Float64Array(4 * n * T);
  }
  // Every cell of alpha and back whose value counts is written before it is read; of beta, only the last row is not.
  // The scratch arrays are indexed directly: a subarray view per sentence was most of what decoding allocated.
  const alpha = scoresScratch;
  const back = backScratch;
  for (let t = 0; t < T; t++) {
    alpha[t] = ALLOWED_TRANSITION[T * T + t] ? transitions[T * T + t]! + emissions[t]! : NEG;
  }
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED_TRANSITION[p * T + t]) continue;
        const s = alpha[prevBase + p]! + transitions[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[base + t] = best + emissions[base + t]!;
      back[base + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (alpha[(n - 1) * T + t]! > best) {
      best = alpha[(n - 1) * T + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  if (!margins) return;
  // beta[i][t] (at B + i * T + t): best score of tokens after i given tag t at i.
  const beta = scoresScratch;
  const B = n * T;
  beta.fill(0, B + (n - 1) * T, B + n * T);
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      let b = NEG;
      for (let q = 0; q < T; q++) {
        if (!ALLOWED_TRANSITION[t * T + q]) continue;
        const s = transitions[t * T + q]! + emissions[(i + 1) * T + q]! + beta[B + (i + 1) * T + q]!;
        if (s > b) b = s;
      }
      beta[B + i * T + t] = b;
    }
  }
  for (let i = 0; i < n; i++) {
    const chosen = out[i]!;
    const top = alpha[i * T + chosen]! + beta[B + i * T + chosen]!;
    let second = NEG;
    for (let t = 0; t < T; t++) {
      if (t === chosen) continue;
      const s = alpha[i * T + t]! + beta[B + i * T + t]!;
      if (s > second) second = s;
    }
    margins[i] = Math.max(0, top - second);
  }
}
