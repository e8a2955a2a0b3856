// Places the pair classifier takes for a home or a seat where the sentence says something else: a person who flies
// to a place only visits it (rule travel-destination-not-home), and two places joined by "and" are named side by side,
// neither inside the other (rule coordinated-places-not-nested); a place before "police" or "fire service" only
// locates the service (rules service-place-not-home, service-place-not-office), and a place in what a sayer reports
// is no home of the sayer (rule reported-place-not-sayer-home).

import { relationRuleOn as ruleOn } from './relation-rules.js';

/** Past forms of verbs of going somewhere: the place they reach is where the person went, not where the person lives. */
const TRAVEL_VERBS = new Set(`flew travelled traveled went headed rushed drove sailed arrived hurried visited toured`.split(/\s+/));
/** Prepositions of a destination after a verb of going ("flew to", "arrived in", "headed for"). */
const DESTINATION_WORDS = new Set(['to', 'in', 'at', 'for']);
/** Words that may stand between the preposition and the place ("flew to the town of Dravik"). */
const PLACE_LEAD = new Set(['the', 'town', 'city', 'village', 'island', 'port', 'capital', 'of', 'nearby', 'stricken', 'flooded']);

/** Kinds of place a describing word may stand before ("the Dravonian town of", "the coastal city of"). */
const PLACE_KINDS = new Set(['town', 'city', 'village', 'island', 'port', 'capital']);
/** Most describing words between "the" and the kind of place ("the northern border town of"). */
const MAX_PLACE_DESCRIBERS = 2;

/**
 * The index of the word before "the" when `between` ends on "the", one or two describing words, a kind of place and
 * "of" ("in the Dravonian town of", "to the northern border town of"); undefined otherwise. The words name what the
 * place is, so they lead to it as "the town of" does.
 */
function describedPlaceLead(between: readonly string[]): number | undefined {
  const n = between.length;
  if (n < 4 || between[n - 1]!.toLowerCase() !== 'of' || !PLACE_KINDS.has(between[n - 2]!.toLowerCase())) return undefined;
  for (let describers = 1; describers <= MAX_PLACE_DESCRIBERS; describers++) {
    const theAt = n - 3 - describers;
    if (theAt >= 0 && between[theAt]!.toLowerCase() === 'the') return theAt - 1;
  }
  return undefined;
}

/**
 * True when `between` (the words from a person to a place) ends on a verb of going and its destination ("flew to",
 * "travelled on Monday to the town of", "visited"): the person went there, which says nothing of where they live.
 * "returned to" is left alone: a return may be to a home.
 */
export function travelDestination(between: readonly string[]): boolean {
  let at = between.length - 1;
  while (at >= 0 && PLACE_LEAD.has(between[at]!.toLowerCase())) at--;
  // "visited a camp in the Dravonian town of", "travelled to the northern border town of": words describing the place
  // between "the" and the kind of place before "of" (rule described-destination-lead).
  const described = describedPlaceLead(between);
  if (described !== undefined && ruleOn('described-destination-lead')) at = described;
  const last = between[at]?.toLowerCase();
  if (last === undefined) return false;
  if (last === 'visited' || last === 'toured') return true;
  if (!DESTINATION_WORDS.has(last)) return false;
  // The verb is at most a few words before the preposition ("flew on Tuesday evening to").
  const verbAt = between.slice(Math.max(0, at - 4), at).findLastIndex((w) => TRAVEL_VERBS.has(w.toLowerCase()));
  if (verbAt < 0) return false;
  const after = between.slice(Math.max(0, at - 4) + verbAt + 1, at).map((w) => w.toLowerCase());
  return !after.includes('home') && !after.includes(',');
}

/** Verbs of meeting someone: where they meet is where the meeting was held, no home of either. */
const MEETING_VERBS = new Set(`met meet meets meeting hosted hosts hosting received receives greeted greets`.split(/\s+/));
/** Most words between a verb of meeting and the person met ("met his Philippine counterpart ,"). */
const MAX_MET_WORDS = 4;
/** Prepositions of the place a meeting is held at ("met … in Tokyo", "hosted … at the palace in"). */
const MEETING_PLACE_WORDS = new Set(['in', 'at']);

/**
 * True when a person and the place after them stand on either side of a verb of meeting, the place right after "in" or
 * "at" ("Pashenko met Ansel in Bern", "met his Philippine counterpart, Ramon Cruz, in Tokyo", "hosted Lanval in
 * Berlin"): the place is where the meeting was held, which says nothing of where either lives (rule
 * meeting-place-not-home). `before` are the words before the person, `between` those from the person to the place.
 */
export function meetingPlace(before: readonly string[], between: readonly string[]): boolean {
  const words = between.map((w) => w.toLowerCase());
  const last = words[words.length - 1] === 'the' ? words.length - 2 : words.length - 1;
  if (!MEETING_PLACE_WORDS.has(words[last] ?? '')) return false;
  // The meeting after the person: "Pashenko met Ansel in", "Pashenko, the chief negotiator, met Ansel in" (the comma
  // closing a description set off after the name), with no clause break between the verb and the place.
  const verbAt = words.findIndex((w) => MEETING_VERBS.has(w));
  const opensVerb = verbAt === 0 || (verbAt === 1 && words[0] === ',');
  if (verbAt >= 0 && opensVerb && !words.slice(verbAt, last).some((w) => w === ',' || w === 'and')) return true;
  // The person met: "met his Philippine counterpart, Ramon Cruz," right before "in" or "at".
  if (words.slice(0, last).some((w) => w !== ',')) return false;
  const lead = before.slice(-MAX_MET_WORDS - 1).map((w) => w.toLowerCase());
  const metAt = lead.findLastIndex((w) => MEETING_VERBS.has(w));
  return metAt >= 0 && lead.slice(metAt + 1).every((w) => w === ',' || /^[a-z]+$/.test(w) || /^[A-Z][a-z]+$/.test(w));
}

/** Words that may join two places named side by side ("Tessel and the nearby town of Brenning", "in X and in Y"). */
const COORDINATION_WORDS = new Set([
  'and',
  'or',
  'in',
  'at',
  'from',
  'to',
  'the',
  'nearby',
  'neighbouring',
  'neighboring',
  'town',
  'city',
  'village',
  'villages',
  'towns',
  'cities',
  'of',
]);

/**
 * True when only "and" or "or", with prepositions and a word for a kind of place, stand between two places ("from
 * Tessel and the nearby town of Brenning", "in Belmira and in the village of Santo Cresto"): they are named side by
 * side, and a containment between them is no reading of the sentence.
 */
export function coordinatedPlaces(between: readonly string[]): boolean {
  const words = between.map((w) => w.toLowerCase());
  return words.length > 0 && (words[0] === 'and' || words[0] === 'or') && words.every((w) => COORDINATION_WORDS.has(w));
}

/** Lower-case heads of an unnamed public service that a place before them only locates ("the Halden police"). */
const SERVICE_HEADS = new Set(['police', 'policemen', 'firefighters', 'coastguard', 'prosecutors', 'paramedics', 'lifeboat']);
/** Second words of two-word services ("fire service", "coast guard", "rescue services"). */
const SERVICE_PAIRS: Readonly<Record<string, ReadonlySet<string>>> = {
  fire: new Set(['service', 'services', 'brigade', 'department', 'officials', 'chief']),
  coast: new Set(['guard']),
  rescue: new Set(['service', 'services', 'team', 'teams']),
  ambulance: new Set(['service', 'services']),
};

/**
 * True when the place ending at word `end` is followed by the lower-case name of a public service ("Inspector Rolf
 * Danner of the Halden police", "Halden police spokesman Karl Weber", "the Tarnby fire service"): the place only says
 * where the service works, and a person of the sentence serving in it is not said to live there.
 */
export function placeOfUnnamedService(words: readonly string[], end: number): boolean {
  const next = words[end];
  if (next === undefined) return false;
  if (SERVICE_HEADS.has(next)) return true;
  return SERVICE_PAIRS[next]?.has(words[end + 1] ?? '') ?? false;
}

/** Verbs of a closing reporting clause (", Inspector Rolf Danner said", ', said Lucia Marchetti'). */
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'added', 'confirmed', 'stated', 'explained', 'announced']);
/** Most words between a comma and the sayer, or between the sayer and the verb ("of the Halden police"). */
const MAX_SAYER_WORDS = 6;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

/** Where a sentence's words first speak in the first person, found once per sentence: every pair of it asks. */
const firstPersonBySentence = new WeakMap<readonly string[], number>();
function firstPersonAt(words: readonly string[]): number {
  let at = firstPersonBySentence.get(words);
  if (at === undefined) {
    at = words.findIndex((w) => FIRST_PERSON.has(w.toLowerCase()));
    if (at < 0) at = words.length;
    firstPersonBySentence.set(words, at);
  }
  return at;
}
const CLAUSE_BREAKS = new Set([',', '.', ';', ':', '"', '“', '”', "''", '``']);

/**
 * True when the person at `start`…`end` is the sayer of a closing reporting clause that opens with a comma or a quote
 * after the place ending at `placeEnd` ("… in Kerrow, fire chief Graham Pellow said", '… Belmira," said Lucia
 * Marchetti'): the place is in what the person reports, which says nothing of where the person lives.
 */
export function placeInReportedClause(words: readonly string[], placeEnd: number, start: number, end: number): boolean {
  if (placeEnd > start) return false;
  // The clause opens at the last break before the person, after the place.
  let open = start - 1;
  while (open >= placeEnd && !CLAUSE_BREAKS.has(words[open]!)) open--;
  if (open < placeEnd || start - open - 1 > MAX_SAYER_WORDS) return false;
  // '"I will move to Kecskemet," Frater said': in the first person the sayer may speak of their own home.
  if (firstPersonAt(words) < placeEnd) return false;
  const lead = words.slice(open + 1, start);
  // ', said Lucia Marchetti': the verb before the name.
  if (lead.some((w) => REPORTING_VERBS.has(w))) return true;
  // ', Inspector Rolf Danner of the Halden police said': the verb after the name, with no break before it.
  for (let k = end; k < Math.min(words.length, end + MAX_SAYER_WORDS + 1); k++) {
    if (REPORTING_VERBS.has(words[k]!)) return true;
    if (CLAUSE_BREAKS.has(words[k]!)) return false;
  }
  return false;
}

/** Last words of the names of places where people work, travel or watch, and nobody lives ("Morvale International Airport"). */
const FACILITY_HEADS = new Set(['airport', 'airfield', 'station', 'terminal', 'stadium', 'arena', 'bridge', 'racecourse', 'circuit']);

/** True when `name` is the name of a facility ("Halden Central Station", "Morvale Airport"): nobody's home. */
export function facilityName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && FACILITY_HEADS.has(words[words.length - 1]!.toLowerCase());
}

/** Verbs of an act done at a place, right before "in" or "at" after the person ("Morek, speaking in Dravik,"). */
const ACT_AT_PLACE = new Set(['speaking', 'talking', 'writing', 'addressing', 'scored', 'scoring', 'played', 'playing', 'finished', 'raced', 'racing']);
/** Result verbs whose object is a side: "Rotor beat Halden in Orsk" plays Halden in Orsk, not at home. */
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'routed', 'thrashed', 'outplayed', 'drew', 'held', 'hosted', 'played']);

/**
 * True when a place after a person or a team is where one act happened: "Morek, speaking in Dravik,", "Istok scored
 * in Orsk", "Rotor beat Halden in Orsk" (the side beaten is named right after the result verb). The pair classifier's
 * home or seat there is a guess (rule event-venue-not-home). `before` is the sentence up to the person.
 */
export function eventVenue(before: readonly string[], between: readonly string[]): boolean {
  const words = between.map((w) => w.toLowerCase());
  const n = words.length;
  if (n === 0 || (words[n - 1] !== 'in' && words[n - 1] !== 'at')) return false;
  if (n >= 2 && ACT_AT_PLACE.has(words[n - 2]!) && words.slice(0, n - 2).every((w) => w === ',' || w === 'was' || w === 'were')) return true;
  return n === 1 && RESULT_VERBS.has((before[before.length - 1] ?? '').toLowerCase());
}

/** Words for a court or hearing that a place after "in" or "at" locates ("in federal court in Phoenix"). */
const COURT_WORDS = new Set(['court', 'courthouse', 'courtroom', 'tribunal', 'hearing', 'trial']);

/**
 * True when a place after a party is where a court sits: "sued Harlow Logistics in federal court in Denver", "charged
 * Ivo Renner in district court in Boise". The court is in the place; the party sued or charged is not, and the pair
 * classifier's home or seat there is a guess (rule court-place-not-seat).
 */
export function courtVenue(between: readonly string[]): boolean {
  const n = between.length;
  return n >= 2 && (between[n - 1] === 'in' || between[n - 1] === 'at') && COURT_WORDS.has(between[n - 2]!.toLowerCase());
}
