// Stage 4: finds mentions of named things in each sentence and gives each a schema type.
// Baseline: runs of capitalised tokens outside page furniture, typed as Organization.
import type { MentionCandidate, SegmentedDocument } from './stage-types.js';

const SENTENCE_STARTERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'Some', 'Multiple']);

function insideFurniture(doc: SegmentedDocument, start: number, end: number): boolean {
  return doc.furniture.some((span) => start < span.end && end > span.start);
}

/** Recognises named mentions in a segmented document. */
export function recogniseMentions(doc: SegmentedDocument): MentionCandidate[] {
  const mentions: MentionCandidate[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i].text) || (i === 0 && SENTENCE_STARTERS.has(tokens[i].text))) continue;
      let j = i + 1;
      while (j < tokens.length && /^\p{Lu}/u.test(tokens[j].text)) j++;
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      if (!insideFurniture(doc, start, end)) {
        mentions.push({ doc: doc.id, sentence: sentence.index, start, end, text: doc.text.slice(start, end), type: 'Organization', kind: 'name', tokenStart: i, tokenEnd: j });
      }
      i = j - 1;
    }
  }
  return mentions;
}
