// Stage 4: finds mentions of named things in each sentence, gives each a schema type and resolves them within
// the document (same name, acronym, surname, nominal and pronoun coreference). Layers, in order: nationality
// phrases, capitalised name chunks typed by general lexicons and graph-schema descriptors, the statistical
// CoNLL tagger's labels when it is present (src/ner/), in-document linking, then coreference.
import { addCoreference } from '../recognition/coreference.js';
import { findDrafts } from '../recognition/find-drafts.js';
import { linkInDocument } from '../recognition/link-in-document.js';
import { retypeByContext } from '../recognition/context-retype.js';
import { documentTagger } from '../recognition/sentence-tagger.js';
import type { MentionCandidate, SegmentedDocument } from './stage-types.js';

/** Recognises named mentions (and the nominal and pronoun mentions that refer to them) in a segmented document. */
export function recogniseMentions(doc: SegmentedDocument): MentionCandidate[] {
  const clusters = linkInDocument(findDrafts(doc, documentTagger), doc.text);
  retypeByContext(clusters, doc.sentences);
  addCoreference(doc, clusters);
  const mentions: MentionCandidate[] = [];
  for (const cluster of clusters) {
    for (const m of cluster.mentions) {
      const mention: MentionCandidate = {
        doc: doc.id,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        text: m.text,
        type: cluster.type,
        kind: m.kind,
        tokenStart: m.tokenStart,
        tokenEnd: m.tokenEnd,
        key: cluster.key,
        canonical: cluster.canonical,
      };
      if (m.reason) mention.reason = m.reason;
      if (m.written) mention.written = m.written;
      mentions.push(mention);
    }
    // Drafts are let go as they become mentions: on a long article both at once are a good part of the memory.
    cluster.mentions = [];
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
