// "Dalmore District Attorney Alma Ruiz … the Dalmore D.A.'s office": a prosecutor or a sheriff titled with a place
// holds the office of that place, and when the article names the office itself ("the Dalmore District Attorney's
// Office") the person works for it (rule titled-place-office). The place and the kind of office must both agree:
// "Dalmore District Attorney" is not of "the Halvern District Attorney's Office", nor of "the Dalmore Sheriff's Office".
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { rootType } from '../schema/schema.js';
import { PATTERN_CONFIDENCE } from './relation-confidences.js';
import type { RelationCandidate, ResolvedEntity, SegmentedDocument } from '../pipeline/stage-types.js';

/** An office's name as compared: lower case, "D.A." spelled out, one kind of apostrophe, no article before it. */
function officeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\bd\.?a\.?(?='s\b)/, 'district attorney')
    .replace(/^the /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a title that may stand between the place and the office's own title ("Lyon Public Prosecutor" of "the Lyon Prosecutor's Office"). */
const TITLE_MODIFIERS = /\b(?:public|chief|deputy|assistant|senior|acting|elected|interim) /g;

/** Words of an office's title, none of them a place ("district attorney's office", "the county sheriff's office"). */
const OFFICE_WORDS = new Set(['district', 'state', "state's", 'county', 'city', 'public', 'chief', 'deputy', 'assistant', 'attorney', 'prosecutor', 'sheriff']);

/** Most characters read before a name for the place and the title. */
const READ_BEFORE_NAME = 80;

/** The place and title an office's key names ("dalmore district attorney" of "dalmore district attorney's office"), when it is an office of prosecution or a sheriff's. */
function officeTitle(key: string): string | undefined {
  const title = /^(.+ (?:attorney|prosecutor|sheriff))'s office$/.exec(key)?.[1];
  // A place must stand before the title: "the District Attorney's Office" alone is of no place.
  return title && !title.split(' ').every((w) => OFFICE_WORDS.has(w)) ? title : undefined;
}

/**
 * WORKS_FOR from each person titled, right before the name, with the place and the title of an office of prosecution
 * or a sheriff's the article names ("Dalmore District Attorney Alma Ruiz" and "the Dalmore D.A.'s office").
 */
export function titledPlaceOffices(doc: SegmentedDocument, relations: readonly RelationCandidate[], entities: readonly ResolvedEntity[]): RelationCandidate[] {
  if (!ruleOn('titled-place-office')) return [];
  const offices = new Map<string, ResolvedEntity>();
  for (const entity of entities) {
    if (rootType(entity.type) !== 'Organization') continue;
    for (const name of new Set([entity.name, ...entity.aliases])) {
      const title = officeTitle(officeKey(name));
      if (title) offices.set(title.replace(TITLE_MODIFIERS, ''), entity);
    }
  }
  if (offices.size === 0) return [];
  const found: RelationCandidate[] = [];
  for (const person of entities) {
    if (rootType(person.type) !== 'Person') continue;
    for (const mention of person.mentions) {
      if (mention.doc !== doc.id || mention.kind !== 'name') continue;
      const sentence = doc.sentences[mention.sentence];
      if (!sentence) continue;
      const within = doc.text.slice(mention.start, mention.end).lastIndexOf(person.name);
      const nameAt = within >= 0 ? mention.start + within : mention.start;
      const written = officeKey(doc.text.slice(Math.max(sentence.start, nameAt - READ_BEFORE_NAME), nameAt));
      const before = written.replace(TITLE_MODIFIERS, '');
      const office = [...offices].find(([title]) => before === title || before.endsWith(` ${title}`))?.[1];
      const stated = (r: RelationCandidate) => r.type === 'WORKS_FOR' && r.source === person.id && r.target === office?.id;
      if (!office || found.some(stated) || relations.some(stated)) continue;
      const role = /(?:(?:district|state|state's|public|chief|deputy|assistant) )?(?:attorney|prosecutor|sheriff)$/.exec(written)?.[0] ?? '';
      found.push(postHeld(doc, person, office, role, sentence, 'titled-place-office'));
    }
  }
  return found;
}

/** A judge's title right before a name ("Judge", "Justice", "Ms Justice", "Chief Magistrate"). */
const JUDGE_TITLE = /\b(judge|justice|magistrate)\s+$/i;
/** The last word of a court's or a tribunal's name ("the High Court", "the Employment Tribunal", "the Law Courts"). */
const COURT_NAME = /\b(?:court|courts|tribunal)\b/i;

/**
 * WORKS_FOR from each person titled a judge right before the name ("Justice Catherine Oyelaran found") to the court,
 * when the article names one court or tribunal only and nothing else gives the judge a post (rule judge-of-the-one-court).
 * The story of a ruling names the court that gave it; a judge named in it sits on that court.
 */
export function judgesOfTheOneCourt(doc: SegmentedDocument, relations: readonly RelationCandidate[], entities: readonly ResolvedEntity[]): RelationCandidate[] {
  if (!ruleOn('judge-of-the-one-court')) return [];
  const courts = entities.filter((e) => rootType(e.type) === 'Organization' && COURT_NAME.test(e.name));
  const [court] = courts;
  if (courts.length !== 1 || !court) return [];
  const found: RelationCandidate[] = [];
  for (const person of entities) {
    if (rootType(person.type) !== 'Person') continue;
    if (relations.some((r) => r.source === person.id && (r.type === 'WORKS_FOR' || r.type === 'HOLDS_ROLE_IN'))) continue;
    // The title may stand inside the mention ("Ms Justice Aoife Tierney") or right before it.
    const before = (m: (typeof person.mentions)[number]) => {
      const within = doc.text.slice(m.start, m.end).lastIndexOf(person.name);
      return doc.text.slice(Math.max(0, m.start - 20), within > 0 ? m.start + within : m.start);
    };
    const titled = person.mentions.find((m) => m.doc === doc.id && m.kind === 'name' && JUDGE_TITLE.test(before(m)));
    const sentence = titled && doc.sentences[titled.sentence];
    if (!titled || !sentence) continue;
    const role = JUDGE_TITLE.exec(before(titled))![1]!.toLowerCase();
    found.push(postHeld(doc, person, court, role, sentence, 'judge-of-the-one-court'));
  }
  return found;
}

/**
 * WORKS_FOR from `person` to the body, with the role and the sentence that gives the title; the sentence that names the
 * body is evidence too, when it is another.
 */
function postHeld(
  doc: SegmentedDocument,
  person: ResolvedEntity,
  body: ResolvedEntity,
  role: string,
  sentence: { start: number; end: number },
  pattern: 'titled-place-office' | 'judge-of-the-one-court',
): RelationCandidate {
  const named = body.mentions.find((m) => m.doc === doc.id);
  const bodySentence = named ? doc.sentences[named.sentence] : undefined;
  return {
    source: person.id,
    target: body.id,
    type: 'WORKS_FOR',
    properties: { role },
    confidence: PATTERN_CONFIDENCE[pattern].value,
    evidence: { doc: doc.id, start: sentence.start, end: sentence.end },
    ...(bodySentence && bodySentence.start !== sentence.start ? { support: [{ doc: doc.id, start: bodySentence.start, end: bodySentence.end }] } : {}),
  };
}
