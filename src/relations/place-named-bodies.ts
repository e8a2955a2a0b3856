// "The Dalmore Police Department said …": an organisation named after a place the article names is based there
// (rule place-named-body; what it adds, measured by kind of body, is in reports/relations.md).
import { isA, rootType } from '../schema/schema.js';
import type { ResolvedEntity, SegmentedDocument } from '../pipeline/stage-types.js';
import { isKnownPlaceName, writtenAsPlace } from '../recognition/place-use.js';
import { relationRuleOn } from './relation-rules.js';
import type { EmitPair } from './pair-match.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';

/**
 * Whether the document writes one of the entity's name mentions as a place, or a lexicon knows it as one. "Larchmont"
 * said of "Larchmont Partners" and read as a place by its shape alone names no town the partners are in (rule
 * place-named-body-needs-place).
 */
function usedAsPlace(doc: SegmentedDocument, entity: ResolvedEntity): boolean {
  return isKnownPlaceName(entity.name) || entity.mentions.some((m) => m.doc === doc.id && m.kind === 'name' && writtenAsPlace(doc.text, m.start, m.end));
}

/** The article's places by each of their names, lower-cased; a name two places share names neither. */
export function placesByName(entities: readonly ResolvedEntity[], doc: SegmentedDocument): Map<string, ResolvedEntity | null> {
  const places = new Map<string, ResolvedEntity | null>();
  const needsUse = relationRuleOn('place-named-body-needs-place');
  for (const entity of entities) {
    // A country's short forms open the names of its national bodies and of what is only its version of a thing
    // ("US Secret Service", "US Home Swap"): rule national-body reads a country in a name, with the country in the
    // sentence.
    if (rootType(entity.type) !== 'Location' || isA(entity.type, 'Country')) continue;
    if (needsUse && !usedAsPlace(doc, entity)) continue;
    for (const name of new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()))) {
      const known = places.get(name);
      places.set(name, known === undefined || known === entity ? entity : null);
    }
  }
  return places;
}

/**
 * "The Dalmore Police Department said …" with Dalmore named in the article: an organisation whose name opens with a
 * place's whole name, followed by a space and more words, is based there. Stated once per organisation, at the first
 * sentence whose name mention shows it; a name the text places elsewhere ("… in Houston", "… -based") says nothing.
 */
export function placeNamedBodies(view: SentenceView, places: ReadonlyMap<string, ResolvedEntity | null>, named: Set<string>, emit: EmitPair): void {
  for (const group of view.groups) {
    for (const slot of group.slots) {
      if (slot.root !== 'Organization' || slot.mention.kind !== 'name' || named.has(slot.entity.id)) continue;
      // "The Tampa Bay Ledger reported": a paper or a station is named for the readers or listeners it serves, and its
      // name says nothing of where it is (rule place-named-media-apart).
      if (isA(slot.entity.type, 'MediaOrganization') && relationRuleOn('place-named-media-apart')) continue;
      const words = slot.mention.text.split(/\s+/);
      if (view.words[slot.end] === 'in' || view.words.slice(slot.end, slot.end + 3).some((w) => w === 'based' || /-based$/.test(w))) continue;
      for (let n = words.length - 1; n >= 1; n--) {
        const place = places.get(words.slice(0, n).join(' ').toLowerCase());
        if (!place) continue;
        named.add(slot.entity.id);
        const mention = place.mentions[0]!;
        const target: Slot = { entity: place, mention, root: rootType(place.type), start: -1, end: -1, possessive: false };
        emit([slot], [target], { types: [relationDef('LOCATED_IN')], reverse: false, properties: {}, ...statedBy('place-named-body'), cueAt: slot.start });
        break;
      }
    }
  }
}
