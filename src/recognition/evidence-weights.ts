// The weights of the type evidence recognition gathers for a name (name-evidence.ts, find-drafts.ts,
// link-in-document.ts), in one place with why each sits where it does. Each piece of evidence votes for a type with
// one of these weights; the type with most votes wins, and "strong" evidence may overturn the tagger's coarse type.
// They are hand-set, a ranking rather than a measurement: what the name is by itself outranks its head word, which
// outranks a word beside it, which outranks the weak priors. Changing one changes the graph: `npm run eval` says how.

/** A weight and the reason it has that value. */
export interface WeightSetting {
  readonly value: number;
  readonly why: string;
}

export const EVIDENCE_WEIGHTS = {
  nameItself: {
    value: 6,
    why: 'The whole name is in a closed list (a country, a body of states, a people\'s plural) or carries an honorific ("Mr"): nothing in the context should overturn that.',
  },
  decisiveContext: {
    value: 5,
    why: 'A context that leaves one reading ("campaigners from X", "the murder of X", "Springfield, Ohio", "Washington state"): more than a head word, less than the name itself.',
  },
  nameHead: {
    value: 4,
    why: 'The name\'s own head word ("Bristol Rovers", "Ministry of Finance", "Hudson River"), a region of the place list, or a part of a place before it after a preposition of place ("in suburban Larchmont"): what the name, or the phrase it heads, says it is.',
  },
  cityList: {
    value: 3.5,
    why: "A name of the city list: a little under a region, because people, clubs and firms share cities' names more often than regions'.",
  },
  taggerType: {
    value: 2.5,
    why: "The tagger's coarse type, once per entity (link-in-document.ts): it knows the name's shape but not its neighbours, so a neighbour word (3) outvotes it.",
  },
  neighbourWord: {
    value: 3,
    why: 'A word written against the name ("president Jane Doe", "the Horizon conference", "told the Herald", "Acme, founded by"), or a place that no list knows after "based in"/"born in".',
  },
  weakNeighbourWord: {
    value: 2,
    why: 'A descriptor after the name that might describe something else ("the Venice festival" is only held there), or a role word right after a name before another name, or an acronym given in brackets (bodies, not people, get them).',
  },
  compassWord: {
    value: 1.5,
    why: 'A compass word opening a name ("North Carolina", "West Ham") hints at a place, but teams and firms open with them too.',
  },
  personShape: {
    value: 1,
    why: "Two to four capitalised words with nothing else known are most often a person's name: a prior, the weakest vote.",
  },
} as const satisfies Record<string, WeightSetting>;
