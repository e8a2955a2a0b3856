// '"We are seeing strong demand," said chief financial officer Petra Aaland.': a speaker named with a title and no
// organisation speaks for the one organisation the statement is about, named as the subject of this sentence or the
// one before it ("Corvane said first-quarter revenue would …"). Read only where that organisation is the one named
// in both sentences (rule title-sayer-of-subject).
import { isA, rootType, type EntityTypeName } from '../schema/schema.js';
import type { MentionCandidate, ResolvedEntity, Sentence } from '../pipeline/stage-types.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { isTitle } from './structural-patterns.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { WEEKDAYS } from '../recognition/lexicon/words.js';

/** Verbs of saying right before the speaker's title ("said chief executive Alan Pike"). */
const SAYING = new Set(['said', 'says', 'added', 'explained', 'noted']);
/** Most words of the title between the verb and the name. */
const MAX_TITLE_WORDS = 4;
/** Titles of public office: their holder speaks for a place or a government, not for a company named before. */
const OFFICES = new Set([
  'minister',
  'senator',
  'mayor',
  'governor',
  'ambassador',
  'president',
  'premier',
  'chancellor',
  'prosecutor',
  'judge',
  'lawmaker',
  'mp',
]);
/** What may stand before a sentence's subject ("The", an opening quotation mark). */
const BEFORE_SUBJECT = /^(?:the|["“'‘])?$/i;

export interface TitledSayer {
  person: Slot;
  role: string;
  employer: ResolvedEntity;
  mention: MentionCandidate;
  /** The rule that read it: the title after a verb of saying, or opening the sentence or after "by". */
  pattern: 'title-sayer-of-subject' | 'opening-title-of-subject' | 'bare-title-of-topic-company';
}

/** Kinds of body at which no one holds a company's post ("chief executive", "managing director"). */
const PUBLIC_BODIES: readonly EntityTypeName[] = ['GovernmentBody', 'MilitaryUnit'];
/** Words between a verb of saying and what it reports ("said on Monday that"), read past before a title. */
const REPORT_FILLER = new Set(['on', 'that', 'in', 'a', 'statement', 'late', 'earlier', ...WEEKDAYS]);
/** Most such words. */
const MAX_REPORT_FILLER = 4;

/**
 * Where a title starts after the words that may stand between a verb of saying and what it reports ("Pellham said on
 * Monday that Chief Financial Officer Daniel Oduya would leave"; rule report-filler-before-title).
 */
function titleAfterReportFiller(words: readonly string[], from: number): number {
  if (!ruleOn('report-filler-before-title')) return from;
  let k = from;
  while (k < from + MAX_REPORT_FILLER && REPORT_FILLER.has(words[k] ?? '')) k++;
  return k;
}

/** Titles of those who speak for a body by their post ("spokeswoman"). */
const SPOKES_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Words after which a bare title before a name is the named one's ("succeeded by finance director Jane Doe"). */
const BEFORE_OPENING_TITLE = new Set(['by']);

/**
 * Where the bare title before the person at `start` begins when it opens the sentence ("Chief executive Ruth Ames
 * said") or follows "by" ("will be succeeded by finance director Ruth Ames"), or -1 (rule opening-title-of-subject).
 */
function openingTitleStart(words: readonly string[], start: number, bodyStart: number): number {
  // '"We will defend ourselves," spokeswoman Priya Venkataraman said': a spokesman's title right after the closing
  // quotation mark opens the attribution as a title opens a sentence (rule quoted-title-of-subject). Only a spokesman
  // speaks for a body by his post alone: the chair or director of a quotation may hold it at a body the quotation names.
  const quoted = (k: number) =>
    afterClosingQuote(words, k) && words.slice(k, start).some((w) => SPOKES_TITLES.has(w.toLowerCase())) && ruleOn('quoted-title-of-subject');
  return titleStartBefore(words, start, bodyStart, isTitle, (k) => k === bodyStart || BEFORE_OPENING_TITLE.has(words[k - 1]!) || quoted(k));
}

/** Whether the word at `k` follows a closing quotation mark, perhaps after a comma ('"…," spokeswoman'). */
function afterClosingQuote(words: readonly string[], k: number): boolean {
  return CLOSING_QUOTES.test(words[k - 1] ?? '') || (words[k - 1] === ',' && CLOSING_QUOTES.test(words[k - 2] ?? ''));
}

/**
 * Where a title of at most MAX_TITLE_WORDS words before the word at `start` begins, the nearest first: its lower-cased
 * words `fit`, and the title `opensAt` its first word. -1 when none does.
 */
function titleStartBefore(
  words: readonly string[],
  start: number,
  bodyStart: number,
  fits: (title: string[]) => boolean,
  opensAt: (k: number) => boolean,
): number {
  for (let k = start - 1; k >= bodyStart && start - k <= MAX_TITLE_WORDS; k--) {
    if (opensAt(k) && fits(words.slice(k, start).map((w) => w.toLowerCase()))) return k;
  }
  return -1;
}

/** An entity named in one sentence: the entity and its mention there. */
export type SentenceMention = { entity: ResolvedEntity; mention: MentionCandidate };

/**
 * The speaker named after a verb of saying and a title without an organisation, and the one organisation named in
 * this sentence and the one before, when it opens one of them as its subject; undefined otherwise.
 */
export function titledSayer(
  view: SentenceView,
  here: readonly SentenceMention[],
  before: { sentence: Sentence; mentions: readonly SentenceMention[] } | undefined,
  text: string,
): TitledSayer | undefined {
  const { words } = view;
  const titledAfterSaying = (slot: Slot): boolean => {
    if (slot.root !== 'Person' || slot.mention.kind !== 'name') return false;
    const reach = MAX_TITLE_WORDS + (ruleOn('report-filler-before-title') ? MAX_REPORT_FILLER : 0);
    let k = slot.start - 1;
    while (k >= 0 && slot.start - k <= reach && !SAYING.has(words[k]!)) k--;
    if (k < 0 || !SAYING.has(words[k]!)) return false;
    const from = titleAfterReportFiller(words, k + 1);
    return from < slot.start && slot.start - from <= MAX_TITLE_WORDS && isTitle(words.slice(from, slot.start));
  };
  // Every sentence is asked, so the groups' slots are searched in place rather than copied into one list.
  let person: Slot | undefined;
  for (const group of view.groups) {
    person = group.slots.find(titledAfterSaying);
    if (person) break;
  }
  let title: string[];
  let pattern: TitledSayer['pattern'] = 'title-sayer-of-subject';
  if (person) {
    let k = person.start - 1;
    while (!SAYING.has(words[k]!)) k--;
    title = words.slice(titleAfterReportFiller(words, k + 1), person.start);
  } else {
    // "Chief executive Ruth Ames said the firm …", "He will be succeeded by finance director Ruth Ames": a bare title
    // that opens the sentence or follows "by" names the post too, at the organisation the text is about.
    if (!ruleOn('opening-title-of-subject')) return undefined;
    let start = -1;
    for (const group of view.groups) {
      person = group.slots.find(
        (slot) => slot.root === 'Person' && slot.mention.kind === 'name' && (start = openingTitleStart(words, slot.start, view.bodyStart)) >= 0,
      );
      if (person) break;
    }
    if (!person) return undefined;
    title = words.slice(start, person.start).map((w) => w.toLowerCase());
    pattern = 'opening-title-of-subject';
  }
  if (title.some((w) => OFFICES.has(w) || !/^[a-z-]+$/.test(w))) return undefined;
  // Under the opening title, an organisation named after the person is another's ("… Ruth Ames, a former director of
  // Fjordgas"): only those before it count.
  const beforePerson = pattern === 'opening-title-of-subject' ? here.filter((m) => m.mention.start < person!.mention.start) : here;
  const organisations = [...beforePerson, ...(before?.mentions ?? [])].filter((m) => rootType(m.entity.type) === 'Organization');
  const employers = new Set(organisations.map((m) => m.entity));
  if (employers.size !== 1) return undefined;
  const employer = organisations[0]!.entity;
  // "The Garda bureau is investigating Greyfen. Chief Executive Ruairi Dolan said".
  if (companyPostAtPublicBody(title, employer)) return undefined;
  const opens = (sentence: Sentence, sentenceText: string, mentions: readonly SentenceMention[]) =>
    mentions.find((m) => m.entity === employer && BEFORE_SUBJECT.test(sentenceText.slice(0, m.mention.start - sentence.start).trim()));
  const subject =
    opens(view.sentence, text.slice(view.sentence.start, view.sentence.end), here) ??
    (before && opens(before.sentence, text.slice(before.sentence.start, before.sentence.end), before.mentions));
  if (!subject) return undefined;
  return { person, role: title.join(' '), employer, mention: subject.mention, pattern };
}

/** Words of a corporate title ("chief financial officer", "managing director", "founder and chief executive"). */
const CORPORATE_TITLE_WORDS = new Set(
  `chief executive officer financial operating technology commercial ceo cfo coo cto chairman chairwoman chair managing
   director finance founder co-founder and president group deputy interim acting non-executive`.split(/\s+/),
);
/** Heads of a corporate title standing alone: "president" or "group" alone are no post at a company. */
const CORPORATE_HEADS = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'founder', 'co-founder']);
/** Words that make "director" a company's ("managing director"), where alone it may be a film's or an agency's. */
const DIRECTOR_QUALIFIERS = new Set(['managing', 'finance', 'executive', 'non-executive']);

/** A post at a company: "Officer" alone is a police rank, "Director" alone a film's or an agency's. */
function isCorporateTitle(title: readonly string[]): boolean {
  if (title.some((w) => CORPORATE_HEADS.has(w))) return true;
  if (title.includes('chief') && (title.includes('executive') || title.includes('officer'))) return true;
  return title.includes('director') && title.some((w) => DIRECTOR_QUALIFIERS.has(w));
}
/** Closing quotation marks, after which an attribution opens ('"…," Chief Executive Ulrike Brandt said'). */
const CLOSING_QUOTES = /^(?:["”'’]|'')$/;

/**
 * Where a bare corporate title before the person at `start` begins, when it opens the sentence, follows "by", or
 * follows a closing quotation mark and perhaps a comma; or -1.
 */
function bareCorporateTitleStart(words: readonly string[], start: number, bodyStart: number): number {
  return titleStartBefore(
    words,
    start,
    bodyStart,
    (title) => title.every((w) => CORPORATE_TITLE_WORDS.has(w)) && isCorporateTitle(title),
    (k) => k === bodyStart || words[k - 1] === 'by' || afterClosingQuote(words, k),
  );
}

/** Fewest mentions what a text is about has before the sentence. */
const TOPIC_MENTIONS = 2;

/**
 * What a text is about before a sentence, among the entities `counted` picks (by default organisations): the one
 * mentioned most often in the sentences before, at least twice and more often than any other. A news outlet, credited
 * or told, is never the organisation it is about. The counts run on as the sentences are read in order, so a long
 * document is counted once.
 */
export class DocumentTopic {
  private readonly counts = new Map<ResolvedEntity, number>();
  private next = 0;

  /** `counted` picks the entities the topic is chosen among: by default organisations other than news outlets. */
  constructor(
    private readonly bySentence: ReadonlyMap<number, readonly SentenceMention[]>,
    private readonly counted: (entity: ResolvedEntity) => boolean = (e) => rootType(e.type) === 'Organization' && e.type !== 'MediaOrganization',
  ) {}

  /** The topic before sentence `sentence`; sentences are asked in order. */
  before(sentence: number): ResolvedEntity | undefined {
    if (sentence < this.next) {
      this.counts.clear();
      this.next = 0;
    }
    for (; this.next < sentence; this.next++)
      for (const m of this.bySentence.get(this.next) ?? []) if (this.counted(m.entity)) this.counts.set(m.entity, (this.counts.get(m.entity) ?? 0) + 1);
    let top: [ResolvedEntity, number] | undefined;
    let runnerUp = 0;
    for (const entry of this.counts) {
      if (!top || entry[1] > top[1]) {
        runnerUp = top?.[1] ?? 0;
        top = entry;
      } else if (entry[1] > runnerUp) runnerUp = entry[1];
    }
    return top && top[1] >= TOPIC_MENTIONS && top[1] > runnerUp ? top[0] : undefined;
  }
}

/** A company's post named at a body of government or an army, where none is held (rule corporate-title-no-public-body). */
function companyPostAtPublicBody(title: readonly string[], body: ResolvedEntity): boolean {
  return isCorporateTitle(title) && PUBLIC_BODIES.some((kind) => isA(body.type, kind)) && ruleOn('corporate-title-no-public-body');
}

/**
 * '"The consumer is under pressure," Chief Executive Annika Strand told Reuters.', "Chief Financial Officer Peter Wallin
 * said the company would cut jobs": a person given a bare corporate title, with no other organisation named in the
 * sentence, holds the post at the organisation the text is about (rule bare-title-of-topic-company). The topic is asked
 * for only when a sentence holds such a title.
 */
export function titledOfTopic(view: SentenceView, here: readonly SentenceMention[], topicOf: () => ResolvedEntity | undefined): TitledSayer | undefined {
  const { words, sentence } = view;
  for (const group of view.groups) {
    for (const slot of group.slots) {
      if (slot.root !== 'Person' || slot.mention.kind !== 'name') continue;
      const start = bareCorporateTitleStart(words, slot.start, view.bodyStart);
      if (start < 0) continue;
      const topic = topicOf();
      if (!topic) return undefined;
      // An organisation told something ("told Reuters") is the statement's addressee, not another employer.
      const told = (m: SentenceMention) =>
        sentence.tokens.some((t, k) => t.end <= m.mention.start && /^(?:told|tells)$/i.test(t.text) && sentence.tokens[k + 1]?.start === m.mention.start);
      const other = (m: SentenceMention) =>
        rootType(m.entity.type) === 'Organization' && m.entity !== topic && m.entity.type !== 'MediaOrganization' && !told(m);
      if (here.some(other)) return undefined;
      const mention = here.find((m) => m.entity === topic)?.mention ?? topic.mentions.findLast((m) => m.sentence < view.sentence.index);
      if (!mention) return undefined;
      const title = words.slice(start, slot.start).map((w) => w.toLowerCase());
      // "Canada's broadcasting regulator renewed the licences of Télé-Boréal … chief executive Martine Gauvreau said":
      // however much the text is about a public body.
      if (companyPostAtPublicBody(title, topic)) return undefined;
      return { person: slot, role: title.join(' '), employer: topic, mention, pattern: 'bare-title-of-topic-company' };
    }
  }
  return undefined;
}
