// Stage 2: turns a raw input into the text that offsets point into, and marks page furniture in it.
// Plain text and Markdown keep their text unchanged (offsets stay true to the file); HTML is reduced to the
// article's text (read-html-article.ts), with the page's title, byline, site, date and canonical URL.
import { documentId } from '../document/ids.js';
import { findDateline } from './find-dateline.js';
import { findFurniture } from './furniture.js';
import { readHtmlArticle } from './read-html-article.js';
import type { CleanDocument, RawInput } from './stage-types.js';

export { findFurniture } from './furniture.js';

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;

/** A line ends at LF, CRLF or a lone CR (files from old Macs), everywhere a stage reads lines. */
export const LINE_BREAK = /\r\n|\r|\n/;

function isoDay(value: string | undefined): string | undefined {
  const match = value ? ISO_DATE.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** First non-empty line, as a headline, when it reads like one (short, no closing full stop). */
function headlineOf(text: string): string | undefined {
  const first = text
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .find((l) => l !== '');
  return first && first.length <= 200 && !/[.!?]["”’]?$/.test(first) ? first : undefined;
}

/** Cleans one raw input into a document. `published` (ISO day) overrides what the page says. */
export function cleanInput(input: RawInput, published?: string): CleanDocument {
  if (input.format === 'html') {
    const page = readHtmlArticle(input.content);
    return {
      id: documentId(page.text),
      // A saved or fetched page is known by its canonical URL; where it was read from is kept beside it.
      source: page.canonical ?? input.source,
      ...(page.canonical && page.canonical !== input.source ? { readFrom: input.source } : {}),
      title: page.title ?? headlineOf(page.text),
      ...(page.byline ? { byline: page.byline } : {}),
      ...(page.siteName ? { siteName: page.siteName } : {}),
      published: published ?? input.published ?? isoDay(page.published) ?? findDateline(page.text),
      ...(input.encoding ? { encoding: input.encoding } : {}),
      text: page.text,
      furniture: findFurniture(page.text),
    };
  }
  const text = input.content;
  return {
    id: documentId(text),
    source: input.source,
    title: headlineOf(text),
    published: published ?? input.published ?? findDateline(text),
    ...(input.encoding ? { encoding: input.encoding } : {}),
    text,
    furniture: findFurniture(text),
  };
}
