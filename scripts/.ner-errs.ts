import { readFileSync } from 'node:fs';
import { readConll } from '../src/ner/conll-reader.js';
import { goldSpans, conllFileName } from './eval/conll2003-set.js';
import { layoutTokens } from './eval/token-text.js';
import { coarseType, documentOf, indexGraph } from './eval/graph-index.js';
const docs = readConll('/work/shared/data/conll2003/valid.txt');
const graph = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const index = indexGraph(graph);
const counts = new Map<string, number>();
docs.forEach((doc, n) => {
  if (n % 2 === 1) return; // held-out documents are never read
  const layout = layoutTokens(doc.sentences.map((s) => s.tokens));
  const docId = documentOf(index, conllFileName('valid', n), layout.text);
  const pred = new Map<string, string>();
  for (const m of docId ? (index.mentionsByDoc.get(docId) ?? []) : []) { const t = coarseType(m.entity.type); if (t) pred.set(`${m.start}:${m.end}`, t); }
  const gold = new Map(goldSpans(doc, layout).map((g) => [g.key, g.type]));
  const txt = (k: string) => { const [a, b] = k.split(':').map(Number); return layout.text.slice(a, b); };
  const ctx = (k: string) => { const [a, b] = k.split(':').map(Number); const s = layout.text.lastIndexOf('\n', a) + 1; const e = layout.text.indexOf('\n', b); return layout.text.slice(s, e < 0 ? undefined : e).slice(0, 160); };
  for (const [k, t] of gold) {
    const p = pred.get(k);
    if (p === t) continue;
    const kind = p ? `type ${t}->${p}` : `missed ${t}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    console.log(`${kind}\t${txt(k)}\t${ctx(k)}`);
  }
  for (const [k, t] of pred) if (!gold.has(k)) { const kind = `spurious ${t}`; counts.set(kind, (counts.get(kind) ?? 0) + 1); console.log(`${kind}\t${txt(k)}\t${ctx(k)}`); }
});
console.error([...counts].sort((a, b) => b[1] - a[1]));
