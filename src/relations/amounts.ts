// Sums of money in a sentence, for the relation types whose schema carries an `amount` (a deal's price, a fine):
// "$1.2bn", "€746m", "£20,000", "US$3 million", "4.5 billion euros". The amount is kept as written.

const SYMBOL = String.raw`(?:US\$|A\$|C\$|HK\$|[$€£¥₹])`;
const CODE = String.raw`(?:USD|EUR|GBP|JPY|CHF|CNY|INR)`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:bn|mn|m|k|tn)\b|\s(?:billion|million|thousand|trillion)\b)`;
const CURRENCY_WORD = String.raw`(?:dollars|euros|pounds|yen|yuan|francs|rupees|shekels|roubles|rubles)`;

const MONEY = new RegExp(
  [`${SYMBOL}\\s?(?:${NUMBER})${SCALE}?`, `${CODE}\\s?(?:${NUMBER})${SCALE}?`, `(?:${NUMBER})${SCALE}?\\s(?:${CURRENCY_WORD}|${CODE})\\b`].join('|'),
  'g',
);

/**
 * The first sum of money in `text` at or after `from` (a relation's cue, so "fined Acme €5m" takes the fine), else
 * the first before it; undefined when the text names none.
 */
export function findAmount(text: string, from = 0): string | undefined {
  let before: string | undefined;
  MONEY.lastIndex = 0;
  for (let match = MONEY.exec(text); match; match = MONEY.exec(text)) {
    if (match.index >= from) return match[0];
    before ??= match[0];
  }
  return before;
}

/** Whether `text` opens with a sum of money ("2 million euros", "$ 20 million"), not any figure ("41 percent"). */
export function opensWithMoney(text: string): boolean {
  MONEY.lastIndex = 0;
  const match = MONEY.exec(text);
  return match !== null && match.index === 0;
}
