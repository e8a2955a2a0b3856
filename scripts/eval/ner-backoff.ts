// Where the tagger's document model starts to beat its sentence model, measured on CoNLL-2003 valid: documents cut to
// their first k sentences, and whole documents grouped by length. Gives the evidence for DOCUMENT_MODEL_MIN_SENTENCES
// (src/ner/tag-entities.ts); written into reports/ner-conll.md by scripts/eval-ner-conll.ts.
import type { ConllDocument } from '../../src/ner/conll-reader.js';
import { SpanCounter } from '../../src/ner/span-metrics.js';
import { taggerDocument, tagTokens } from '../../src/ner/tag-entities.js';

const ALL = ['PER', 'ORG', 'LOC', 'MISC'];

/** Scores the sentence model and the document model (whatever the length) on the same sentences. */
function compare(docs: readonly ConllDocument[]): { sentence: SpanCounter; document: SpanCounter; sentences: number } {
  const sentence = new SpanCounter();
  const document = new SpanCounter();
  let sentences = 0;
  for (const d of docs) {
    const context = taggerDocument(
      d.sentences.map((s) => s.tokens),
      1,
    );
    for (const s of d.sentences) {
      sentence.add(s.tags, tagTokens(s.tokens));
      document.add(s.tags, tagTokens(s.tokens, context));
      sentences++;
    }
  }
  return { sentence, document, sentences };
}

const pct = (x: number): string => (100 * x).toFixed(2);

function line(label: string, docs: readonly ConllDocument[]): string {
  const { sentence, document, sentences } = compare(docs);
  const s = sentence.score(ALL);
  const d = document.score(ALL);
  const gain = 100 * (d.f1 - s.f1);
  return `| ${label} | ${docs.length} | ${sentences} | ${s.tp + s.fn} | ${pct(s.f1)} | ${pct(d.f1)} | ${gain >= 0 ? '+' : ''}${gain.toFixed(2)} |`;
}

/** The two tables, in markdown. */
export function backoffTables(valid: readonly ConllDocument[]): string {
  const header = '| Documents | Count | Sentences | Gold spans | Sentence model F1 % | Document model F1 % | Gain |\n|---|---|---|---|---|---|---|';
  const prefixes = [1, 2, 3, 4, 5, 6, 8].map((k) =>
    line(
      `first ${k}`,
      valid.filter((d) => d.sentences.length >= k).map((d) => ({ sentences: d.sentences.slice(0, k) })),
    ),
  );
  const groups: [string, number, number][] = [
    ['1–3 sentences', 1, 3],
    ['4–5 sentences', 4, 5],
    ['6–8 sentences', 6, 8],
    ['9–15 sentences', 9, 15],
    ['16–30 sentences', 16, 30],
    ['31+ sentences', 31, Infinity],
  ];
  const whole = groups.map(([label, lo, hi]) =>
    line(
      label,
      valid.filter((d) => d.sentences.length >= lo && d.sentences.length <= hi),
    ),
  );
  return `Each document cut to its first k sentences (documents with at least k), scored on those sentences:

${header}
${prefixes.join('\n')}

Whole documents grouped by their number of sentences:

${header}
${whole.join('\n')}`;
}
