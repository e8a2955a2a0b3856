// The publication day an article's text states in its opening lines, for inputs that carry no metadata: a
// "Published: 5 March 2024" line, a line that is only a date ("Tue 7 Oct 2025 15.35 BST"), or a dateline opening
// the first paragraph ("WASHINGTON, Jan. 5, 2024 —"). It becomes the document's `published`, the day relative dates
// ("on Monday", "last year") are resolved against. A date further into the text is what the article is about, not
// when it was written, so only the opening is read.
import { findDate } from '../relations/dates.js';
import { itemAt } from '../util/checked-index.js';
import { isDateStamp } from './furniture.js';

/** Lines read from the top: a headline, a standfirst, a byline and a date line fit well within them. */
const OPENING_LINES = 8;

/** A line that says when the article was published or changed, with the date after the label. */
const LABELLED_DATE = /^(?:first published|published|posted|date|last updated|updated)\b\s*(?:on\b)?\s*:?/i;

/** A dateline: a place in capitals (and a state or country after a comma), then a date with its year, then a dash. */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'-]+(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?,?\s+((?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?),?\s+\d{4})\s*(?:\([^)]{1,40}\)\s*)?[—–-]/u;

/** The ISO day the opening lines give for publication, when they give a whole date; a "published" line wins over an "updated" one. */
export function findDateline(text: string): string | undefined {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return fromOpening(lines.slice(0, OPENING_LINES)) ?? fromLabelledLine(lines);
}

/** A "Published: …" line anywhere: pages saved as text often put it below the article. */
function fromLabelledLine(lines: string[]): string | undefined {
  let updated: string | undefined;
  for (const line of lines) {
    const label = LABELLED_DATE.exec(line);
    if (!label || line.length > 160) continue;
    const day = wholeDay(findDate(line.slice(label[0].length)));
    if (day && !/updated/i.test(label[0])) return day;
    updated ??= day;
  }
  return updated;
}

function fromOpening(lines: string[]): string | undefined {
  let updated: string | undefined;
  for (const line of lines) {
    const label = LABELLED_DATE.exec(line);
    if (label && line.length <= 160) {
      const day = wholeDay(findDate(line.slice(label[0].length)));
      if (day && /updated/i.test(label[0])) updated ??= day;
      else if (day) return day;
      continue;
    }
    if (isDateStamp(line)) return wholeDay(findDate(line)) ?? updated;
    const dateline = DATELINE.exec(line);
    if (dateline) return wholeDay(findDate(itemAt(dateline, 1))) ?? updated;
  }
  return updated;
}

function wholeDay(iso: string | undefined): string | undefined {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined;
}
