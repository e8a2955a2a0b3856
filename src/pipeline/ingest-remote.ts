// Inputs that name other inputs: a URL (an article or a feed), an RSS/Atom feed file, and a list file of URLs and
// paths, one a line with an optional date. Each becomes the articles it leads to, in order; whatever cannot be had
// (a bad line, a failed URL, a feed that is not one) becomes an InputFailure naming it, and the rest go on.
import fs from 'node:fs/promises';
import path from 'node:path';
import { charsetOf, fetchUrl, inPool, isUrl, type FetchFailure, type FetchPolicy } from './fetch-url.js';
import { looksLikeFeed, readFeed, type FeedItem } from './read-feed.js';
import type { InputFailure, InputFormat, RawInput } from './stage-types.js';
import { errorMessage } from '../util/errors.js';

/** Turns bytes into an input (ingest.ts's decodeInput), given what the caller knows of them. */
export type DecodeInput = (source: string, bytes: Uint8Array, format: InputFormat, declaredCharset?: string) => RawInput | InputFailure;

/** Reads one local file (ingest.ts's readArticleFile): an article, or a feed's articles. */
export type ReadFile = (file: string) => Promise<(RawInput | InputFailure)[]>;

/** Extensions of list files: one URL or path a line. */
const LIST_EXTENSIONS = new Set(['.urls', '.list']);
/** Extensions of feed files. */
export const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);

export function isListFile(file: string): boolean {
  return LIST_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** One line of a list file: a URL or path, and the day the article was published when the line gives one. */
interface ListEntry {
  target: string;
  published?: string;
}

/** The entries of a list file: blank lines and lines starting with # are skipped; a path is relative to the list. */
export async function readListFile(file: string): Promise<{ entries: ListEntry[]; failures: InputFailure[] }> {
  const entries: ListEntry[] = [];
  const failures: InputFailure[] = [];
  const lines = (await fs.readFile(file, 'utf8')).split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const match = /^(\S+)(?:\s+(\S+))?$/.exec(line);
    const date = match?.[2];
    if (!match || (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
      failures.push({
        source: `${file}:${index + 1}`,
        reason: `"${line}" is not "<url or path> [YYYY-MM-DD]"; write one article a line, with its date after a space`,
      });
      return;
    }
    const target = isUrl(match[1]!) ? match[1]! : path.resolve(path.dirname(file), match[1]!);
    entries.push({ target, ...(date ? { published: date } : {}) });
  });
  return { entries, failures };
}

/** Each list entry as inputs: files read, URLs fetched (a feed's items with them), in the list's order. */
export async function readListEntries(
  entries: ListEntry[],
  readFile: ReadFile,
  decode: DecodeInput,
  policy: FetchPolicy,
): Promise<(RawInput | InputFailure)[]> {
  const silent = new SilentHosts('line of the list');
  const results = await inPool(entries, policy.concurrency, async (entry) => {
    const found = isUrl(entry.target) ? await silent.read(entry.target, () => readUrl(entry.target, decode, policy)) : await readFile(entry.target);
    return found.map((input) => ('reason' in input || !entry.published ? input : { ...input, published: entry.published }));
  });
  return results.flat();
}

/** A URL as inputs: an article, or every item of a feed. */
export async function readUrl(url: string, decode: DecodeInput, policy: FetchPolicy): Promise<(RawInput | InputFailure)[]> {
  const fetched = await fetchUrl(url, policy);
  if ('reason' in fetched) return [fetched];
  const head = new TextDecoder().decode(fetched.bytes.subarray(0, 2048));
  if (/(rss|atom)\+xml/i.test(fetched.contentType) || looksLikeFeed(head)) {
    return feedInputs(url, new TextDecoder().decode(fetched.bytes), decode, policy, fetched.finalUrl);
  }
  const format: InputFormat = /html/i.test(fetched.contentType) || /^\s*<(!doctype html|html|head|body)\b/i.test(head) ? 'html' : 'txt';
  return [decode(url, fetched.bytes, format, charsetOf(fetched.contentType))];
}

/** A feed's items as inputs: each item's link fetched, or its content when it carries the article and has no link. */
export async function feedInputs(source: string, xml: string, decode: DecodeInput, policy: FetchPolicy, base = source): Promise<(RawInput | InputFailure)[]> {
  let items: FeedItem[];
  try {
    items = readFeed(xml);
  } catch (error) {
    return [{ source, reason: `${errorMessage(error)}; give a feed, an article or a list of them` }];
  }
  if (items.length === 0) return [{ source, reason: 'is a feed with no items; nothing to extract' }];
  const silent = new SilentHosts('item of the feed');
  const results = await inPool(items, policy.concurrency, async (item) => {
    const link = item.link ? absoluteUrl(item.link, base) : undefined;
    let found: (RawInput | InputFailure)[];
    if (link && isUrl(link)) {
      found = await silent.read(link, () => readArticleUrl(link, decode, policy));
      // The feed's own copy of the article, where it carries one, stands in for a page that could not be had.
      if (item.content && found.every((f) => 'reason' in f)) found = [decode(link, new TextEncoder().encode(item.content), 'html')];
    } else if (item.content) found = [decode(`${source}#${item.title ?? 'item'}`, new TextEncoder().encode(item.content), 'html')];
    else found = [{ source, reason: `has an item (${item.title ?? 'untitled'}) with neither a web link nor content; it was left out` }];
    return found.map((input) => ('reason' in input || !item.published ? input : { ...input, published: input.published ?? item.published }));
  });
  return results.flat();
}

/**
 * The hosts that gave no answer (no HTTP status on any try) to a URL of one list or feed, with the cause: a thousand
 * URLs on a host that is down would otherwise each wait out their retries. Later URLs on such a host are named with
 * that cause instead of fetched.
 */
class SilentHosts {
  private readonly causes = new Map<string, string>();

  /** `what` names the earlier URL in the reason given ("item of the feed"). */
  constructor(private readonly what: string) {}

  /** The inputs `read` gives for `url`, or a failure naming the earlier cause when the URL's host has given no answer. */
  async read(url: string, read: () => Promise<(RawInput | InputFailure)[]>): Promise<(RawInput | InputFailure)[]> {
    const host = new URL(url).host;
    const cause = this.causes.get(host);
    if (cause !== undefined)
      return [{ source: url, reason: `was not fetched: ${host} gave no answer for an earlier ${this.what} (${cause}); check the network, or try again later` }];
    const found = await read();
    const unanswered = found.find((f): f is FetchFailure => 'noAnswer' in f && f.noAnswer !== undefined);
    if (unanswered?.noAnswer) this.causes.set(host, unanswered.noAnswer);
    return found;
  }
}

/** A feed item's article: fetched, never followed further if it turns out to be a feed itself. */
async function readArticleUrl(url: string, decode: DecodeInput, policy: FetchPolicy): Promise<(RawInput | FetchFailure)[]> {
  const fetched = await fetchUrl(url, policy);
  if ('reason' in fetched) return [fetched];
  const head = new TextDecoder().decode(fetched.bytes.subarray(0, 2048));
  if (looksLikeFeed(head)) return [{ source: url, reason: 'is a feed inside a feed; give it on its own' }];
  const format: InputFormat = /html/i.test(fetched.contentType) || /^\s*<(!doctype html|html|head|body)\b/i.test(head) ? 'html' : 'txt';
  return [decode(url, fetched.bytes, format, charsetOf(fetched.contentType))];
}

function absoluteUrl(link: string, base: string): string {
  try {
    return isUrl(base) ? new URL(link, base).href : link;
  } catch {
    return link;
  }
}
