// The named rules of recognition that refine the tagger's mentions, each switchable for measurement
// (src/rules/rule-switch.ts). The code that applies a rule asks its `on`. Tagger-first recognition (the tagger's spans
// and coarse types, refined by the rules after it) is switched on with KG_RULES_ON while the behaviours pinned by the
// recognition tests are brought over to it; `npm run eval -- --with tagger-spans --with tagger-root-type` measures it;
// the rules after those two apply only under them.
import { defineRule } from '../rules/rule-switch.js';

const PINNED = 'test/unit/recognise-tagger-first.test.ts';

export const RECOGNITION_RULES = {
  taggerSpans: defineRule({
    id: 'tagger-spans',
    defaultOn: false,
    does: "The tagger's PER/ORG/LOC spans are the mentions; runs of capitals it reads otherwise are kept only by the rules below (switched off, the capitals decide the spans and the tagger only splits and joins them).",
    example: 'SOCCER - ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH .',
    test: `${PINNED}: takes the tagger's spans in an all-caps headline`,
  }),
  numberInName: defineRule({
    id: 'number-in-name',
    does: 'A number or "+number" that the name chunker joined to a descriptor stays in the tagged name.',
    example: 'Reporters at +972 Magazine and Unit 731 veterans spoke.',
    test: `${PINNED}: keeps a number that opens or closes a name`,
  }),
  untaggedChunkWithEvidence: defineRule({
    id: 'untagged-chunk-with-evidence',
    does: 'A run of capitals the tagger reads as no name is kept when a lexicon or descriptor votes for it with weight 3 or more.',
    example: 'Engineers at Zentrix Robotics built it.',
    test: `${PINNED}: keeps an untagged name that a descriptor supports`,
  }),
  taggerRootType: defineRule({
    id: 'tagger-root-type',
    defaultOn: false,
    does: "The coarse type of an entity is the tagger's, summed over its mentions; lexicons and descriptors choose the fine type under it.",
    example: "Baltimore 's Eddie Murray cracked his 20th homer of the season on Friday.",
    test: `${PINNED}: types a side named after its city by the tagger, not by the gazetteer`,
  }),
  honorificOutsideName: defineRule({
    id: 'honorific-outside-name',
    does: 'An honorific the tagger reads as part of a name is kept in the mention span and left out of the name.',
    example: '"It is a welcome step," said Mr Imraan Siddiqi.',
    test: `${PINNED}: leaves an honorific out of the name`,
  }),
  describedChunkSpan: defineRule({
    id: 'described-chunk-span',
    does: 'A run of capitals that its own head noun, a descriptor beside it or an apposition marks as a name keeps its span over the tagger\'s.',
    example: 'A worker-led campaign group named No Azure for Apartheid welcomed the decision.',
    test: `${PINNED}: keeps the span of a name its descriptor marks out`,
  }),
  strongEvidenceType: defineRule({
    id: 'strong-evidence-type',
    does: "Strong local evidence (the name's head noun, a descriptor beside it or in apposition, an honorific) overturns the tagger's coarse type; a bare lexicon hit never does.",
    example: 'Reporters at +972 Magazine said the Microsoft Build conference was cancelled.',
    test: `${PINNED}: types a name by its head noun against the tagger`,
  }),
  untaggedCapitalisedName: defineRule({
    id: 'untagged-capitalised-name',
    does: 'A run of capitals inside a sentence written in lower case is kept though the tagger reads it as no name (not at the start of a sentence, not in a line of capitals or a table).',
    example: 'The Spanish group bought Amey in 2003.',
    test: `${PINNED}: keeps a mid-sentence name the tagger missed`,
  }),
  titleInsidePerson: defineRule({
    id: 'title-inside-person',
    does: "A person's name tagged together with the titles before it begins after the last title.",
    example: 'House Republicans have accused Manhattan District Attorney Alvin Bragg of abusing his discretion.',
    test: `${PINNED}: starts a person's name after a title inside the span`,
  }),
} as const;
