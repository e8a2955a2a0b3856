// Finds the date a sentence gives and normalises it to ISO (YYYY, YYYY-MM or YYYY-MM-DD), using the article's
// published day as the reference for "on Sept 26", "in August", "last year" or "on Monday". Without a year in
// the text or a published day, a month or month-day is left out rather than guessed.
import { itemAt } from '../util/checked-index.js';
import { MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_NAMES } from '../recognition/lexicon/words.js';

/** A month's name or short form, any case, with an optional full stop ("Sept.", "AUGUST"); longest first. */
const MONTH = `(${[...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** A month's full name, capitalised (so "may" the verb is not a month). */
const MONTH_NAME = `(${MONTH_NAMES.join('|')})`;
const WEEKDAY_NAME = `(${WEEKDAY_NAMES.join('|')})`;
const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.map((name, i) => [name, i]));

const pad = (n: number) => String(n).padStart(2, '0');

interface Reference {
  year: number;
  month: number;
  day: number;
}

function parseReference(published?: string): Reference | undefined {
  const m = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** The year of a month (and day) stated without one: the latest such date not after the published day. */
function yearFor(ref: Reference, month: number, day = 1): number {
  return month > ref.month || (month === ref.month && day > ref.day) ? ref.year - 1 : ref.year;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** What `resolve` makes of a month's name or short form as the month patterns capture it. */
function withMonth(name: string | undefined, resolve: (month: number) => string | undefined): string | undefined {
  const month = name === undefined ? undefined : MONTH_NUMBERS.get(name.toLowerCase());
  return month === undefined ? undefined : resolve(month);
}

const PATTERNS: { re: RegExp; resolve: (m: RegExpExecArray, ref?: Reference) => string | undefined }[] = [
  // 2024-05-21
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, resolve: (m) => isoDay(Number(m[1]), Number(m[2]), Number(m[3])) },
  // May 21, 2024 / Sept 26 2025
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    resolve: (m) => withMonth(m[1], (month) => isoDay(Number(m[3]), month, Number(m[2]))),
  },
  // 21 May 2024
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    resolve: (m) => withMonth(m[2], (month) => isoDay(Number(m[3]), month, Number(m[1]))),
  },
  // August 2024
  { re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?(\\d{4})\\b`, 'i'), resolve: (m) => withMonth(m[1], (month) => `${m[2]}-${pad(month)}`) },
  // on Sept 26 / Sept. 26
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})`, 'i'),
    resolve: (m, ref) => withMonth(m[1], (month) => (ref ? isoDay(yearFor(ref, month, Number(m[2])), month, Number(m[2])) : undefined)),
  },
  // 26 September
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b`, 'i'),
    resolve: (m, ref) => withMonth(m[2], (month) => (ref ? isoDay(yearFor(ref, month, Number(m[1])), month, Number(m[1])) : undefined)),
  },
  // in August (capitalised so "may" the verb is not a month)
  {
    re: new RegExp(`\\b(?:in|since|during|until|by|last|this|early|late|mid-?)\\s+${MONTH_NAME}\\b`),
    resolve: (m, ref) => withMonth(m[1], (month) => (ref ? `${yearFor(ref, month)}-${pad(month)}` : undefined)),
  },
  // in 2023
  { re: /\b(?:in|since|during|until|by|early|late|mid-?)\s+((?:19|20)\d{2})\b/, resolve: (m) => m[1] },
  { re: /\blast year\b/i, resolve: (_m, ref) => (ref ? String(ref.year - 1) : undefined) },
  { re: /\bthis year\b/i, resolve: (_m, ref) => (ref ? String(ref.year) : undefined) },
  { re: /\blast month\b/i, resolve: (_m, ref) => (ref ? (ref.month === 1 ? `${ref.year - 1}-12` : `${ref.year}-${pad(ref.month - 1)}`) : undefined) },
  { re: /\byesterday\b/i, resolve: (_m, ref) => (ref ? shiftDays(ref, -1) : undefined) },
  { re: /\btoday\b/i, resolve: (_m, ref) => (ref ? isoDay(ref.year, ref.month, ref.day) : undefined) },
  // on Monday: the latest such weekday on or before the published day
  {
    re: new RegExp(`\\b(?:on|last)\\s+${WEEKDAY_NAME}\\b`),
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const weekday = WEEKDAY_NUMBERS.get(itemAt(m, 1));
      if (weekday === undefined) return undefined;
      const current = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
      return shiftDays(ref, -((current - weekday + 7) % 7));
    },
  },
];

function shiftDays(ref: Reference, days: number): string {
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The first date the text states, as ISO, resolved against the article's published day (YYYY-MM-DD) when the
 * text leaves out the year or speaks relatively. Undefined when the text gives none or the year cannot be known.
 */
export function findDate(text: string, published?: string): string | undefined {
  const ref = parseReference(published);
  let best: { at: number; iso: string } | undefined;
  for (const { re, resolve } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const iso = resolve(m, ref);
    if (iso && (!best || m.index < best.at)) best = { at: m.index, iso };
  }
  return best?.iso;
}
