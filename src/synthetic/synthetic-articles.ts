// Deterministic news-like articles for extraction benchmarks: a headline, a dateline and paragraphs of plausible
// English prose about invented organisations and people in real places, using the verbs the schema lists as relation
// signals, with roles, dates and quotes. The same seed gives the same corpus on every machine. Names are made up from
// syllables, so no benchmark figure depends on a list of known names.
import { relationTypes } from '../schema/schema.js';
import { seededRandom } from '../util/seeded-random.js';
import { itemAt } from '../util/checked-index.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../recognition/lexicon/words.js';

const FIRST = [
  'Anna',
  'Tomas',
  'Priya',
  'Daniel',
  'Mei',
  'Oluwaseun',
  'Sofia',
  'Rahul',
  'Grace',
  'Lukas',
  'Amira',
  'James',
  'Elena',
  'Kwame',
  'Hannah',
  'Mateo',
  'Yuki',
  'Fatima',
  'Peter',
  'Ingrid',
];
const SYLLABLES = ['bran', 'del', 'vor', 'ka', 'lin', 'mar', 'ost', 'ren', 'sa', 'tel', 'quin', 'hal', 'dor', 've', 'mont', 'ler', 'is', 'an', 'ber', 'gal'];
const COMPANY_NAME_ENDINGS = [
  'Group',
  'Holdings',
  'Systems',
  'Bank',
  'Energy',
  'Motors',
  'Labs',
  'Pharma',
  'Logistics',
  'Capital',
  'Media',
  'Airlines',
  'Telecom',
  'Foods',
];
const PUBLIC_BODIES = [
  'Ministry of Finance',
  'Ministry of Transport',
  'Ministry of Health',
  'Competition Authority',
  'Central Bank',
  'Environment Agency',
  'Supreme Court',
  'Transport Department',
];
const PLACES: [string, string][] = [
  ['Paris', 'France'],
  ['Lagos', 'Nigeria'],
  ['Mumbai', 'India'],
  ['Toronto', 'Canada'],
  ['Berlin', 'Germany'],
  ['Nairobi', 'Kenya'],
  ['Osaka', 'Japan'],
  ['Madrid', 'Spain'],
  ['Sydney', 'Australia'],
  ['Chicago', 'the United States'],
  ['Warsaw', 'Poland'],
  ['Santiago', 'Chile'],
  ['Cairo', 'Egypt'],
  ['Seoul', 'South Korea'],
];
const ROLES = [
  'chief executive',
  'chief financial officer',
  'chairman',
  'spokeswoman',
  'spokesman',
  'director',
  'head of research',
  'general counsel',
  'founder',
  'senior analyst',
  'minister',
  'president',
];
/** The working days, Monday to Friday. */
const WEEKDAYS = WEEKDAY_NAMES.slice(1, 6);
const OBJECTS = [
  'cloud services',
  'software licences',
  'medical equipment',
  'fuel supplies',
  'data analytics tools',
  'logistics support',
  'satellite imagery',
  'payment systems',
];
const QUOTES = [
  'We are confident this decision reflects the interests of our customers',
  'The agreement will create hundreds of jobs over the next three years',
  'We have seen no evidence that would change our assessment',
  'This is a difficult moment, but we will continue to work with our partners',
  'Our priority is to protect the people who depend on these services',
  'The figures show a clear improvement on last year',
];
const IRREGULAR: Record<string, string> = {
  make: 'made',
  build: 'built',
  run: 'ran',
  find: 'found',
  hold: 'held',
  give: 'gave',
  sell: 'sold',
  tell: 'told',
  write: 'wrote',
  lead: 'led',
  cut: 'cut',
  shoot: 'shot',
  slay: 'slew',
  fight: 'fought',
  strike: 'struck',
  stop: 'stopped',
  ban: 'banned',
  spy: 'spied',
  drop: 'dropped',
  plan: 'planned',
  withdraw: 'withdrew',
  pay: 'paid',
  ally: 'allied',
  rely: 'relied',
  begin: 'began',
};

/** Simple past of a verb lemma: the irregular table, then the usual spelling rules. */
export function pastTense(verb: string): string {
  if (IRREGULAR[verb]) return IRREGULAR[verb];
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

export interface SyntheticArticle {
  name: string;
  text: string;
  /** Whitespace-separated words, a rough token count for sizing corpora. */
  words: number;
}

export interface SyntheticArticlesOptions {
  articles: number;
  /** Paragraphs per article (default 6). */
  paragraphs?: number;
  seed?: number;
}

/** `options.articles` articles, the same for the same seed. */
export function syntheticArticles(options: SyntheticArticlesOptions): SyntheticArticle[] {
  const random = seededRandom(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => itemAt(list, Math.floor(random() * list.length));

  const word = (parts: number) => {
    let text = '';
    for (let i = 0; i < parts; i += 1) text += pick(SYLLABLES);
    return itemAt(text, 0).toUpperCase() + text.slice(1);
  };
  const verbs = relationTypes.flatMap((type) => (type.signals?.verbs ?? []) as string[]);
  const out: SyntheticArticle[] = [];
  for (let a = 0; a < options.articles; a += 1) {
    const people = Array.from({ length: 4 }, () => `${pick(FIRST)} ${word(2)}`);
    const orgs = Array.from({ length: 3 }, () => `${word(2)} ${pick(COMPANY_NAME_ENDINGS)}`);
    const body = pick(PUBLIC_BODIES);
    const [city, country] = pick(PLACES);
    const year = 2015 + Math.floor(random() * 10);
    const date = () => `${1 + Math.floor(random() * 28)} ${pick(MONTH_NAMES)} ${year}`;
    const roleOf = (i: number) => `${people[i]}, the ${pick(ROLES)} of ${orgs[i % orgs.length]}`;
    const headline = `${orgs[0]} ${pastTense(pick(verbs))} ${orgs[1]} in ${country} deal`;
    const paragraphs: string[] = [
      `${city.toUpperCase()} (${pick(WEEKDAYS)}) - ${orgs[0]} ${pastTense(pick(verbs))} ${orgs[1]} on ${date()}, ${roleOf(0)} said, in a move that surprised analysts in ${city}.`,
    ];
    const count = options.paragraphs ?? 6;
    for (let p = 1; p < count; p += 1) {
      const i = Math.floor(random() * people.length);
      const j = Math.floor(random() * orgs.length);
      switch (Math.floor(random() * 5)) {
        case 0:
          paragraphs.push(`"${pick(QUOTES)}," said ${roleOf(i)}. The ${body} of ${country} declined to comment.`);
          break;
        case 1:
          paragraphs.push(
            `${people[i]} ${pastTense(pick(verbs))} ${orgs[j]} last year, according to documents seen by reporters. ${orgs[j]} said it had ${pastTense(pick(verbs))} ${pick(OBJECTS)} to the ${body} since ${year - 2}.`,
          );
          break;
        case 2:
          paragraphs.push(
            `${orgs[j]}, which is based in ${city}, ${pastTense(pick(verbs))} ${pick(OBJECTS)} to ${orgs[(j + 1) % orgs.length]} in ${pick(MONTH_NAMES)}. Shares in ${orgs[j]} rose ${1 + Math.floor(random() * 9)} per cent.`,
          );
          break;
        case 3:
          paragraphs.push(
            `The ${body} ${pastTense(pick(verbs))} ${orgs[j]} after ${people[i]} told lawmakers on ${date()} that the company had not ${pastTense(pick(verbs))} any rules. "${pick(QUOTES)}," ${itemAt(people, i).split(' ')[0]} added.`,
          );
          break;
        default:
          paragraphs.push(
            `${people[i]} joined ${orgs[j]} as ${pick(ROLES)} in ${year - 1}, having previously worked for ${orgs[(j + 2) % orgs.length]} in ${pick(PLACES)[0]}.`,
          );
      }
    }
    const text = `${headline}\n\n${paragraphs.join('\n\n')}\n`;
    out.push({ name: `article-${String(a).padStart(5, '0')}.txt`, text, words: text.split(/\s+/).filter(Boolean).length });
  }
  return out;
}
