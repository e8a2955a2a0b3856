// The market where a company's shares trade is no place the company is in: "Shares in Acme fell 6 percent in Paris",
// "Acme's stock rose 2 percent in Frankfurt". The pair classifier, reading "in <city>" after a company, takes it for
// the company's seat.

/** Words for what trades on a market. */
const SHARE_WORDS = new Set(['share', 'shares', 'stock', 'stocks', 'bonds']);
/** Verbs of a price moving or a market closing. */
const MARKET_MOVES = new Set(
  `rose rise rises rising fell fall falls falling dropped drop drops gained gain gains climbed climbs slid slide slides
  jumped jumps tumbled tumbles closed closes ended ends traded trades trading slumped slumps soared soars plunged plunges
  sank sinks edged eased firmed surged surges slipped slips advanced declined declines lost added`.split(/\s+/),
);

/**
 * Whether the place at `placeStart` is where shares of the company at [orgStart, orgEnd) trade: the place follows
 * "in" after the company, a word for shares stands in the three words before the company or between the two, and a
 * verb of a price moving stands between them.
 */
export function placeOfTrading(words: readonly string[], orgStart: number, orgEnd: number, placeStart: number): boolean {
  if (placeStart <= orgEnd || words[placeStart - 1] !== 'in') return false;
  const between = words.slice(orgEnd, placeStart);
  const share = between.some((w) => SHARE_WORDS.has(w)) || words.slice(Math.max(0, orgStart - 3), orgStart).some((w) => SHARE_WORDS.has(w));
  return share && between.some((w) => MARKET_MOVES.has(w));
}

/**
 * Nouns of a market a company sells in ("weak demand in Asia", "sales in Brazil", "prices in Europe"): the place after
 * them and "in" is where the company trades, not where it is (rule market-place-no-seat).
 */
const MARKET_NOUNS = new Set(
  `demand sales prices price exports imports growth orders consumption spending competition market markets customers
  consumers buyers`.split(/\s+/),
);

/**
 * Whether the place at `placeStart` follows "in" right after a noun of a market, somewhere after the company at
 * `orgEnd` ("Corvia Steel blamed weak demand in Asia").
 */
export function placeOfMarket(words: readonly string[], orgEnd: number, placeStart: number): boolean {
  return placeStart >= orgEnd + 2 && words[placeStart - 1] === 'in' && MARKET_NOUNS.has(words[placeStart - 2] ?? '');
}
