// kg extract on URLs, RSS and Atom feeds and list files, against a local HTTP server the test starts on 127.0.0.1:
// articles and feeds are fetched politely (a user agent, a concurrency limit, retries with back-off, a time limit)
// and every URL that fails is named with the reason while the others are still extracted.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/schema/validate-document.js';
import { extractInProcess } from '../kg-extract-run.js';

const pages = path.resolve('test/fixtures/news-pages');
const page = (name: string) => fs.readFileSync(path.join(pages, `${name}.html`));
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-fetch-'));

const requests: { path: string; userAgent: string }[] = [];
let inFlight = 0;
let mostInFlight = 0;
let server: http.Server;
let base = '';
let deadHost = '';

function rss(items: { link: string; title: string; date: string }[]): string {
  const entries = items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${i.date}</pubDate><guid isPermaLink="false">${i.title}</guid></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Local news</title><link>${base}/</link>${entries}</channel></rss>`;
}

const plainArticle =
  '<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1><p>Dock workers at Felixstowe returned to work on Monday after the Unite union accepted a pay offer from Hutchison Ports, union official Sharon Graham said.</p></article></body></html>';

beforeAll(async () => {
  let flakyCalls = 0;
  server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push({ path: url, userAgent: String(request.headers['user-agent']) });
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) =>
      setTimeout(() => {
        inFlight--;
        response.writeHead(status, { 'content-type': type, ...headers });
        response.end(body);
      }, 60);
    if (url === '/news/bbc.html') return send(200, 'text/html; charset=utf-8', page('bbc-style'));
    if (url === '/news/guardian.html') return send(200, 'text/html', page('guardian-style'));
    if (url === '/news/reuters.html') return send(200, 'text/html', page('reuters-style'));
    if (url === '/news/cnn.html') return send(200, 'text/html', page('cnn-style'));
    if (url === '/news/flaky.html') return ++flakyCalls === 1 ? send(503, 'text/plain', 'busy', { 'retry-after': '0' }) : send(200, 'text/html', plainArticle);
    if (url === '/news/latin1.html')
      return send(
        200,
        'text/html; charset=windows-1252',
        iconv.encode(
          '<html><body><article><p>Shares in Calder Mining rose to £4.20 after chief executive Renée Okafor’s “strong” results, the company said in Zürich.</p></article></body></html>',
          'windows-1252',
        ),
      );
    if (url === '/news/slow.html') return; // never answers
    if (url === '/feed.rss') {
      return send(
        200,
        'application/rss+xml',
        rss([
          { link: `${base}/news/bbc.html`, title: 'Flood barrier', date: 'Tue, 18 Nov 2025 06:12:44 GMT' },
          { link: `${base}/news/guardian.html`, title: 'Lithium takeover', date: 'Tue, 07 Oct 2025 14:35:02 GMT' },
          { link: `${base}/news/missing.html`, title: 'Gone', date: 'Mon, 06 Oct 2025 10:00:00 GMT' },
          { link: `${base}/news/flaky.html`, title: 'Port strike', date: 'Wed, 03 Dec 2025 09:00:00 +0000' },
        ]),
      );
    }
    if (url === '/atom.xml') {
      return send(
        200,
        'application/atom+xml',
        `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
        <entry><title>Jets</title><link rel="alternate" href="/news/reuters.html"/><published>2025-09-03T13:05:00Z</published></entry>
        <entry><title>Robots</title><link href="${base}/news/cnn.html"/><updated>2025-05-12T04:30:00Z</updated></entry></feed>`,
      );
    }
    if (url === '/dead-host.rss') {
      const story = (n: number, withContent: boolean) =>
        `<item><title>Story ${n}</title><link>${deadHost}/story-${n}.html</link><pubDate>Mon, 06 Oct 2025 10:00:00 GMT</pubDate>${
          withContent
            ? `<content:encoded><![CDATA[<p>Brenton Mining opened a smelter in Orsk, chief executive Ilse Varga said on the ${n}th.</p>]]></content:encoded>`
            : ''
        }</item>`;
      return send(
        200,
        'application/rss+xml',
        `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Down</title>${[
          story(1, true),
          story(2, false),
          story(3, true),
          story(4, false),
        ].join('')}</channel></rss>`,
      );
    }
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port nothing listens on: connections to it are refused.
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  deadHost = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** kg extract on one thread, through the CLI's main() in this process (the test's server answers in the same one). */
async function extract(args: string[]): Promise<{ code: number; stderr: string; graph?: any }> {
  const run = await extractInProcess([...args, '--workers', '1']);
  return { code: run.status, stderr: run.stderr, graph: run.graph };
}

const sources = (graph: any) => graph.documents.map((d: { source: string }) => d.source).sort();

describe('kg extract on feeds and URLs', () => {
  it('extracts every article of an RSS feed, retries a busy server and names the URL that failed', async () => {
    requests.length = 0;
    mostInFlight = 0;
    const run = await extract([`${base}/feed.rss`, '--fetch-concurrency', '2', '--fetch-retries', '2']);
    expect(run.code).toBe(2);
    expect(validateDocument(run.graph).errors).toEqual([]);
    expect(sources(run.graph)).toEqual([
      `${base}/news/flaky.html`,
      'https://www.bbc.co.uk/news/articles/c4ng7x2flood',
      'https://www.theguardian.com/business/2025/oct/07/calder-resources-norvik-takeover',
    ]);
    expect(run.stderr).toContain(
      `kg extract: skipped ${base}/news/missing.html: could not be fetched: the server answered HTTP 404 Not Found; check the address`,
    );
    expect(run.stderr.split('\n').filter((l) => l.includes('skipped'))).toHaveLength(1);
    // The busy server was asked again; the missing page, which will not come back, only once.
    expect(requests.filter((r) => r.path === '/news/flaky.html')).toHaveLength(2);
    expect(requests.filter((r) => r.path === '/news/missing.html')).toHaveLength(1);
    expect(mostInFlight).toBeLessThanOrEqual(2);
    for (const request of requests) expect(request.userAgent).toMatch(/^newsgraph-kg\/\d/);
    const flaky = run.graph.documents.find((d: { source: string }) => d.source.endsWith('flaky.html'));
    // A page that gives no date has the feed's.
    expect(flaky.published).toBe('2025-12-03');
    expect(run.graph.documents.find((d: { source: string }) => d.source.includes('bbc')).readFrom).toBe(`${base}/news/bbc.html`);
  });

  it('reads an Atom feed, resolving relative links against it', async () => {
    const run = await extract([`${base}/atom.xml`]);
    expect(run.code).toBe(0);
    expect(run.graph.documents.map((d: { readFrom: string }) => d.readFrom).sort()).toEqual([`${base}/news/cnn.html`, `${base}/news/reuters.html`]);
  });

  it('gives up on a URL that does not answer in time, after its retries, and keeps the others', async () => {
    requests.length = 0;
    const run = await extract([`${base}/news/slow.html`, `${base}/news/latin1.html`, '--fetch-timeout', '0.5', '--fetch-retries', '1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`skipped ${base}/news/slow.html: could not be fetched after 2 tries: no answer within 0.5 s`);
    expect(requests.filter((r) => r.path === '/news/slow.html')).toHaveLength(2);
    const [doc] = run.graph.documents;
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.text).toContain('£4.20 after chief executive Renée Okafor’s “strong” results');
  });

  it('reads a list file of URLs and paths with their dates, and names a line it cannot read', async () => {
    const local = path.join(workDir, 'local-article.txt');
    fs.writeFileSync(local, 'Northwind Trading opened an office in Lisbon, its founder Carla Mendes said.\n');
    const list = path.join(workDir, 'today.urls');
    fs.writeFileSync(
      list,
      [
        `# articles for the morning`,
        `${base}/news/reuters.html 2025-09-04`,
        '',
        'local-article.txt 2025-09-05',
        'this line has three words',
        `${base}/news/missing.html`,
      ].join('\n'),
    );
    const run = await extract([list]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${list}:5: "this line has three words" is not "<url or path> [YYYY-MM-DD]"`);
    expect(run.stderr).toContain(`skipped ${base}/news/missing.html: could not be fetched: the server answered HTTP 404`);
    const published = Object.fromEntries(
      run.graph.documents.map((d: { source: string; published: string }) => [path.basename(d.source.replace(/\/$/, '')), d.published]),
    );
    expect(published).toEqual({ 'azul-horizonte-orders-40-jets-embraer-2025-09-03': '2025-09-04', 'local-article.txt': '2025-09-05' });
  });

  it('reads a feed saved as a file', async () => {
    const feed = path.join(workDir, 'saved.rss');
    fs.writeFileSync(feed, rss([{ link: `${base}/news/cnn.html`, title: 'Robots', date: 'Mon, 12 May 2025 04:30:00 GMT' }]));
    const run = await extract([feed]);
    expect(run.code).toBe(0);
    expect(sources(run.graph)).toEqual(['https://www.cnn.com/2025/05/12/tech/kaiyo-robotics-funding']);
  });

  it("reads a feed's own copy of an article whose host is down, and asks that host once for the whole feed", async () => {
    const run = await extract([`${base}/dead-host.rss`, '--fetch-concurrency', '1', '--fetch-retries', '1']);
    expect(run.code).toBe(2);
    // Stories 1 and 3 carry the article: their text stands in for the pages.
    expect(sources(run.graph)).toEqual([`${deadHost}/story-1.html`, `${deadHost}/story-3.html`]);
    expect(run.graph.documents.every((d: { text: string }) => d.text.includes('Brenton Mining opened a smelter in Orsk'))).toBe(true);
    // Stories 2 and 4 carry none; after story 1 found the host silent, neither was asked for.
    const host = deadHost.replace('http://', '');
    for (const n of [2, 4])
      expect(run.stderr).toContain(
        `skipped ${deadHost}/story-${n}.html: was not fetched: ${host} gave no answer for an earlier item of the feed (network error ECONNREFUSED)`,
      );
    expect(run.stderr).not.toContain('could not be fetched');
  });

  it('asks a host that does not answer once for a whole list of URLs', async () => {
    const list = path.join(workDir, 'down.urls');
    fs.writeFileSync(list, [`${deadHost}/a.html`, `${base}/news/cnn.html`, `${deadHost}/b.html`, `${deadHost}/c.html`].join('\n'));
    const run = await extract([list, '--fetch-concurrency', '1', '--fetch-retries', '1']);
    expect(run.code).toBe(2);
    expect(sources(run.graph)).toEqual(['https://www.cnn.com/2025/05/12/tech/kaiyo-robotics-funding']);
    expect(run.stderr).toContain(`skipped ${deadHost}/a.html: could not be fetched after 2 tries: network error ECONNREFUSED`);
    const host = deadHost.replace('http://', '');
    for (const page of ['b', 'c'])
      expect(run.stderr).toContain(
        `skipped ${deadHost}/${page}.html: was not fetched: ${host} gave no answer for an earlier line of the list (network error ECONNREFUSED)`,
      );
  });

  it('refuses an address it cannot fetch with a clear reason', async () => {
    const run = await extract(['ftp://127.0.0.1/news.txt']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('ftp://127.0.0.1/news.txt: is an address kg extract cannot fetch; give an http:// or https:// URL');
  });
});
