// Stage 2: turns a raw input into the text that offsets point into, and marks page furniture in it.
// Plain text and Markdown keep their text unchanged (offsets stay true to the file); HTML is reduced to the
// article's text (headline and paragraphs; no navigation, scripts, forms, captions' credits or share widgets).
import { Parser } from 'htmlparser2';
import { documentId } from '../document/ids.js';
import type { CleanDocument, RawInput, Span } from './stage-types.js';

/** Lines that are page furniture whatever the site: sign-up prompts, follow/share widgets, credits, bylines. */
const FURNITURE_LINE = new RegExp(
  [
    String.raw`^(sign up|subscribe|get (our|the) .*newsletter|follow (topic|us|this)|see more on|read more|share (this|on)|advertisement|related (articles|stories|topics)|recommended|most (read|popular)|click here|download (the|our) app|listen to (this|the) article)\b`,
    String.raw`^(by|words by|reporting by|written by)\s+\p{Lu}[\p{L}.'-]+(\s+(and\s+)?\p{Lu}[\p{L}.'-]+){0,4}$`,
    String.raw`^(updated|published|posted)\s*:?\s.*\d{4}.*$`,
    String.raw`^\(?(additional )?(reporting|writing|editing|compiled) by\b[^.!?]*\)?$`,
    String.raw`^(©|copyright\b).*$`,
    String.raw`^(share|tweet|email|print|copy link)(\s*[|·/]\s*(share|tweet|email|print|copy link|facebook|twitter|x|whatsapp|linkedin))+$`,
    String.raw`^[\p{Lu} ]+/[\p{L} ]+(/[\p{L} ]+)*$`,
  ].join('|'),
  'iu',
);

/** A credit line: "PHOTO: REUTERS", "Photo: Getty Images" (a label, then a few capitalised words and nothing else). */
function isPhotoCredit(line: string): boolean {
  const match = /^(?:file )?(?:photo|photos|picture|image)s?(?: ?credit)?\s*:\s*(.+)$/i.exec(line);
  if (!match) return false;
  const words = match[1].split(/[\s/]+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}&'.-]/u.test(w)) && !/[.!?]\s/.test(match[1]);
}

/** A caption's leading label: "FILE PHOTO: Demonstrators march …". */
const CAPTION_LABEL = /^(?:file photo|photo|picture|video|watch)\s*:/i;

/** A trailing agency credit inside a caption line: "… May 21, 2024. REUTERS/David Ryder/File Photo". */
const TRAILING_CREDIT = /(?:^|\s)(\p{Lu}{2,}(?:\/[\p{L} .'-]+)+)\s*$/u;

/** Finds furniture spans in text, line by line. */
export function findFurniture(text: string): Span[] {
  const spans: Span[] = [];
  const linePattern = /[^\n]+/g;
  for (let match = linePattern.exec(text); match; match = linePattern.exec(text)) {
    const line = match[0].trim();
    const start = match.index + match[0].indexOf(line);
    if (FURNITURE_LINE.test(line) || isPhotoCredit(line)) {
      spans.push({ start, end: start + line.length });
      continue;
    }
    const label = CAPTION_LABEL.exec(line);
    if (label) spans.push({ start, end: start + label[0].length });
    const credit = TRAILING_CREDIT.exec(line);
    if (credit) {
      const creditStart = start + credit.index + credit[0].indexOf(credit[1]);
      spans.push({ start: creditStart, end: start + line.length });
    }
  }
  return spans;
}

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'template', 'select', 'figure', 'figcaption', 'menu']);
const BLOCK_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'section', 'article', 'main', 'br', 'tr', 'pre', 'title', 'dd', 'dt']);

interface HtmlText {
  text: string;
  title?: string;
  published?: string;
}

/** Extracts an article's readable text from HTML, preferring <article> or <main> when the page has one. */
export function htmlToText(html: string): HtmlText {
  const blocks: string[] = [];
  let current = '';
  let skipDepth = 0;
  let inTitle = false;
  let inHeadline = false;
  let title = '';
  let headline = '';
  let published: string | undefined;
  const scopes: { tag: string; blocksBefore: number }[] = [];
  let scoped: { start: number; end: number } | undefined;
  const flush = () => {
    const block = current.replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth > 0 || SKIPPED_ELEMENTS.has(name)) {
          skipDepth++;
          return;
        }
        if (name === 'meta') {
          const key = attributes.property ?? attributes.name ?? attributes.itemprop ?? '';
          if (/published_time|date|pubdate/i.test(key) && attributes.content && !published) published = attributes.content;
        }
        if (name === 'time' && attributes.datetime && !published) published = attributes.datetime;
        if (name === 'title') inTitle = true;
        if (name === 'h1') inHeadline = true;
        if (BLOCK_ELEMENTS.has(name)) flush();
        if ((name === 'article' || name === 'main') && !scoped) scopes.push({ tag: name, blocksBefore: blocks.length });
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (inTitle) {
          title += data;
          return;
        }
        if (inHeadline) headline += data;
        current += data;
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'title') inTitle = false;
        if (name === 'h1') inHeadline = false;
        if (BLOCK_ELEMENTS.has(name)) flush();
        const scope = scopes[scopes.length - 1];
        if (scope && scope.tag === name) {
          scopes.pop();
          flush();
          if (!scoped && blocks.length > scope.blocksBefore) scoped = { start: scope.blocksBefore, end: blocks.length };
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const articleBlocks = scoped ? blocks.slice(scoped.start, scoped.end) : blocks;
  const cleanHeadline = headline.replace(/\s+/g, ' ').trim();
  if (cleanHeadline && !articleBlocks.includes(cleanHeadline)) articleBlocks.unshift(cleanHeadline);
  const text = articleBlocks.filter((b) => !FURNITURE_LINE.test(b)).join('\n\n');
  return { text, title: cleanHeadline || title.replace(/\s+/g, ' ').trim() || undefined, published };
}

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;

function isoDay(value: string | undefined): string | undefined {
  const match = value ? ISO_DATE.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** First non-empty line, as a headline, when it reads like one (short, no closing full stop). */
function headlineOf(text: string): string | undefined {
  const first = text.split('\n').map((l) => l.trim()).find((l) => l !== '');
  return first && first.length <= 200 && !/[.!?]["”’]?$/.test(first) ? first : undefined;
}

/** Cleans one raw input into a document. `published` (ISO day) overrides what the page says. */
export function cleanInput(input: RawInput, published?: string): CleanDocument {
  if (input.format === 'html') {
    const extracted = htmlToText(input.content);
    return {
      id: documentId(extracted.text),
      source: input.source,
      title: extracted.title ?? headlineOf(extracted.text),
      published: published ?? isoDay(extracted.published),
      ...(input.encoding ? { encoding: input.encoding } : {}),
      text: extracted.text,
      furniture: findFurniture(extracted.text),
    };
  }
  const text = input.content;
  const datedLine = /^(?:published|posted|updated|date)\s*:?\s*(\d{4}-\d{2}-\d{2})/im.exec(text);
  return {
    id: documentId(text),
    source: input.source,
    title: headlineOf(text),
    published: published ?? datedLine?.[1],
    ...(input.encoding ? { encoding: input.encoding } : {}),
    text,
    furniture: findFurniture(text),
  };
}
