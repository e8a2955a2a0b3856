// `npm run cv:relations`: 5-fold cross-validation of the relation classifier on CoNLL04 train with the rules as they
// are. Sentence n goes to fold n mod 5; for each fold the classifier is trained (npm run train:relations, CrossRE
// included) on the other four and the whole pipeline is scored on the fold by scripts/eval-conll04.ts, the model
// passed through KG_RELATION_MODEL. The entity tagger is the shipped one, trained on all of CoNLL04 train, so the
// entity spans on each fold are better than on unseen text; the figure measures the relation layer, not recognition.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDS = 5;
const trainPath = fileURLToPath(new URL('../../shared/data/conll04/train.json', import.meta.url));
const samples = JSON.parse(readFileSync(trainPath, 'utf8')) as unknown[];
const work = mkdtempSync(join(tmpdir(), 'kg-cv-'));
const tsx = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', env, maxBuffer: 64 << 20 });
const results: { fold: number; tp: number; fp: number; fn: number }[] = [];
try {
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = join(work, `train-${fold}.json`);
    const held = join(work, `fold-${fold}.json`);
    const model = join(work, `relations-${fold}.bin.gz`);
    writeFileSync(rest, JSON.stringify(samples.filter((_s, n) => n % FOLDS !== fold)));
    writeFileSync(held, JSON.stringify(samples.filter((_s, n) => n % FOLDS === fold)));
    tsx(['scripts/train-relations.ts', '--conll04-train', rest, '--out', model]);
    const out = tsx(['scripts/eval-conll04.ts', held], { ...process.env, KG_RELATION_MODEL: model });
    const micro = /^micro\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(out);
    if (!micro) throw new Error(`cv-relations: no micro line in the evaluation of fold ${fold}:\n${out}`);
    const [tp, fp, fn] = micro.slice(1, 4).map(Number) as [number, number, number];
    results.push({ fold, tp, fp, fn });
    const p = tp / (tp + fp || 1),
      r = tp / (tp + fn || 1);
    console.log(`fold ${fold}: tp ${tp} fp ${fp} fn ${fn}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`);
  }
  const sum = results.reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
  const p = sum.tp / (sum.tp + sum.fp || 1),
    r = sum.tp / (sum.tp + sum.fn || 1);
  console.log(
    `all folds (micro): tp ${sum.tp} fp ${sum.fp} fn ${sum.fn}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
