// The development articles and the sample article, each extracted by its own `kg extract` run and scored against its
// hand-made gold graph by the shared scorer (`score.mjs --json`).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inPool, runExtract, type ExtractOptions } from './run-extract.js';
import type { Row } from './rows.js';

export interface ArticleScore {
  readonly article: string;
  readonly entityF1: number;
  readonly typeAccuracy: number;
  readonly coreRelationRecall: number;
  readonly typedRelationPrecision: number;
}

interface ScorerOutput {
  entities: { f1: number; typeAccuracy: number };
  relations: { recallStrict: number; precisionTyped: number };
}

/** Runs the shared scorer on one predicted graph. */
export function scoreArticle(scorer: string, predicted: string, gold: string): ArticleScore {
  const out = JSON.parse(execFileSync(process.execPath, [scorer, predicted, gold, '--json'], { encoding: 'utf8' })) as ScorerOutput;
  return {
    article: basename(gold, '.json'),
    entityF1: out.entities.f1,
    typeAccuracy: out.entities.typeAccuracy,
    coreRelationRecall: out.relations.recallStrict,
    typedRelationPrecision: out.relations.precisionTyped,
  };
}

/** Article/gold pairs of the development folder (articles/NAME.txt with gold/NAME.json). */
export function devArticlePairs(folder: string): { article: string; gold: string }[] {
  return readdirSync(join(folder, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ article: join(folder, 'articles', f.replace(/\.json$/, '.txt')), gold: join(folder, 'gold', f) }));
}

/** Extracts each article on its own (two at a time) and scores it. */
export async function scoreArticles(
  pairs: readonly { article: string; gold: string }[],
  scorer: string,
  workDir: string,
  options: ExtractOptions,
): Promise<ArticleScore[]> {
  return inPool(
    pairs.map((p) => async () => {
      const out = join(workDir, `${basename(p.article, '.txt')}.json`);
      await runExtract([p.article], out, { ...options, workers: 1 });
      return scoreArticle(scorer, out, p.gold);
    }),
    2,
  );
}

/** Rows of the mean over articles of each measure. */
export function articleRows(set: string, scores: readonly ArticleScore[]): Row[] {
  const mean = (f: (s: ArticleScore) => number): number => scores.reduce((a, s) => a + f(s), 0) / scores.length;
  return [
    { set, measure: 'entity F1', value: mean((s) => s.entityF1) },
    { set, measure: 'type accuracy', value: mean((s) => s.typeAccuracy) },
    { set, measure: 'core relation recall', value: mean((s) => s.coreRelationRecall) },
    { set, measure: 'typed relation precision', value: mean((s) => s.typedRelationPrecision) },
  ];
}
