// Speed of the whole `kg extract` on one worker, as a user runs it: the development articles repeated (each copy
// headed by its number, so no copy repeats another's text) to at least 500,000 tokens, as files and as one file, the
// CoNLL-2003 `valid` documents, and a file of three tokens (start-up: Node, the CLI and both models). Prints tokens
// per second of wall time and of CPU time (user + system: on a shared machine the wall time measures the other load
// as much as the command), start-up included, the peak resident memory and the load average when each input's runs
// began. With --runs N every input is run N times, in turn, and each figure is the median (min–max beside it).
// usage: npm run bench:extract [-- --tokens 500000 --runs 5]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll } from '../src/ner/conll-reader.js';
import { tokenise } from '../src/pipeline/segment.js';
import { writeConllDocuments } from './eval/conll2003-set.js';

const { values } = parseArgs({ options: { tokens: { type: 'string', default: '500000' }, runs: { type: 'string', default: '1' } } });
const runCount = Number(values.runs);
if (!/^\d+$/.test(values.runs) || !Number.isSafeInteger(runCount) || runCount < 1) {
  throw new Error(`bench-extract: --runs takes a positive whole number, got "${values.runs}"`);
}
const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const shared = here('../../shared/');
const kg = here('../bin/kg.js');
const work = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));

/** Runs kg extract on one worker under GNU time; wall and CPU seconds and peak RSS in MB. */
function timeExtract(dir: string): { seconds: number; cpu: number; peakMb: number } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, kg, 'extract', dir, '--workers', '1', '--out', join(work, 'out.json')], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bench-extract: kg extract failed:\n${run.stderr}`);
  const [seconds, user, system, kb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, cpu: user! + system!, peakMb: kb! / 1024 };
}

const countTokens = (dir: string): number => readdirSync(dir).reduce((n, f) => n + tokenise(readFileSync(join(dir, f), 'utf8')).length, 0);

try {
  const articlesDir = join(shared, 'eval/dev-articles/articles');
  const articles = readdirSync(articlesDir)
    .sort()
    .map((f) => readFileSync(join(articlesDir, f), 'utf8'));
  const repeated = join(work, 'articles');
  mkdirSync(repeated);
  let tokens = 0;
  const copies: string[] = [];
  for (let copy = 0; tokens < Number(values.tokens); copy++) {
    articles.forEach((text, n) => {
      const headed = `Copy ${copy}\n\n${text}`;
      writeFileSync(join(repeated, `copy-${String(copy).padStart(4, '0')}-${n}.txt`), headed);
      copies.push(headed);
      tokens += tokenise(headed).length;
    });
  }
  // The same text as one file: what a long report or a pasted feed costs, where each stage's work per document must
  // stay in proportion to its length.
  const oneFile = join(work, 'one-file');
  mkdirSync(oneFile);
  writeFileSync(join(oneFile, 'articles.txt'), copies.join('\n\n'));
  const valid = join(work, 'valid');
  writeConllDocuments(readConll(join(shared, 'data/conll2003/valid.txt')), 'valid', valid);
  const startup = join(work, 'startup');
  mkdirSync(startup);
  writeFileSync(join(startup, 'three-tokens.txt'), 'Hello there.\n');
  const inputs = [
    ['development articles, repeated', repeated],
    ['the same articles as one file', oneFile],
    ['CoNLL-2003 valid documents', valid],
    ['start-up: one file of 3 tokens', startup],
  ] as const;
  const runs = inputs.map(() => [] as { seconds: number; cpu: number; peakMb: number; load: number }[]);
  // Inputs in turn within each round, so a change in the machine's other load falls on all of them alike.
  for (let round = 0; round < runCount; round++) inputs.forEach(([, dir], k) => runs[k]!.push({ load: loadavg()[0]!, ...timeExtract(dir) }));
  const median = (xs: number[]): number => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const spread = (xs: number[], show: (x: number) => string): string =>
    xs.length > 1 ? `${show(median(xs))} (${show(Math.min(...xs))}–${show(Math.max(...xs))})` : show(xs[0]!);
  console.log(`${values.runs} run(s) per input; Node ${process.version}`);
  console.log('| Input | Files | Tokens | Wall s | Tokens/s (wall) | CPU s | Tokens/s (CPU) | Peak RSS MB | Load avg |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  inputs.forEach(([label, dir], k) => {
    const files = readdirSync(dir).length;
    const count = countTokens(dir);
    const r = runs[k]!;
    const rate = (s: number): string => Math.round(count / s).toLocaleString('en-US');
    const wall = r.map((x) => x.seconds);
    const cpu = r.map((x) => x.cpu);
    const cells = [
      label,
      files,
      count.toLocaleString('en-US'),
      spread(wall, (x) => x.toFixed(2)),
      rate(median(wall)),
      spread(cpu, (x) => x.toFixed(2)),
      r.length > 1 ? `${rate(median(cpu))} (${rate(Math.max(...cpu))}–${rate(Math.min(...cpu))})` : rate(cpu[0]!),
      spread(
        r.map((x) => x.peakMb),
        (x) => x.toFixed(0),
      ),
      spread(
        r.map((x) => x.load),
        (x) => x.toFixed(1),
      ),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
