// `npm run measure:ingest`: two measures of reading real inputs, through the real `kg extract` CLI, written to
// reports/ingest.md.
//  1. Mixed encodings: the development articles and ten CoNLL-2003 valid documents, saved round-robin as Latin-1,
//     Windows-1252 and UTF-16 with a byte-order mark; every document must be read (none skipped) with its text
//     identical to the original, every "£", "é" and curly quote intact.
//  2. HTML against text: the development articles five times over, as text and as saved pages (the BBC-style test
//     page's header, menus, cookie dialog, share bar and related lists around the paragraphs); the time of each
//     extraction (best of three) and what each extracted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = path.join(root, '..', 'shared');
const kg = path.join(root, 'bin', 'kg.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-measure-ingest-'));
const WATCHED = ['£', 'é', '“', '”', '‘', '’'];

function devArticles(): [string, string][] {
  const dir = path.join(shared, 'eval', 'dev-articles', 'articles');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.replace(/\.txt$/, ''), fs.readFileSync(path.join(dir, f), 'utf8')]);
}

function conllDocuments(count: number): [string, string][] {
  const docs: string[][] = [];
  let sentence: string[] = [];
  let doc: string[] = [];
  for (const line of fs.readFileSync(path.join(shared, 'data', 'conll2003', 'valid.txt'), 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (!line.trim()) {
      if (sentence.length) doc.push(sentence.join(' '));
      sentence = [];
    } else sentence.push(line.split(' ')[0]!);
  }
  if (doc.length) docs.push(doc);
  // The Reuters text of 1996 is ASCII; a sentence with the characters checked is added to each.
  return docs
    .slice(0, count)
    .map((d, i) => [`conll-valid-${String(i).padStart(2, '0')}`, `${d.join('\n')}\n\n“It was a good year,” the café’s owner said of the £3 rise.\n`]);
}

const count = (text: string) => Object.fromEntries(WATCHED.map((c) => [c, text.split(c).length - 1]));

function extract(input: string, out: string): { seconds: number; summary: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [kg, 'extract', input, '--out', out, '--workers', '1'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`kg extract ${input} failed (exit ${run.status}): ${run.stderr}`);
  const stderr = run.stderr;
  return { seconds: (performance.now() - started) / 1000, summary: stderr.trim().split('\n').pop() ?? '' };
}

function mixedEncodings(): string[] {
  const dir = path.join(work, 'mixed');
  fs.mkdirSync(dir);
  const originals = new Map<string, string>();
  const saved: Record<string, number> = {};
  [...devArticles(), ...conllDocuments(10)].forEach(([name, text], i) => {
    // Latin-1 cannot hold curly quotes: such a text goes to the next encoding in turn.
    let encoding = ['latin1', 'windows-1252', 'utf-16le'][i % 3]!;
    if (encoding === 'latin1' && iconv.decode(iconv.encode(text, 'latin1'), 'latin1') !== text) encoding = 'windows-1252';
    if (encoding === 'windows-1252' && iconv.decode(iconv.encode(text, 'windows-1252'), 'windows-1252') !== text) encoding = 'utf-16le';
    const bytes = encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, encoding)]) : iconv.encode(text, encoding);
    fs.writeFileSync(path.join(dir, `${name}.txt`), bytes);
    originals.set(`${name}.txt`, text);
    saved[encoding] = (saved[encoding] ?? 0) + 1;
  });
  const out = path.join(work, 'mixed.json');
  const run = extract(dir, out);
  const graph = JSON.parse(fs.readFileSync(out, 'utf8')) as { documents: { source: string; text: string; encoding?: string }[] };
  const identical = graph.documents.filter((d) => d.text === originals.get(path.basename(d.source))).length;
  const read: Record<string, number> = {};
  for (const d of graph.documents) read[d.encoding ?? '?'] = (read[d.encoding ?? '?'] ?? 0) + 1;
  const want = count([...originals.values()].join(''));
  const got = count(graph.documents.map((d) => d.text).join(''));
  return [
    '## Mixed encodings',
    '',
    `${originals.size} files (the ${devArticles().length} development articles and 10 CoNLL-2003 valid documents), saved as ${JSON.stringify(saved)}.`,
    '',
    '| measure | value |',
    '|---|---|',
    `| documents read | ${graph.documents.length} of ${originals.size} (skipped: ${originals.size - graph.documents.length}) |`,
    `| text identical to the original | ${identical} of ${originals.size} |`,
    `| encodings recorded | ${JSON.stringify(read)} (a file with no byte above 127 is valid UTF-8 and recorded so) |`,
    `| characters in the originals | ${JSON.stringify(want)} |`,
    `| characters in the graph's texts | ${JSON.stringify(got)} |`,
    '',
    `\`${run.summary}\``,
  ];
}

function htmlAgainstText(): string[] {
  const template = fs.readFileSync(path.join(root, 'test', 'fixtures', 'news-pages', 'bbc-style.html'), 'utf8');
  const first = template.indexOf('<div data-component="text-block">');
  const last = template.lastIndexOf('</p></div>') + '</p></div>'.length;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const textDir = path.join(work, 'text');
  const htmlDir = path.join(work, 'html');
  fs.mkdirSync(textDir);
  fs.mkdirSync(htmlDir);
  let pages = 0;
  for (let copy = 0; copy < 5; copy++) {
    for (const [name, article] of devArticles()) {
      const [headline, ...body] = article
        .split('\n\n')
        .map((p) => p.trim())
        .filter(Boolean);
      // Each copy differs by a line, so no two are merged as duplicates.
      body.push(`This is copy ${copy} of the article.`);
      fs.writeFileSync(path.join(textDir, `${name}-${copy}.txt`), `${headline}\n\n${body.join('\n\n')}\n`);
      const blocks = body.map((p) => `<div data-component="text-block"><p>${escape(p)}</p></div>\n`).join('');
      const page = (template.slice(0, first) + blocks + template.slice(last))
        .replaceAll('Harbour town council approves new flood barrier', escape(headline!))
        .replaceAll('c4ng7x2flood', `${name}-${copy}`);
      fs.writeFileSync(path.join(htmlDir, `${name}-${copy}.html`), page);
      pages++;
    }
  }
  const best = (dir: string, out: string) => {
    const runs = [0, 1, 2].map(() => extract(dir, out));
    return { seconds: Math.min(...runs.map((r) => r.seconds)), summary: runs[0]!.summary };
  };
  const text = best(textDir, path.join(work, 'text.json'));
  const html = best(htmlDir, path.join(work, 'html.json'));
  const names = (file: string) => new Set((JSON.parse(fs.readFileSync(file, 'utf8')) as { entities: { name: string }[] }).entities.map((e) => e.name));
  const fromText = names(path.join(work, 'text.json'));
  const chrome = [...names(path.join(work, 'html.json'))].filter((n) => !fromText.has(n));
  return [
    '## HTML against text',
    '',
    `${pages} articles (the development articles five times over), as text and as saved pages; kg extract --workers 1, best of three runs, wall-clock time including start-up.`,
    '',
    '| input | seconds | kg extract says |',
    '|---|---|---|',
    `| text | ${text.seconds.toFixed(2)} | ${text.summary} |`,
    `| HTML | ${html.seconds.toFixed(2)} | ${html.summary} |`,
    '',
    `HTML takes ${(html.seconds / text.seconds).toFixed(2)}× the time of text; entities found in the pages but not in the texts (page chrome): ${chrome.length}${chrome.length ? ` (${chrome.join(', ')})` : ''}.`,
  ];
}

try {
  const lines = [
    '# Reading real inputs',
    '',
    'Measured with `npm run measure:ingest` (scripts/measure-ingest.ts) through the real `kg extract` CLI.',
    '',
    ...mixedEncodings(),
    '',
    ...htmlAgainstText(),
    '',
  ];
  fs.writeFileSync(path.join(root, 'reports', 'ingest.md'), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
