// Reads RSS (0.9x, 1.0/RDF, 2.0) and Atom feeds (fast-xml-parser): each item's link, title and date, and its full
// content when the feed carries it. The articles themselves are fetched from the links by the caller.
import type { XMLParser as XmlParser } from 'fast-xml-parser';
import { findDate } from '../relations/dates.js';
import { isRecord } from '../util/json-shapes.js';
import { loadOnFirstUse } from '../util/load-on-first-use.js';

/** One item of a feed. */
export interface FeedItem {
  link?: string;
  title?: string;
  /** ISO day the feed gives for the item. */
  published?: string;
  /** The article as HTML, when the feed carries it whole (content:encoded, Atom content). */
  content?: string;
}

/** An element as fast-xml-parser gives it: child elements, "@attributes" and "#text" by name. */
type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => isRecord(value);

/** The element under `value`, or an empty one when there is none (or only text). */
const nodeOf = (value: unknown): Node => (isNode(value) ? value : {});

/** The values under `value`: the parser gives repeated elements (item, entry, link) as lists, others as one value. */
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

// Loaded with the first feed: runs without feeds never need it (load-on-first-use.ts).
const fastXmlParser = loadOnFirstUse<{ XMLParser: typeof XmlParser }>('fast-xml-parser');
let parser: XmlParser | undefined;

/** The feed parser, made on first use. */
function feedParser(): XmlParser {
  parser ??= new (fastXmlParser().XMLParser)({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    processEntities: true,
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  });
  return parser;
}

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
  const root = nodeOf(feedParser().parse(xml));
  // An empty root element is parsed as text: truthy or not, it says which kind of feed this is.
  const { rss, 'rdf:RDF': rdf, feed: atom } = root;
  if (rss || rdf) {
    const channel = nodeOf(nodeOf(rss).channel ?? nodeOf(rdf).channel);
    const items = listOf(channel.item ?? nodeOf(rdf).item ?? []).map(nodeOf);
    return items.map((item) => ({
      link: textOf(item.link) ?? permalinkOf(item.guid),
      title: textOf(item.title),
      published: dayOf(textOf(item.pubDate) ?? textOf(item['dc:date'])),
      content: textOf(item['content:encoded']),
    }));
  }
  if (atom) {
    return listOf(nodeOf(atom).entry ?? [])
      .map(nodeOf)
      .map((entry) => ({
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
  const text = isNode(node) ? node['#text'] : node;
  return typeof text === 'string' || typeof text === 'number' ? String(text).trim() || undefined : undefined;
}

/** An RSS guid is the article's address only when it says it is a permalink (the default). */
function permalinkOf(guid: unknown): string | undefined {
  const permalink = isNode(guid) ? guid['@isPermaLink'] : undefined;
  const text = textOf(guid);
  return permalink !== 'false' && text && /^https?:\/\//i.test(text) ? text : undefined;
}

/** An Atom entry's article address: the rel="alternate" link (or the link without rel). */
function atomLink(links: unknown): string | undefined {
  // A link is an element with href and rel attributes, or (in feeds that write it so) the address as text.
  const list = listOf(links).filter(Boolean);
  const alternate = list.find((l) => (isNode(l) ? (l['@rel'] ?? 'alternate') : 'alternate') === 'alternate') ?? list[0];
  return isNode(alternate) && typeof alternate['@href'] === 'string' ? alternate['@href'] : textOf(alternate);
}

/** The day a feed's date names ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00Z"), as written. */
function dayOf(value: string | undefined): string | undefined {
  const iso = value ? findDate(value) : undefined;
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined;
}
