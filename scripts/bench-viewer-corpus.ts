// The viewer benchmark's corpus: real news articles as plain text, from the CoNLL-2003 Reuters files (one article per
// -DOCSTART-, tokens joined back into text, one sentence a line) plus any folders of .txt articles given, and with
// --conll04 FILE the CoNLL04 news sentences (TREC newswire) as one short news item each: the whole articles the data
// holds are 1,172, and the viewer's targets are set for a corpus of at least 2,000 documents. After `kg extract`,
// `dates` gives each document the day of its dateline ("BRUSSELS 1996-08-22"), so the timeline has data.
//   npx tsx scripts/bench-viewer-corpus.ts articles OUT_DIR CONLL_FILE... [--add DIR] [--conll04 FILE]...
//   npx tsx scripts/bench-viewer-corpus.ts dates GRAPH_JSON
import fs from 'node:fs';
import path from 'node:path';

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|-)$/;
const NO_SPACE_AFTER = /^(?:[([{$]|``|-)$/;

/** Tokens back into text: no space before closing punctuation and clitics, none after opening brackets and quotes. */
export function detokenize(tokens: string[]): string {
  let text = '';
  let quoteOpen = false;
  let glueNext = true;
  for (const token of tokens) {
    const isQuote = token === '"' || token === '``' || token === "''";
    const word = isQuote ? '"' : token;
    if (isQuote) quoteOpen = !quoteOpen;
    const glue = glueNext || NO_SPACE_BEFORE.test(token) || (isQuote && !quoteOpen);
    text += (glue ? '' : ' ') + word;
    glueNext = NO_SPACE_AFTER.test(token) || (isQuote && quoteOpen);
  }
  return text;
}

/** CoNLL-2003 documents as texts: one line per sentence. */
export function conllArticles(content: string): string[] {
  const articles: string[] = [];
  let sentences: string[] = [];
  let tokens: string[] = [];
  const endSentence = () => {
    if (tokens.length) sentences.push(detokenize(tokens));
    tokens = [];
  };
  const endArticle = () => {
    endSentence();
    if (sentences.length) articles.push(`${sentences.join('\n')}\n`);
    sentences = [];
  };
  for (const line of content.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      endArticle();
      continue;
    }
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const [word = ''] = line.split(' ');
    tokens.push(word);
  }
  endArticle();
  return articles;
}

/** CoNLL04 sentences (`[{ tokens, orig_id }]`) as texts, one news item each. */
export function conll04Items(content: string): { id: number; text: string }[] {
  const sentences = JSON.parse(content) as { tokens: string[]; orig_id: number }[];
  // CoNLL04 splits quotes into single marks ("`", "`") and numbers at their thousands comma ("150", ",", "000").
  const joined = (tokens: string[]) =>
    tokens.reduce<string[]>((out, token, i) => {
      const last = out[out.length - 1];
      if ((token === '`' || token === "'") && last === token) out[out.length - 1] = token === '`' ? '``' : "''";
      else if (/^\d{3}$/.test(token) && last === ',' && /^\d+$/.test(tokens[i - 2] ?? '')) out.splice(-2, 2, `${out[out.length - 2]},${token}`);
      else out.push(token);
      return out;
    }, []);
  return sentences.map((sentence) => ({ id: sentence.orig_id, text: `${detokenize(joined(sentence.tokens))}\n` }));
}

function writeArticles(out: string, files: string[], extra: string[], conll04: string[]): void {
  fs.mkdirSync(out, { recursive: true });
  let written = 0;
  for (const file of files) {
    const name = path.basename(file, path.extname(file));
    conllArticles(fs.readFileSync(file, 'utf8')).forEach((text, i) => {
      fs.writeFileSync(path.join(out, `conll-${name}-${String(i + 1).padStart(4, '0')}.txt`), text);
      written += 1;
    });
  }
  for (const folder of extra) {
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
      fs.copyFileSync(path.join(folder, file), path.join(out, file));
      written += 1;
    }
  }
  for (const file of conll04) {
    for (const item of conll04Items(fs.readFileSync(file, 'utf8'))) {
      fs.writeFileSync(path.join(out, `conll04-${item.id}.txt`), item.text);
      written += 1;
    }
  }
  console.log(`${written} documents in ${out}`);
}

/** Sets each document's `published` from a dateline "PLACE YYYY-MM-DD" in its first lines, when it has none. */
function addDatelineDates(graphFile: string): void {
  const graph = JSON.parse(fs.readFileSync(graphFile, 'utf8')) as { documents: { text: string; published?: string }[] };
  let dated = 0;
  for (const document of graph.documents) {
    const match = /^[A-Z][A-Z .'-]+\s(\d{4}-\d{2}-\d{2})\s*$/m.exec(document.text.split('\n').slice(0, 4).join('\n'));
    if (match && !document.published) {
      document.published = match[1];
      dated += 1;
    }
  }
  fs.writeFileSync(graphFile, JSON.stringify(graph));
  console.log(`${dated} of ${graph.documents.length} documents dated from their dateline`);
}

const [command, ...args] = process.argv.slice(2);
const addAt = args.indexOf('--add');
const extra = addAt >= 0 ? args.splice(addAt, 2).slice(1) : [];
const conll04: string[] = [];
for (let at = args.indexOf('--conll04'); at >= 0; at = args.indexOf('--conll04')) conll04.push(...args.splice(at, 2).slice(1));
const [target, ...inputs] = args;
if (command === 'articles' && target !== undefined) {
  writeArticles(target, inputs, extra, conll04);
} else if (command === 'dates' && target !== undefined) {
  addDatelineDates(target);
} else {
  console.error('usage: bench-viewer-corpus.ts articles OUT_DIR CONLL_FILE... [--add DIR] [--conll04 FILE]... | dates GRAPH_JSON');
  process.exit(2);
}
