// Scores the whole extraction pipeline on CoNLL04 (tokens joined with spaces, one sentence per document) against
// its relation gold: strict micro P/R/F1, a relation counts only when both entity spans are exact and the label
// and direction are right. Our types map onto the five CoNLL04 labels; anything else is not scored.
// usage: npx tsx scripts/eval-conll04.ts [path/to/dev.json]   (default: ../shared/data/conll04/dev.json)
import fs from 'node:fs';
import { extractGraph } from '../src/pipeline/extract-graph.js';
import { isA, type EntityTypeName } from '../src/schema/schema.js';
import { joinTokens } from '../src/ner/conll04-reader.js';
import { itemAt, valueAt } from '../src/util/checked-index.js';

interface Sample {
  tokens: string[];
  entities: { type: string; start: number; end: number }[];
  relations: { type: string; head: number; tail: number }[];
}

const LABELS = ['Work_For', 'Kill', 'OrgBased_In', 'Live_In', 'Located_In'];

/** The CoNLL04 label for one of our relations, or undefined when it maps onto none. */
function labelFor(type: string, source: EntityTypeName, target: EntityTypeName): string | undefined {
  // CoNLL04 files membership ("a member of the party") under Work_For,
  if (type === 'WORKS_FOR' || type === 'MEMBER_OF') return 'Work_For';
  if (type === 'KILLED') return 'Kill';
  // and an office held in a place ("Ohio Senator John Glenn") under Live_In.
  if (type === 'LIVES_IN' || type === 'HOLDS_ROLE_IN') return 'Live_In';
  if (type === 'LOCATED_IN' && isA(source, 'Organization')) return 'OrgBased_In';
  if (type === 'LOCATED_IN' && isA(source, 'Location') && isA(target, 'Location')) return 'Located_In';
  return undefined;
}

const file = process.argv[2] ?? new URL('../../shared/data/conll04/dev.json', import.meta.url).pathname;
if (!fs.existsSync(file)) {
  console.error(`eval-conll04: ${file} does not exist; pass the path to a CoNLL04 split (JSON list of {tokens, entities, relations})`);
  process.exit(2);
}
const samples = JSON.parse(fs.readFileSync(file, 'utf8')) as Sample[];
const counts = new Map(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
/** The counts of a relation key's label (the key is "label|head span|tail span"). */
const countsOf = (key: string) => valueAt(counts, key.split('|', 1).join(''));

const entityCounts = { tp: 0, fp: 0, fn: 0 };

/** The CoNLL04 entity type of one of ours, or undefined for types it files under Other. */
function conllEntityType(type: EntityTypeName): string | undefined {
  if (isA(type, 'Person')) return 'Peop';
  if (isA(type, 'Organization')) return 'Org';
  if (isA(type, 'Location')) return 'Loc';
  return undefined;
}
let tokens = 0;
/** Gold relations whose two entity spans the entity stage found exactly: the ceiling for relation recall. */
let reachable = 0;
const started = performance.now();
for (const [n, sample] of samples.entries()) {
  // Character span of each token in the joined text.
  const { text, starts } = joinTokens(sample.tokens);
  tokens += sample.tokens.length;
  const spanKey = (s: number, e: number) => `${itemAt(starts, s)}:${itemAt(starts, e - 1) + itemAt(sample.tokens, e - 1).length}`;
  const gold = new Set(
    sample.relations.map((r) => {
      const h = itemAt(sample.entities, r.head);
      const t = itemAt(sample.entities, r.tail);
      return `${r.type}|${spanKey(h.start, h.end)}|${spanKey(t.start, t.end)}`;
    }),
  );
  // CoNLL04 tokens keep an abbreviation's full stop ("Calif.", "Inc."); a mention that starts on a token and ends
  // inside one is taken at the token boundary, so spans are compared token for token.
  const snap = (m: { start: number; end: number }): string | undefined => {
    const first = starts.indexOf(m.start);
    if (first < 0) return undefined;
    let last = first;
    while (last + 1 < starts.length && itemAt(starts, last + 1) < m.end) last++;
    const tokenEnd = itemAt(starts, last) + itemAt(sample.tokens, last).length;
    return tokenEnd - m.end <= 1 ? spanKey(first, last + 1) : undefined;
  };
  const { graph } = extractGraph([{ source: `conll04-${n}.txt`, format: 'txt', content: text }]);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const predicted = new Set<string>();
  for (const r of graph.relations) {
    if (r.properties.negated) continue;
    const source = byId.get(r.source)!;
    const target = byId.get(r.target)!;
    const label = labelFor(r.type, source.type, target.type);
    if (!label) continue;
    const names = (e: typeof source) =>
      e.mentions
        .filter((m) => !m.kind || m.kind === 'name')
        .map(snap)
        .filter((k): k is string => Boolean(k));
    for (const s of names(source)) for (const t of names(target)) predicted.add(`${label}|${s}|${t}`);
  }
  const found = new Set(graph.entities.flatMap((e) => e.mentions.filter((m) => !m.kind || m.kind === 'name').map(snap)));
  // Entities as CoNLL04 types them (Other is not scored): exact span and type.
  const goldEntities = new Set(sample.entities.filter((e) => e.type !== 'Other').map((e) => `${e.type}|${spanKey(e.start, e.end)}`));
  const foundEntities = new Set(
    graph.entities.flatMap((e) => {
      const type = conllEntityType(e.type);
      return type
        ? e.mentions
            .filter((m) => !m.kind || m.kind === 'name')
            .map(snap)
            .filter(Boolean)
            .map((k) => `${type}|${k}`)
        : [];
    }),
  );
  for (const key of foundEntities) entityCounts[goldEntities.has(key) ? 'tp' : 'fp']++;
  for (const key of goldEntities) if (!foundEntities.has(key)) entityCounts.fn++;
  for (const key of gold) if (found.has(key.split('|')[1]) && found.has(key.split('|')[2])) reachable++;
  for (const key of predicted) countsOf(key)[gold.has(key) ? 'tp' : 'fp']++;
  for (const key of gold) if (!predicted.has(key)) countsOf(key).fn++;
}
const seconds = (performance.now() - started) / 1000;
const prf = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: number) => x.toFixed(3);
console.log('label        tp   fp   fn     P      R      F1');
const total = { tp: 0, fp: 0, fn: 0 };
for (const label of LABELS) {
  const c = valueAt(counts, label);

  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
  const { p, r, f } = prf(c);
  console.log(`${label.padEnd(12)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${fmt(p)}  ${fmt(r)}  ${fmt(f)}`);
}
const micro = prf(total);
console.log(
  `micro        ${String(total.tp).padStart(4)} ${String(total.fp).padStart(4)} ${String(total.fn).padStart(4)}  ${fmt(micro.p)}  ${fmt(micro.r)}  ${fmt(micro.f)}`,
);
console.log(
  `gold relations with both entity spans found exactly: ${reachable} of ${total.tp + total.fn} (recall ceiling ${fmt(reachable / (total.tp + total.fn))})`,
);
const entities = prf(entityCounts);
console.log(`entities (Peop/Org/Loc, exact span and type): P ${fmt(entities.p)} R ${fmt(entities.r)} F1 ${fmt(entities.f)}`);
console.log(`${samples.length} sentences, ${tokens} tokens in ${seconds.toFixed(1)}s`);
