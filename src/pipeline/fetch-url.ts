// Fetches articles and feeds over HTTP(S), politely: a few requests at a time, a user agent that names the tool, a
// time limit per request, and retries with exponential back-off (or the server's Retry-After) when a server is busy
// or the network fails. A URL that still fails becomes an InputFailure saying why; it never stops the others.
import { GENERATOR } from './build.js';
import type { InputFailure } from './stage-types.js';
import { errorCode, errorMessage } from '../util/errors.js';

export interface FetchPolicy {
  /** Requests in flight at once. */
  concurrency: number;
  /** Time limit of one request, in milliseconds. */
  timeoutMs: number;
  /** Further tries after a failed one, for failures that may pass (timeouts, 429, 5xx, network errors). */
  retries: number;
  /** Wait before the first retry, doubled for each next one, in milliseconds. */
  backoffMs: number;
  userAgent: string;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  concurrency: 4,
  timeoutMs: 20_000,
  retries: 2,
  backoffMs: 1_000,
  userAgent: `${GENERATOR.name}/${GENERATOR.version} (news knowledge-graph builder)`,
};

/** What a server sent for a URL. */
export interface FetchedBytes {
  /** The URL asked for. */
  url: string;
  /** The URL answered, after redirects. */
  finalUrl: string;
  bytes: Uint8Array;
  contentType: string;
}

/** A URL that could not be had; when its host gave no answer at all (no HTTP status on its last try), what it failed with. */
export interface FetchFailure extends InputFailure {
  noAnswer?: string;
}

/** Statuses worth asking again for: the server is busy or briefly unwell. */
const RETRIED_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Longest wait a server's Retry-After is obeyed for, in milliseconds. */
const LONGEST_RETRY_AFTER = 30_000;

/** Whether a command-line input names a web address. */
export function isUrl(input: string): boolean {
  return /^https?:\/\/\S+$/i.test(input);
}

/** Runs `task` on every item with at most `limit` running at once; results in the items' order. */
export async function inPool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetches one URL under the policy: its bytes, or the reason it could not be had. */
export async function fetchUrl(url: string, policy: FetchPolicy = DEFAULT_FETCH_POLICY): Promise<FetchedBytes | FetchFailure> {
  let lastReason = '';
  let answered = false;
  const notResolved = 'its host name does not resolve (ENOTFOUND)';
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    let wait = policy.backoffMs * 2 ** attempt;
    try {
      const response = await fetch(url, {
        headers: {
          'user-agent': policy.userAgent,
          accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5',
        },
        redirect: 'follow',
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      if (response.ok) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { url, finalUrl: response.url || url, bytes, contentType: response.headers.get('content-type') ?? '' };
      }
      answered = true;
      lastReason = `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      await response.body?.cancel();
      if (!RETRIED_STATUSES.has(response.status)) return { source: url, reason: `could not be fetched: ${lastReason}; check the address` };
      const retryAfter = Number(response.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) wait = Math.min(retryAfter * 1000, LONGEST_RETRY_AFTER);
    } catch (error) {
      // A host name that does not resolve will not resolve on the next try either.
      if (error instanceof Error && errorCode(error.cause) === 'ENOTFOUND')
        return { source: url, reason: `could not be fetched: ${notResolved}; check the address`, noAnswer: notResolved };
      answered = false;
      lastReason = describeFetchError(error, policy);
    }
    if (attempt < policy.retries) await sleep(wait);
  }
  const tries = policy.retries + 1;
  return {
    source: url,
    reason: `could not be fetched after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${lastReason}; check the address and the network, or try again later`,
    ...(answered ? {} : { noAnswer: lastReason }),
  };
}

function describeFetchError(error: unknown, policy: FetchPolicy): string {
  const name = error instanceof Error ? error.name : undefined;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${policy.timeoutMs / 1000} s`;
  // fetch() fails with "fetch failed"; the network error that made it fail (ECONNREFUSED, ENOTFOUND…) is its cause.
  const causeCode = error instanceof Error ? errorCode(error.cause) : undefined;
  return causeCode ? `network error ${causeCode}` : `network error (${errorMessage(error)})`;
}

/** The charset a Content-Type header names ("text/html; charset=ISO-8859-1"), if any. */
export function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
}
