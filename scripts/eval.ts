// `npm run eval`: every development measure of extraction in one table, through the real `kg extract` CLI.
//   npm run eval                       all sets; writes reports/quality.md
//   npm run eval -- --only conll2003   one set (repeatable): conll2003, crossre, tagger, conll04, articles, invented, invented2, invented3, invented4, invented5, invented6, invented7, invented8, invented9, invented10, invented11, invented12, invented13, invented14, invented15, invented16, invented17, invented18, invented19, invented20, invented21, invented22, invented23, sample
//   npm run eval -- --without RULE_ID  the same with a named rule switched off (repeatable)
//   npm run eval -- --with RULE_ID     the same with a rule that is off by default switched on (repeatable)
//   npm run eval -- --report FILE      writes the report to FILE (for a run with rules switched)
//   npm run eval -- --record-baseline  also records the figures as the reference column (reports/quality-baseline.json)
// Partial runs (--only, --without, --with) print the table and leave reports/quality.md alone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll } from '../src/ner/conll-reader.js';
import { articleRows, devArticlePairs, scoreArticles, type ArticleScore } from './eval/articles-set.js';
import { conll04Rows, scoreConll04, writeConll04, type Conll04Sample } from './eval/conll04-set.js';
import { conllRows, scoreConllExtraction, scoreTaggerAlone, writeConllDocuments } from './eval/conll2003-set.js';
import { isHeldOut, placeSentences, readCrossre } from './eval/crossre-placement.js';
import { readLabelMap, scoreCrossre } from './eval/crossre-set.js';
import { readGraphIndex } from './eval/graph-index.js';
import { qualityTable, readBaseline } from './eval/quality-table.js';
import { prfRows, type Row } from './eval/rows.js';
import { runExtract } from './eval/run-extract.js';
import { INVENTED_ROUNDS, reportText, type RoundScores } from './eval/quality-report.js';
import { definedRules } from '../src/rules/rule-switch.js';
import '../src/pipeline/extract-graph.js';

const SETS = ['conll2003', 'crossre', 'tagger', 'conll04', 'articles', ...INVENTED_ROUNDS.map((r) => r.set), 'sample'] as const;
const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const shared = here('../../shared/');
const reportPath = here('../reports/quality.md');
const baselinePath = here('../reports/quality-baseline.json');

const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true, default: [] },
    without: { type: 'string', multiple: true, default: [] },
    with: { type: 'string', multiple: true, default: [] },
    report: { type: 'string' },
    workers: { type: 'string', default: '2' },
    'record-baseline': { type: 'boolean', default: false },
  },
});
for (const s of values.only)
  if (!(SETS as readonly string[]).includes(s)) {
    console.error(`eval: unknown set "${s}"; choose from ${SETS.join(', ')}`);
    process.exit(2);
  }
const known = new Set(definedRules().map((r) => r.id));
for (const id of [...values.without, ...values.with])
  if (!known.has(id)) {
    console.error(`eval: no rule has the id "${id}"; the rules are: ${[...known].join(', ')}`);
    process.exit(2);
  }
const wanted = (s: (typeof SETS)[number]): boolean => values.only.length === 0 || values.only.includes(s);
const options = { workers: Number(values.workers), rulesOff: values.without, rulesOn: values.with };
const work = mkdtempSync(join(tmpdir(), 'kg-eval-'));
const rows: Row[] = [];
let articleScores: ArticleScore[] = [];
const roundScores: RoundScores[] = [];
const timed = async (label: string, run: () => Promise<void> | void): Promise<void> => {
  const t0 = performance.now();
  await run();
  console.error(`eval: ${label} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
};

try {
  if (wanted('conll2003') || wanted('crossre')) {
    await timed('CoNLL-2003 valid and CrossRE dev', async () => {
      const docs = readConll(join(shared, 'data/conll2003/valid.txt'));
      const layouts = writeConllDocuments(docs, 'valid', join(work, 'valid'));
      await runExtract([join(work, 'valid')], join(work, 'valid.json'), options);
      const index = readGraphIndex(join(work, 'valid.json'));
      if (wanted('conll2003')) rows.push(...conllRows('CoNLL-2003 valid (kg extract)', scoreConllExtraction(docs, layouts, 'valid', index)));
      if (wanted('crossre')) {
        const placed = placeSentences(readCrossre(['news-dev.json', 'news-dev-ext.json'].map((f) => join(shared, 'data/crossre', f))), docs);
        const map = readLabelMap();
        rows.push(
          ...prfRows(
            'CrossRE news dev, tuning part',
            'typed relations',
            scoreCrossre(
              placed.filter((p) => !isHeldOut(p)),
              layouts,
              index,
              map,
            ),
          ),
        );
        rows.push(...prfRows('CrossRE news dev, held-out part', 'typed relations', scoreCrossre(placed.filter(isHeldOut), layouts, index, map)));
      }
    });
  }
  if (wanted('tagger')) {
    await timed('tagger alone', () => {
      const counter = scoreTaggerAlone(readConll(join(shared, 'data/conll2003/valid.txt')), !values.without.includes('document-tagger'));
      rows.push({ set: 'CoNLL-2003 valid (tagger alone)', measure: 'PER/ORG/LOC F1', value: counter.score(['PER', 'ORG', 'LOC']).f1 });
    });
  }
  if (wanted('conll04')) {
    await timed('CoNLL04 dev', async () => {
      const samples = JSON.parse(readFileSync(join(shared, 'data/conll04/dev.json'), 'utf8')) as Conll04Sample[];
      writeConll04(samples, join(work, 'conll04'));
      await runExtract([join(work, 'conll04')], join(work, 'conll04.json'), options);
      rows.push(...conll04Rows('CoNLL04 dev', scoreConll04(samples, readGraphIndex(join(work, 'conll04.json')))));
    });
  }
  const scorer = join(shared, 'eval/score.mjs');
  if (wanted('articles')) {
    await timed('development articles', async () => {
      articleScores = await scoreArticles(devArticlePairs(join(shared, 'eval/dev-articles')), scorer, work, options);
      rows.push(...articleRows(`Development articles (${articleScores.length}, mean)`, articleScores));
    });
  }
  for (const round of INVENTED_ROUNDS) {
    if (!wanted(round.set)) continue;
    await timed(round.set, async () => {
      const scores = await scoreArticles(devArticlePairs(here(`../test/fixtures/${round.folder}`)), scorer, work, options);
      roundScores.push({ round, scores });
      rows.push(...articleRows(`${round.label} (${scores.length}, mean)`, scores));
    });
  }
  if (wanted('sample')) {
    await timed('sample article', async () => {
      const article = join(shared, 'articles/microsoft-halts-services-israeli-military-unit.txt');
      const sample = await scoreArticles([{ article, gold: join(shared, 'eval/sample-gold.json') }], scorer, work, options);
      rows.push(...articleRows('Sample article', sample));
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
if (values['record-baseline']) writeFileSync(baselinePath, `${JSON.stringify({ recorded: new Date().toISOString().slice(0, 10), commit, rows }, null, 2)}\n`);
const baseline = readBaseline(baselinePath);
const table = qualityTable(rows, baseline);
const switched = [
  ...(values.without.length ? [`Rules switched off: ${values.without.join(', ')}.`] : []),
  ...(values.with.length ? [`Rules switched on: ${values.with.join(', ')}.`] : []),
].join(' ');
console.log(switched ? `${switched}\n\n${table}` : table);
const target = values.report ?? (values.only.length === 0 && !switched ? reportPath : undefined);
if (target) {
  writeFileSync(target, reportText(table, articleScores, roundScores, commit, baseline, switched));
  console.error(`eval: wrote ${target}`);
}
