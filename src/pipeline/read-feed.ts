// Reads RSS (0.9x, 1.0/RDF, 2.0) and Atom feeds (fast-xml-parser): each item's link, title and date, and its full
// content when the feed carries it. The articles themselves are fetched from the links by the caller.
import { XMLParser } from 'fast-xml-parser';
import { findDate } from '../relations/dates.js';

/** One item of a feed. */
export interface FeedItem {
  link?: string;
  title?: string;
  /** ISO day the feed gives for the item. */
  published?: string;
  /** The article as HTML, when the feed carries it whole (content:encoded, Atom content). */
  content?: string;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** Whether text is an RSS or Atom feed (an XML document whose root is <rss>, <rdf:RDF> or <feed>). */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>/gi, '')
    .trimStart();
  return /^<(rss|rdf:RDF|feed)[\s>]/i.test(head);
}

/** The items of an RSS or Atom feed, in the feed's order; throws when the text is not one. */
export function readFeed(xml: string): FeedItem[] {
  const root = parser.parse(xml) as Node;
  const rss = root.rss as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;
  if (rss || rdf) {
    const channel = (rss?.channel ?? rdf?.channel ?? {}) as Node;
    const items = (channel.item ?? rdf?.item ?? []) as Node[];
    return items.map((item) => ({
      link: textOf(item.link) ?? permalinkOf(item.guid),
      title: textOf(item.title),
      published: dayOf(textOf(item.pubDate) ?? textOf(item['dc:date'])),
      content: textOf(item['content:encoded']),
    }));
  }
  if (atom) {
    return ((atom.entry ?? []) as Node[]).map((entry) => ({
      link: atomLink(entry.link),
      title: textOf(entry.title),
      published: dayOf(textOf(entry.published) ?? textOf(entry.updated)),
      content: textOf(entry.content),
    }));
  }
  throw new Error('is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)');
}

function textOf(value: unknown): string | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  const text = typeof node === 'object' && node !== null ? (node as Node)['#text'] : node;
  return typeof text === 'string' || typeof text === 'number' ? String(text).trim() || undefined : undefined;
}

/** An RSS guid is the article's address only when it says it is a permalink (the default). */
function permalinkOf(guid: unknown): string | undefined {
  const permalink = typeof guid === 'object' && guid !== null ? (guid as Node)['@isPermaLink'] : undefined;
  const text = textOf(guid);
  return permalink !== 'false' && text && /^https?:\/\//i.test(text) ? text : undefined;
}

/** An Atom entry's article address: the rel="alternate" link (or the link without rel). */
function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as Node[];
  const alternate = list.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? list[0];
  return typeof alternate?.['@href'] === 'string' ? alternate['@href'] : textOf(alternate);
}

/** The day a feed's date names ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00Z"), as written. */
function dayOf(value: string | undefined): string | undefined {
  const iso = value ? findDate(value) : undefined;
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined;
}
