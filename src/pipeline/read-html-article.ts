// Reads a web page as a news article: Mozilla's Readability (the Firefox Reader View) over linkedom picks the article
// out of the page's chrome, and the page's own metadata (Open Graph, article:published_time, JSON-LD NewsArticle,
// <time>, <link rel=canonical>) gives its title, byline, site, publication date and canonical URL. The project's
// block and line rules (html-text.ts) then run over what Readability kept, for the share bars and prompts it leaves.
// Pages Readability finds no article in, or cannot parse, are read by those rules alone.
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as parseHtmlDocument } from 'linkedom';
import { flattenMarkup, htmlToText, isChrome, markupDepth } from './html-text.js';
import { isRecord } from '../util/json-shapes.js';
import { loadOnFirstUse } from '../util/load-on-first-use.js';

// Loaded with the first web page: plain-text runs never need them (load-on-first-use.ts).
const linkedom = loadOnFirstUse<{ parseHTML: typeof parseHtmlDocument }>('linkedom');
const readability = loadOnFirstUse<{ Readability: typeof ReadabilityClass }>('@mozilla/readability');

/** The article in a web page, with what the page says about it. */
export interface HtmlArticle {
  text: string;
  title?: string;
  byline?: string;
  siteName?: string;
  /** As the page gives it (ISO timestamp, usually); the caller keeps the day. */
  published?: string;
  /** The page's canonical http(s) URL, when it names one. */
  canonical?: string;
}

type PageDocument = ReturnType<typeof parseHtmlDocument>['document'];
type JsonObject = Record<string, unknown>;

/** Nesting beyond which a page is not given to Readability: real pages nest a few dozen levels. */
const MAX_DOM_DEPTH = 200;

/** Nesting beyond which a page is not parsed as it is but flattened first (flattenMarkup). */
const MAX_PARSE_DEPTH = 2_000;

/** The article's text and metadata. */
export function readHtmlArticle(html: string): HtmlArticle {
  // A page nested deeper than any real one (unclosed tags by the hundred thousand) is read as flat text: parsing
  // it as it is costs time in the square of its depth.
  if (markupDepth(html) > MAX_PARSE_DEPTH) return htmlToText(flattenMarkup(html));
  const fallback = htmlToText(html);
  // A DOM walk recurses once per level of nesting; a pathologically deep page is read by the streaming rules alone.
  if (fallback.depth > MAX_DOM_DEPTH) return fallback;
  let document: PageDocument;
  let article: ReturnType<ReadabilityClass['parse']>;
  let metadata: Omit<HtmlArticle, 'text'>;
  try {
    // A fragment (no <html> or <body>) is given a body, so Readability finds its paragraphs.
    document = linkedom().parseHTML(/<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document;
    metadata = pageMetadata(document);
    removeChrome(document);
    const { Readability } = readability();
    article = new Readability(document as unknown as ConstructorParameters<typeof ReadabilityClass>[0], { keepClasses: false }).parse();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fallback;
  }
  if (!article?.content) return { ...fallback, ...defined(metadata), title: metadata.title ?? fallback.title };
  const kept = htmlToText(article.content);
  const title = metadata.title ?? (article.title || undefined) ?? fallback.title;
  // Readability leaves the headline out of the article's body; the document's text starts with it, as a page does.
  const text = title && kept.text && !kept.text.startsWith(title) ? `${title}\n\n${kept.text}` : kept.text;
  return {
    text,
    title,
    byline: metadata.byline ?? (article.byline?.trim() || undefined),
    siteName: metadata.siteName ?? (article.siteName?.trim() || undefined),
    published: metadata.published ?? (article.publishedTime || undefined) ?? fallback.published,
    canonical: metadata.canonical,
  };
}

/** Elements Readability would score as text but the page marks as chrome: share bars, prompts, captions, ad slots. */
const REMOVED_ELEMENTS = 'button, form, svg, iframe, noscript, template, select, figcaption';

/** Takes page chrome out of the page before Readability reads it, by the attributes that name it. */
function removeChrome(document: PageDocument): void {
  for (const element of [...document.querySelectorAll(REMOVED_ELEMENTS)]) element.remove();
  for (const element of [...document.querySelectorAll('[class], [id], [role], [aria-label], [data-component], [hidden], [aria-hidden]')]) {
    if (element.tagName === 'BODY' || element.tagName === 'HTML' || !element.isConnected) continue;
    const attribute = (name: string) => element.getAttribute(name) ?? undefined;
    const attributes = {
      class: attribute('class'),
      id: attribute('id'),
      role: attribute('role'),
      'aria-label': attribute('aria-label'),
      'data-component': attribute('data-component'),
      hidden: attribute('hidden'),
      'aria-hidden': attribute('aria-hidden'),
    };
    if (isChrome(attributes)) element.remove();
  }
  // A list whose every item is only a link is a menu, a topic list or related stories, never the article's text.
  for (const list of [...document.querySelectorAll('ul, ol')]) {
    const items = [...list.querySelectorAll('li')];
    const onlyLinks = items.every(
      (item) =>
        item.textContent?.trim() ===
        [...item.querySelectorAll('a')]
          .map((a) => a.textContent ?? '')
          .join('')
          .trim(),
    );
    if (items.length > 1 && onlyLinks && list.querySelector('a')) list.remove();
  }
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What the page's <head>, JSON-LD and <time> elements say about the article. */
function pageMetadata(document: PageDocument): Omit<HtmlArticle, 'text'> {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = newsArticleJsonLd(document);
  const headline = document.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    title: headline || meta('og:title', 'twitter:title') || stringOf(ld?.headline) || document.querySelector('title')?.textContent?.trim() || undefined,
    byline: (meta('author', 'byl', 'parsely-author') ?? namesOf(ld?.author))?.replace(/^by\s+/i, ''),
    siteName: meta('og:site_name', 'application-name') ?? namesOf(ld?.publisher),
    published:
      meta('article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'date') ??
      stringOf(ld?.datePublished) ??
      document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
      undefined,
    canonical: httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(meta('og:url')),
  };
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|WebPage)$/;

/** The page's JSON-LD object describing the article (NewsArticle, Article...), looking inside @graph and lists. */
function newsArticleJsonLd(document: PageDocument): JsonObject | undefined {
  const found: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      const object = value;
      const types: unknown[] = [object['@type'] ?? []].flat();
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem; the other metadata still counts.
    }
  }
  // An article type beats the page that holds it.
  return found.find((o) => o['@type'] !== 'WebPage') ?? found[0];
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** "A and B" from a JSON-LD person or organisation, a list of them, or a plain string. */
function namesOf(value: unknown): string | undefined {
  const listed: unknown[] = [value ?? []].flat();
  const names = listed.map((v) => (typeof v === 'string' ? v : isRecord(v) ? stringOf(v.name) : undefined)).filter((n): n is string => !!n?.trim());
  return names.length ? names.join(' and ') : undefined;
}

function httpUrl(value: string | null | undefined): string | undefined {
  return value && /^https?:\/\/[^\s/]+/i.test(value.trim()) ? value.trim() : undefined;
}
