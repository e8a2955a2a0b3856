// The streaming reader of a page's text (htmlparser2): block elements become paragraphs; navigation, scripts,
// forms, figures, buttons and elements whose class or role names page chrome (share bars, cookie banners, related
// links, newsletter prompts) are left out. It reads what Readability kept of a page, and whole pages Readability
// finds no article in.
import type { Parser as HtmlParser } from 'htmlparser2';
import { FURNITURE_LINE, INTERFACE_WORDS, isBylineWithTitle, isDateStamp } from './furniture.js';
import { loadOnFirstUse } from '../util/load-on-first-use.js';

// Loaded with the first web page: plain-text runs never need it (load-on-first-use.ts).
const htmlparser2 = loadOnFirstUse<{ Parser: typeof HtmlParser }>('htmlparser2');

const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'svg',
  'iframe',
  'template',
  'select',
  'figure',
  'figcaption',
  'menu',
]);
const BLOCK_ELEMENTS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'div',
  'section',
  'article',
  'main',
  'br',
  'tr',
  'pre',
  'title',
  'dd',
  'dt',
]);

/** Class, id, role or aria-label words of page chrome that is not the article's text. */
const CHROME_ATTRIBUTE =
  /(^|[\s_-])(share|sharing|social|newsletter|related|recommend\w*|promo|cookies?|consent|gdpr|banner|subscribe|subscription|ads?|advert\w*|paywall|breadcrumbs?|byline|toolbar|comments?|most-(read|popular|viewed)|trending|tags?|tag-?list|topics?|signup|sign-up|caption|credit|contributions?|donate|membership|read-next|more-from|onward)([\s_-]|$)/i;

/** Whether an element's attributes say it is page chrome (share bar, cookie banner, related links...). */
export function isChrome(attributes: Record<string, string | undefined>): boolean {
  const role = attributes.role ?? '';
  if (/^(navigation|banner|contentinfo|complementary|dialog|alertdialog|button|menu|menubar|search|toolbar)$/.test(role)) return true;
  if (attributes.hidden !== undefined || attributes['aria-hidden'] === 'true') return true;
  return CHROME_ATTRIBUTE.test(`${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes['aria-label'] ?? ''} ${attributes['data-component'] ?? ''}`);
}

/** Elements without content or end tag, which add no level of nesting. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface HtmlText {
  text: string;
  title?: string;
  published?: string;
  /** How deeply the page's elements nest. */
  depth: number;
}

/** Extracts an article's readable text from HTML, preferring <article> or <main> when the page has one. */
export function htmlToText(html: string): HtmlText {
  const blocks: string[] = [];
  let current = '';
  let skipDepth = 0;
  let depth = 0;
  let deepest = 0;
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
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        if (!VOID_ELEMENTS.has(name)) deepest = Math.max(deepest, ++depth);
        if (skipDepth > 0 || SKIPPED_ELEMENTS.has(name) || isChrome(attributes)) {
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
        if (!VOID_ELEMENTS.has(name)) depth--;
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
  const text = articleBlocks.filter((b) => !FURNITURE_LINE.test(b) && !isBylineWithTitle(b) && !INTERFACE_WORDS.test(b) && !isDateStamp(b)).join('\n\n');
  return { text, title: cleanHeadline || title.replace(/\s+/g, ' ').trim() || undefined, published, depth: deepest };
}

/** Elements a parser closes by itself at the next sibling (<p>, <li>…): left unclosed, they nest nothing. */
const SELF_CLOSING_IN_PRACTICE = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

/**
 * How deeply a page's tags nest, counted by one linear scan of its tags (no parse): htmlparser2 keeps its open
 * elements in an array it shifts at every tag, so a page of 400,000 unclosed <div>s (5 MB) took six minutes to
 * parse; counted first, such a page is never given to it as it is.
 */
export function markupDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || SELF_CLOSING_IN_PRACTICE.has(name) || match[3]) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * A page with every tag taken out but line breaks where blocks were, for pages nested too deeply to parse in
 * reasonable time: their text is kept, their structure (which no real page nests that deep) is not. Scripts and
 * styles go with their content.
 */
export function flattenMarkup(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[^<>]*>[^<]*(?:<(?!\/\1)[^<]*)*<\/\1\s*>/gi, ' ')
    .replace(/<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g, (_tag, _close: string, name: string) => (BLOCK_ELEMENTS.has(name.toLowerCase()) ? '<br>' : ''));
}
