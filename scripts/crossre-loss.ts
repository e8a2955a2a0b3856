// `npm run loss:crossre [-- --graph FILE] [--split train]`: where CrossRE news dev recall is lost, counted by label, by the annotated
// types of the pair and by reason, for the tuning part and the held-out part apart. Prints counts only, never a
// sentence, so the held-out part can be measured without being read. `--list-tuning` also lists each lost relation of
// the tuning part (reason, margin, label, types, the two spans and the sentence), to read where recall goes on text
// training may see; the held-out part is never listed. Reasons, first that applies:
//   found           the graph holds a relation of a mapped type on the two spans in the mapped direction
//   misc endpoint   an endpoint is annotated with a CrossRE type that maps to no person, organisation or place
//   span missed     an endpoint has no name mention on exactly its span
//   type missed     both spans found, but an endpoint's recognised root type differs from the annotated one (the
//                   recognised types are given)
//   wrong relation  both found and typed, and the graph relates the two with another type or direction
//   not related     both found and typed, no relation between them
// Each lost relation whose annotated types the classifier has a class for under the map is also scored by the
// classifier on the annotated spans, and counted by its margin: above 0 (the classifier would add it on exact
// spans), between -1.5 and 0, -4 and -1.5, below -4 (firmly rejected); "no class" when no class covers its types
// (role Person→Person, opposite Organization→Organization, …), so only a pattern or another model could find it.
// A `misc` end is also counted by what it is written as (a people's adjective alone, a phrase one opens, a people's
// plural, other), and both parts' typed scores are printed; `--split train` reads CrossRE news `train` on CoNLL-2003
// `train` instead, as one part, every loss listed (text the classifier is trained on, open to reading); `--adjective-mentions` first makes every people's adjective
// a name mention of its country where the document has that country, to measure what such mentions would score.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll, type ConllDocument } from '../src/ner/conll-reader.js';
import { conllFileName, writeConllDocuments } from './eval/conll2003-set.js';
import { isHeldOut, placeSentences, readCrossre, type CrossreSentence, type PlacedSentence } from './eval/crossre-placement.js';
import { matchesGold, readLabelMap, scoreCrossre, type LabelMap } from './eval/crossre-set.js';
import { coarseType, documentOf, indexGraph, type GraphIndex } from './eval/graph-index.js';
import { countryOfWord } from '../src/recognition/nationality-phrases.js';
import type { GraphDocument } from '../src/document/graph-document.js';
import { runExtract } from './eval/run-extract.js';
import { LABEL_TYPES } from '../src/relations/classifier-pairs.js';
import { featureWords, pairLabel, type PairMention, type PairType } from '../src/relations/pair-features.js';
import { classifyPair, loadRelationModel } from '../src/relations/relation-classifier.js';
import { charSpan, type TokenText } from './eval/token-text.js';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const { values } = parseArgs({
  options: {
    graph: { type: 'string' },
    workers: { type: 'string', default: '2' },
    'list-tuning': { type: 'boolean', default: false },
    'adjective-mentions': { type: 'boolean', default: false },
    split: { type: 'string', default: 'dev' },
  },
});

const ROOT: Record<string, PairType> = { PER: 'Person', ORG: 'Organization', LOC: 'Location' };

/** The classifier's margin for the gold relation on the annotated spans, bucketed; "no class" when none covers it. */
function marginBucket(p: PlacedSentence, map: LabelMap, r: PlacedSentence['crossre']['relations'][number]): string {
  const rule = map.labels[r[4]]!;
  const mentions = p.crossre.ner.flatMap(([s, e, t]) => (COARSE[t] ? [{ start: s, end: e + 1, type: ROOT[COARSE[t]]! } as PairMention] : []));
  const head = mentions.find((m) => m.start === r[0] && m.end === r[1] + 1);
  const tail = mentions.find((m) => m.start === r[2] && m.end === r[3] + 1);
  if (!head || !tail) return 'no class';
  const fits = (a: PairMention, b: PairMention) => {
    const label = pairLabel(a.type, b.type);
    return label !== undefined && rule.types.includes(LABEL_TYPES[label]!);
  };
  const [source, target] = rule.direction !== 'reverse' && fits(head, tail) ? [head, tail] : rule.direction !== 'same' && fits(tail, head) ? [tail, head] : [];
  if (!source || !target) return 'no class';
  const [left, right] = source.start < target.start ? [source, target] : [target, source];
  const others = mentions.filter((m) => m !== left && m !== right);
  const prediction = classifyPair(loadRelationModel(), featureWords(p.crossre.sentence), left, right, others)!;
  const margin = source === left ? prediction.forwardMargin : prediction.backwardMargin;
  return margin > 0 ? 'margin > 0' : margin > -1.5 ? 'margin -1.5..0' : margin > -4 ? 'margin -4..-1.5' : 'margin < -4';
}

const COARSE: Record<string, string> = {
  person: 'PER',
  politician: 'PER',
  organisation: 'ORG',
  politicalparty: 'ORG',
  location: 'LOC',
  country: 'LOC',
};

/**
 * What a `misc` end is written as: a people's adjective alone ("Russian"), a phrase it opens ("German Defence
 * Minister", "Russian league"), a people's plural ("Russians"), or anything else (events, competitions, …). Only the
 * first could be matched by a mention of the country on the adjective, as the scorer wants the exact span.
 */
function miscForm(words: readonly string[]): string {
  const text = words.join(' ');
  if (countryOfWord(text, true)) return "people's adjective alone";
  if (countryOfWord(words[0] ?? '', true)) return "phrase opened by a people's adjective";
  if (/s$/.test(text) && countryOfWord(text.slice(0, -1), true)) return "people's plural";
  return 'other';
}

/**
 * `--adjective-mentions`: every people's adjective ("Russian") becomes a name mention of its country where the document
 * has that country as an entity, to measure what such mentions would give the scorer before building them.
 */
function addAdjectiveMentions(graph: GraphDocument): number {
  let added = 0;
  for (const d of graph.documents) {
    const countries = new Map(graph.entities.filter((e) => e.type === 'Country' && e.mentions.some((m) => m.doc === d.id)).map((e) => [e.name, e]));
    for (const m of d.text.matchAll(/\p{L}[\p{L}.-]*/gu)) {
      const entity = countries.get(countryOfWord(m[0], true)?.name ?? '');
      if (!entity || entity.mentions.some((x) => x.doc === d.id && x.start === m.index)) continue;
      entity.mentions.push({ doc: d.id, start: m.index, end: m.index + m[0].length });
      added++;
    }
  }
  return added;
}

/**
 * Places each CrossRE train sentence at the first CoNLL sentence of the same tokens not yet taken. The train files
 * interleave, and a few of their sentences carry annotation marks CoNLL's do not; those are left out, and counted.
 */
function placeWhereFound(sentences: readonly CrossreSentence[], docs: readonly ConllDocument[]): PlacedSentence[] {
  const at = new Map<string, { doc: number; sentence: number }[]>();
  docs.forEach((d, doc) =>
    d.sentences.forEach((s, sentence) => {
      const key = s.tokens.join(' ');
      at.set(key, [...(at.get(key) ?? []), { doc, sentence }]);
    }),
  );
  const placed = sentences.flatMap((crossre) => {
    const place = at.get(crossre.sentence.join(' '))?.shift();
    return place ? [{ crossre, ...place }] : [];
  });
  console.error(`loss:crossre: ${sentences.length - placed.length} of ${sentences.length} train sentences not found in CoNLL-2003 train, left out`);
  return placed;
}

type Counts = Map<string, number>;
const bump = (m: Counts, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

function losses(
  placed: readonly PlacedSentence[],
  layouts: readonly TokenText[],
  index: GraphIndex,
  map: LabelMap,
  listed?: string[],
  split = 'valid',
): Counts {
  const counts: Counts = new Map();
  for (const p of placed) {
    const layout = layouts[p.doc]!;
    const line = layout.lines[p.sentence]!;
    const starts = layout.starts[p.sentence]!;
    const tokens = p.crossre.sentence;
    const docId = documentOf(index, conllFileName(split, p.doc), layout.text);
    const mentions = (docId ? index.mentionsByDoc.get(docId) : undefined) ?? [];
    const relations = (docId ? index.relationsByDoc.get(docId) : undefined) ?? [];
    const nerType = (s: number, e: number) => p.crossre.ner.find((n) => n[0] === s && n[1] === e)?.[2] ?? '?';
    for (const r of p.crossre.relations) {
      const label = r[4];
      if ((map.labels[label]?.types.length ?? 0) === 0) continue;
      const head = charSpan(tokens, starts, r[0], r[1] + 1);
      const tail = charSpan(tokens, starts, r[2], r[3] + 1);
      const [ht, tt] = [COARSE[nerType(r[0], r[1])], COARSE[nerType(r[2], r[3])]];
      const types = `${ht ?? 'MISC'}>${tt ?? 'MISC'}`;
      const at = (s: { start: number; end: number }) => mentions.find((m) => m.start === s.start && m.end === s.end);
      const [hm, tm] = [at(head), at(tail)];
      const between = relations.filter(
        (x) =>
          x.evidence.some((e) => e.start < line.end && e.end > line.start) &&
          ((x.source === hm?.entity && x.target === tm?.entity) || (x.source === tm?.entity && x.target === hm?.entity)),
      );
      const found = between.some(
        (x) =>
          !x.relation.properties.negated &&
          matchesGold(map, { label, head, tail }, x.relation.type, x.source === hm?.entity ? head : tail, x.source === hm?.entity ? tail : head),
      );
      let reason: string;
      if (found) reason = 'found';
      else if (!ht || !tt) reason = 'misc endpoint';
      else if (!hm || !tm) reason = 'span missed';
      else if (coarseType(hm.entity.type) !== ht || coarseType(tm.entity.type) !== tt)
        reason = `type missed (read ${coarseType(hm.entity.type) ?? hm.entity.type}>${coarseType(tm.entity.type) ?? tm.entity.type})`;
      else if (between.length) reason = `wrong relation (${[...new Set(between.map((x) => x.relation.type))].join('/')})`;
      else reason = 'not related';
      bump(counts, `reason\t${reason}`);
      if (reason === 'misc endpoint') {
        const misc = !ht ? tokens.slice(r[0], r[1] + 1) : tokens.slice(r[2], r[3] + 1);
        bump(counts, `misc endpoint form\t${label} ${types}\t${miscForm(misc)}`);
        bump(counts, `misc endpoint form\tall\t${miscForm(misc)}`);
      }
      bump(counts, `label\t${label}\t${reason === 'found' ? 'found' : 'lost'}`);
      bump(counts, `label×types×reason\t${label} ${types}\t${reason}`);
      if (listed && reason !== 'found') {
        const bucket = reason === 'misc endpoint' || reason.startsWith('type missed') ? '-' : marginBucket(p, map, r);
        const span = (s: number, e: number) => tokens.slice(s, e + 1).join(' ');
        listed.push([reason, bucket, label, types, span(r[0], r[1]), span(r[2], r[3]), tokens.join(' ')].join('\t'));
      }
      if (reason !== 'found' && reason !== 'misc endpoint' && !reason.startsWith('type missed')) {
        const bucket = marginBucket(p, map, r);
        bump(counts, `lost×annotated-span margin\t${label} ${types}\t${bucket}`);
        bump(counts, `reason×annotated-span margin\t${reason.startsWith('wrong') ? 'wrong relation' : reason}\t${bucket}`);
      }
    }
  }
  return counts;
}

if (values.split !== 'dev' && values.split !== 'train') throw new Error(`loss:crossre: --split takes dev or train, got "${values.split}"`);
const training = values.split === 'train';
const conllSplit = training ? 'train' : 'valid';
const work = mkdtempSync(join(tmpdir(), 'kg-loss-'));
try {
  const docs = readConll(join(shared, `data/conll2003/${conllSplit}.txt`));
  const layouts = writeConllDocuments(docs, conllSplit, join(work, conllSplit));
  const graph = values.graph ?? join(work, `${conllSplit}.json`);
  if (!values.graph) await runExtract([join(work, conllSplit)], graph, { workers: Number(values.workers) });
  const document = JSON.parse(readFileSync(graph, 'utf8')) as GraphDocument;
  if (values['adjective-mentions']) console.error(`loss:crossre: ${addAdjectiveMentions(document)} people's adjectives made mentions of their country`);
  const index = indexGraph(document);
  const files = training ? ['news-train.json', 'news-train-ext.json'] : ['news-dev.json', 'news-dev-ext.json'];
  const read = readCrossre(files.map((f) => join(shared, 'data/crossre', f)));
  const placed = training ? placeWhereFound(read, docs) : placeSentences(read, docs);
  const map = readLabelMap();
  const listed: string[] = [];
  // The parts read, each with whether its losses may be listed; the held-out part never is.
  const parts: [string, readonly PlacedSentence[], boolean][] = training
    ? [['train', placed, true]]
    : [
        ['tuning', placed.filter((p) => !isHeldOut(p)), values['list-tuning']!],
        ['held-out', placed.filter(isHeldOut), false],
      ];
  const counts = parts.map(([, part, listable]) => losses(part, layouts, index, map, listable ? listed : undefined, conllSplit));
  for (const [name, part] of parts) {
    const score = scoreCrossre(part, layouts, index, map, conllSplit);
    console.log(
      `score\t${name}\tP ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`,
    );
  }
  const keys = [...new Set(counts.flatMap((c) => [...c.keys()]))].sort();
  console.log(['kind', 'key', 'reason', ...parts.map(([name]) => name)].join('\t'));
  for (const k of keys) {
    const [kind, ...rest] = k.split('\t');
    const cells = rest.length === 1 ? [rest[0], ''] : rest;
    console.log([kind, ...cells, ...counts.map((c) => c.get(k) ?? 0)].join('\t'));
  }
  const header = ['reason', 'margin', 'label', 'types', 'head', 'tail', `sentence (${training ? 'train' : 'tuning part'})`].join('\t');
  if (listed.length) console.log(['', header, ...listed.sort()].join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
