// Saved news pages, written after the public structure of six sites' article pages (header and menus, cookie and
// consent dialogs, share bars, newsletter prompts, related-story lists, JSON-LD): the article's text is kept whole,
// its metadata is read from the page, and the page's chrome yields at most one entity per page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/pipeline/clean.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { readHtmlArticle } from '../../src/pipeline/read-html-article.js';

const pages = path.resolve('test/fixtures/news-pages');

const expected: Record<string, { source: string; byline: string; siteName?: string; published: string }> = {
  'bbc-style': { source: 'https://www.bbc.co.uk/news/articles/c4ng7x2flood', byline: 'Megan Pryce', siteName: 'BBC News', published: '2025-11-18' },
  'guardian-style': {
    source: 'https://www.theguardian.com/business/2025/oct/07/calder-resources-norvik-takeover',
    byline: 'Oliver Haines',
    siteName: 'the Guardian',
    published: '2025-10-07',
  },
  'reuters-style': {
    source: 'https://www.reuters.com/business/aerospace-defense/azul-horizonte-orders-40-jets-embraer-2025-09-03/',
    byline: 'Lucia Ferraz',
    siteName: 'Reuters',
    published: '2025-09-03',
  },
  'apnews-style': {
    source: 'https://apnews.com/article/california-wildfire-fresno-evacuations-7f3a9c21',
    byline: 'Daniel Ortiz',
    siteName: 'AP News',
    published: '2025-08-14',
  },
  'nytimes-style': {
    source: 'https://www.nytimes.com/2025/06/24/business/halvorsen-opioid-settlement.html',
    byline: 'Priya Natarajan and Thomas Keller',
    published: '2025-06-24',
  },
  'cnn-style': { source: 'https://www.cnn.com/2025/05/12/tech/kaiyo-robotics-funding', byline: 'Hana Mori', siteName: 'CNN', published: '2025-05-12' },
};

const read = (name: string, ext: string) => fs.readFileSync(path.join(pages, `${name}.${ext}`), 'utf8');

describe('saved news pages', () => {
  for (const [name, page] of Object.entries(expected)) {
    const html = read(name, 'html');
    const article = read(name, 'txt');

    it(`${name}: keeps every paragraph of the article and nothing of the page around it`, () => {
      const doc = cleanInput({ source: `${name}.html`, format: 'html', content: html });
      expect(doc.text.split('\n\n')).toEqual(article.trim().split('\n\n'));
    });

    it(`${name}: takes title, byline, site, date and canonical URL from the page`, () => {
      const doc = cleanInput({ source: `${name}.html`, format: 'html', content: html });
      expect(doc).toMatchObject({
        source: page.source,
        readFrom: `${name}.html`,
        title: article.split('\n')[0],
        byline: page.byline,
        published: page.published,
      });
      if (page.siteName) expect(doc.siteName).toBe(page.siteName);
    });

    it(`${name}: finds at most one entity in the page's chrome`, () => {
      const fromPage = extractGraph([{ source: `${name}.html`, format: 'html', content: html }]).graph.entities.map((e) => e.name);
      const fromText = new Set(extractGraph([{ source: `${name}.txt`, format: 'txt', content: article }]).graph.entities.map((e) => e.name));
      expect(fromText.size).toBeGreaterThan(2);
      expect(fromPage.filter((n) => !fromText.has(n)).length).toBeLessThanOrEqual(1);
    });
  }
});

describe('readHtmlArticle', () => {
  it('reads a bare fragment of paragraphs', () => {
    expect(readHtmlArticle('<p>Globex Inc opened an office in Madrid.</p>').text).toBe('Globex Inc opened an office in Madrid.');
  });

  it('finds the date in JSON-LD inside @graph, and a <time> when nothing else gives one', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2024-02-29T08:00:00Z"}]}</script>';
    expect(
      readHtmlArticle(`<html><head>${ld}</head><body><article><p>Acme Corp hired Jane Doe as chief executive on Thursday.</p></article></body></html>`)
        .published,
    ).toMatch(/^2024-02-29/);
    expect(
      readHtmlArticle('<html><body><article><time datetime="2023-07-04">July 4</time><p>Acme Corp hired Jane Doe.</p></article></body></html>').published,
    ).toBe('2023-07-04');
  });

  it('keeps a relative canonical link out of the source', () => {
    expect(
      readHtmlArticle('<html><head><link rel="canonical" href="/news/1"></head><body><p>Acme Corp hired Jane Doe.</p></body></html>').canonical,
    ).toBeUndefined();
  });
});

describe('readHtmlArticle on pathological nesting', () => {
  it('reads a 5 MB page of unclosed tags nested 400,000 deep as its flat text', () => {
    const unit = '<div><b>word ';
    const html = `<html><head><title>Deep page</title><script>var x = "<div>";</script></head><body>${unit.repeat(Math.floor(5e6 / unit.length))}</body></html>`;
    const page = readHtmlArticle(html);
    expect(page.text.split(/\s+/).filter((w) => w === 'word')).toHaveLength(Math.floor(5e6 / unit.length));
    expect(page.text).not.toContain('<');
    expect(page.text).not.toContain('var x');
  });

  it('parses a page nested as real pages are as before', () => {
    const html = `<html><body><article>${'<div>'.repeat(150)}<p>Acme Corp bought Brellow.</p>${'</div>'.repeat(150)}</article></body></html>`;
    expect(readHtmlArticle(html).text).toContain('Acme Corp bought Brellow.');
  });
});
