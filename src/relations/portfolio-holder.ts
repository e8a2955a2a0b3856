// "Energy Minister Khaled al-Masri told reporters", "Health Cabinet Secretary Peter Kamau said": a minister named with a
// bare portfolio, no country or place before the title, is a minister of the government the story is about. The
// ministry is the one the document names with that portfolio ("Ministry of Energy and Mineral Resources"); failing
// one, the office is held in the country the story is about (rule portfolio-minister-of-story).
import { rootType } from '../schema/schema.js';
import type { MentionCandidate, ResolvedEntity } from '../pipeline/stage-types.js';
import { PORTFOLIO_WORDS } from '../recognition/lexicon/words.js';
import { countryOfWord } from '../recognition/nationality-phrases.js';
import type { SentenceView, Slot } from './sentence-view.js';
import type { SentenceMention } from './titled-sayer.js';

/** The titles a portfolio names, as in the recognition of the title ("Energy Minister", "Health Secretary"). */
const MINISTER_TITLES = new Set(['minister', 'secretary']);
/** Words that may open the title before the portfolio ("Deputy Health Minister"). */
const TITLE_OPENERS = new Set(['deputy', 'acting', 'interim', 'former', 'junior', 'state']);
/** A word before the title that makes it another's: an opposition's post, or a government's named by its possessive. */
const NOT_IN_GOVERNMENT = new Set(['shadow', "'s", '’s', "'", 'opposition']);
/**
 * Portfolios whose ministers deal with other states and are named in stories about other countries ("Foreign Minister
 * David Levy" in a story about Germany): their government is not found by counting.
 */
const OUTWARD_PORTFOLIOS = new Set(['foreign', 'external', 'defence', 'defense']);
/** The head words of a ministry's name ("Ministry of Energy and Mineral Resources", "Agriculture Department"). */
const MINISTRY_HEADS = /\b(?:ministry|department)\b/i;

export interface PortfolioHolder {
  person: Slot;
  role: string;
  /** The ministry named with the portfolio, or the country the story is about. */
  post: ResolvedEntity;
  mention: MentionCandidate;
  /** WORKS_FOR a ministry, HOLDS_ROLE_IN a country. */
  type: 'WORKS_FOR' | 'HOLDS_ROLE_IN';
}

/**
 * Where the bare portfolio title before the name at `start` begins ("Environment Minister", "Health Cabinet
 * Secretary"), or -1: a minister's or secretary's title, perhaps "Cabinet" before it, one to three portfolio words,
 * and before them no capitalised word, possessive or "shadow" that would make the post another's. `words` are the
 * view's lower-cased words, `texts` the same words as written.
 */
function portfolioTitleStart(words: readonly string[], texts: readonly string[], start: number, bodyStart: number): number {
  let k = start - 1;
  if (k < bodyStart || !MINISTER_TITLES.has(words[k]!)) return -1;
  if (words[k - 1] === 'cabinet') k--;
  let portfolio = 0;
  while (k - 1 >= bodyStart && portfolio < 3 && PORTFOLIO_WORDS.has(words[k - 1]!)) {
    k--;
    portfolio++;
  }
  if (portfolio === 0 || /^labou?r$/.test(words[k]!)) return -1;
  while (k - 1 >= bodyStart && TITLE_OPENERS.has(words[k - 1]!)) k--;
  // Capitals are read from the words as written: the lower-cased words hide "US Homeland Security Secretary".
  const before = texts[k - 1];
  if (before === undefined || k === bodyStart) return k;
  if (NOT_IN_GOVERNMENT.has(before.toLowerCase()) || (/^\p{Lu}/u.test(before) && !/^(?:The|A|An)$/.test(before))) return -1;
  return k;
}

/**
 * The post of a person named after a bare portfolio title, when no place follows the name after "of": the ministry
 * whose name holds one of the portfolio's words, when exactly one is named in the document, or else the country the
 * story is about.
 */
export function portfolioHolder(
  view: SentenceView,
  here: readonly SentenceMention[],
  doc: string,
  ministries: readonly ResolvedEntity[],
  topicCountry: () => ResolvedEntity | undefined,
): PortfolioHolder | undefined {
  const { words } = view;
  for (const group of view.groups) {
    for (const person of group.slots) {
      if (person.root !== 'Person' || person.mention.kind !== 'name') continue;
      const start = portfolioTitleStart(words, view.texts, person.start, view.bodyStart);
      if (start < 0) continue;
      // "Energy Minister Ana Reyes of Peru": a country after "of" names the government, which the sentence's own
      // patterns read (one before the title is kept out by the title's start).
      const ofAt = words[person.end] === 'of' ? view.sentence.tokens[person.end + 1]?.start : undefined;
      if (ofAt !== undefined && here.some((m) => m.mention.start === ofAt && rootType(m.entity.type) === 'Location')) return undefined;
      const title = words.slice(start, person.start);
      const portfolio = title.filter((w) => PORTFOLIO_WORDS.has(w));
      if (portfolio.some((w) => OUTWARD_PORTFOLIOS.has(w))) return undefined;
      const ministry = ministries.filter((e) => portfolio.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(e.name)));
      const inDocument = (e: ResolvedEntity) => e.mentions.findLast((m) => m.doc === doc && m.sentence <= view.sentence.index);
      if (ministry.length === 1) {
        const post = ministry[0]!;
        const mention = here.find((m) => m.entity === post)?.mention ?? inDocument(post);
        if (!mention) return undefined;
        return { person, role: title.join(' '), post, mention, type: 'WORKS_FOR' };
      }
      if (ministry.length > 1) return undefined;
      const country = topicCountry();
      if (!country) return undefined;
      const mention = inDocument(country);
      if (!mention) return undefined;
      return { person, role: title.join(' '), post: country, mention, type: 'HOLDS_ROLE_IN' };
    }
  }
  return undefined;
}

/** The document's ministries and departments, by their names. */
export function ministriesOf(entities: readonly ResolvedEntity[]): ResolvedEntity[] {
  // "the German Foreign Ministry": a ministry named with its country is that country's, whoever the story is about.
  const ofCountry = (name: string) => name.split(' ').some((w) => countryOfWord(w, true) ?? countryOfWord(w, false));
  return entities.filter((e) => e.type === 'GovernmentBody' && MINISTRY_HEADS.test(e.name) && !ofCountry(e.name));
}
