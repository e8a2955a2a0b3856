// The text of reports/quality.md: the evaluation table, the per-article figures, and how each set is scored.
import type { ArticleScore } from './articles-set.js';
import type { Baseline } from './quality-table.js';

const fmt = (x: number): string => x.toFixed(3);

/** A round of invented stories written and annotated blind: its set name, folder under test/fixtures, and labels. */
export interface InventedRound {
  readonly set: string;
  readonly folder: string;
  /** The row label of `npm run eval`'s table. */
  readonly label: string;
  /** The heading of its per-story table in the report. */
  readonly heading: string;
}

export const INVENTED_ROUNDS = [
  { set: 'invented', folder: 'invented-articles', label: 'Invented articles, blind-annotated', heading: 'Invented articles, one by one' },
  {
    set: 'invented2',
    folder: 'invented-articles-2',
    label: 'Invented articles, second blind round',
    heading: 'Invented articles of the second blind round, one by one',
  },
  {
    set: 'invented3',
    folder: 'invented-articles-3',
    label: 'Invented articles, third blind round',
    heading: 'Invented articles of the third blind round, one by one',
  },
  {
    set: 'invented4',
    folder: 'invented-articles-4',
    label: 'Invented articles, fourth blind round',
    heading: 'Invented articles of the fourth blind round, one by one',
  },
  {
    set: 'invented5',
    folder: 'invented-articles-5',
    label: 'Invented articles, fifth blind round',
    heading: 'Invented articles of the fifth blind round, one by one',
  },
  {
    set: 'invented6',
    folder: 'invented-articles-6',
    label: 'Invented articles, sixth blind round',
    heading: 'Invented articles of the sixth blind round, one by one',
  },
  {
    set: 'invented7',
    folder: 'invented-articles-7',
    label: 'Invented articles, seventh blind round',
    heading: 'Invented articles of the seventh blind round, one by one',
  },
  {
    set: 'invented8',
    folder: 'invented-articles-8',
    label: 'Invented articles, eighth blind round',
    heading: 'Invented articles of the eighth blind round, one by one',
  },
  {
    set: 'invented9',
    folder: 'invented-articles-9',
    label: 'Invented articles, ninth blind round',
    heading: 'Invented articles of the ninth blind round, one by one',
  },
  {
    set: 'invented10',
    folder: 'invented-articles-10',
    label: 'Invented articles, tenth blind round',
    heading: 'Invented articles of the tenth blind round, one by one',
  },
  {
    set: 'invented11',
    folder: 'invented-articles-11',
    label: 'Invented articles, eleventh blind round',
    heading: 'Invented articles of the eleventh blind round, one by one',
  },
  {
    set: 'invented12',
    folder: 'invented-articles-12',
    label: 'Invented articles, twelfth blind round',
    heading: 'Invented articles of the twelfth blind round, one by one',
  },
  {
    set: 'invented13',
    folder: 'invented-articles-13',
    label: 'Invented articles, thirteenth blind round',
    heading: 'Invented articles of the thirteenth blind round, one by one',
  },
  {
    set: 'invented14',
    folder: 'invented-articles-14',
    label: 'Invented articles, fourteenth blind round',
    heading: 'Invented articles of the fourteenth blind round, one by one',
  },
  {
    set: 'invented15',
    folder: 'invented-articles-15',
    label: 'Invented articles, fifteenth blind round',
    heading: 'Invented articles of the fifteenth blind round, one by one',
  },
  {
    set: 'invented16',
    folder: 'invented-articles-16',
    label: 'Invented articles, sixteenth blind round',
    heading: 'Invented articles of the sixteenth blind round, one by one',
  },
  {
    set: 'invented17',
    folder: 'invented-articles-17',
    label: 'Invented articles, seventeenth blind round',
    heading: 'Invented articles of the seventeenth blind round, one by one',
  },
  {
    set: 'invented18',
    folder: 'invented-articles-18',
    label: 'Invented articles, eighteenth blind round',
    heading: 'Invented articles of the eighteenth blind round, one by one',
  },
  {
    set: 'invented19',
    folder: 'invented-articles-19',
    label: 'Invented articles, nineteenth blind round',
    heading: 'Invented articles of the nineteenth blind round, one by one',
  },
  {
    set: 'invented20',
    folder: 'invented-articles-20',
    label: 'Invented articles, twentieth blind round',
    heading: 'Invented articles of the twentieth blind round, one by one',
  },
  {
    set: 'invented21',
    folder: 'invented-articles-21',
    label: 'Invented articles, twenty-first blind round',
    heading: 'Invented articles of the twenty-first blind round, one by one',
  },
  {
    set: 'invented22',
    folder: 'invented-articles-22',
    label: 'Invented articles, twenty-second blind round',
    heading: 'Invented articles of the twenty-second blind round, one by one',
  },
  {
    set: 'invented23',
    folder: 'invented-articles-23',
    label: 'Invented articles, twenty-third blind round',
    heading: 'Invented articles of the twenty-third blind round, one by one',
  },
] as const satisfies readonly InventedRound[];

export interface RoundScores {
  readonly round: InventedRound;
  readonly scores: readonly ArticleScore[];
}

/** The whole report. */
export function reportText(
  table: string,
  articles: readonly ArticleScore[],
  rounds: readonly RoundScores[],
  commit: string,
  baseline?: Baseline,
  switched = '',
): string {
  const lines = (scores: readonly ArticleScore[]): string =>
    scores
      .map((a) => `| ${a.article} | ${fmt(a.entityF1)} | ${fmt(a.typeAccuracy)} | ${fmt(a.coreRelationRecall)} | ${fmt(a.typedRelationPrecision)} |`)
      .join('\n');
  return `# Extraction quality

Every development measure of \`kg extract\`, run through the real CLI (\`bin/kg.js\`). Regenerate with \`npm run eval\`
(under half a minute on two cores); \`npm run eval -- --only SET\` runs one set, \`--without RULE_ID\` switches a named
rule off, \`--with RULE_ID\` switches on one that is off by default. Figures at commit \`${commit}\`; "Baseline" is commit \`${baseline?.commit ?? '–'}\` (${baseline?.recorded ?? '–'}),
kept in \`reports/quality-baseline.json\`.${switched ? `\n\n**${switched}**` : ''}

${table}

## Development articles, one by one

| Article | Entity F1 | Type accuracy | Core relation recall | Typed relation precision |
|---|---|---|---|---|
${lines(articles)}

${rounds
  .map(
    ({ round, scores }) => `## ${round.heading}

| Article | Entity F1 | Type accuracy | Core relation recall | Typed relation precision |
|---|---|---|---|---|
${lines(scores)}

`,
  )
  .join('')}## How each set is scored

- **CoNLL-2003 valid (kg extract)**: each of the 216 \`-DOCSTART-\` documents is one .txt (tokens joined by spaces,
  one sentence a line), all extracted by one \`kg extract\` over the folder. Name mentions are scored by exact
  character span against the PER/ORG/LOC gold; an entity type counts as PER, ORG or LOC by its root type (Person,
  Organization, Location); MISC gold and Product/Event/Group mentions are not scored.
- **CoNLL-2003 valid (tagger alone)**: the shipped tagger on the same sentences, token spans, no pipeline.
- **CrossRE news dev**: the 1,670 CrossRE dev sentences placed, token for token, on the CoNLL-2003 valid documents
  and scored on the same graph. Labels are read as schema relation types by \`scripts/eval/crossre-relation-map.json\`;
  labels the schema has no type for are not scored. A relation counts when its type is one its label maps to and
  both endpoints have name mentions on exactly the gold spans, in the mapped direction. The held-out part (sentences
  of odd-numbered valid documents) is for reporting only: no training, rule or mapping is read from it.
- **CoNLL04 dev**: each sentence one .txt, one \`kg extract\` over the folder; strict micro P/R/F1 over Work_For,
  Kill, OrgBased_In, Live_In and Located_In (exact spans, label and direction).
- **Development articles and the sample article**: one \`kg extract\` per article, scored by
  \`../shared/eval/score.mjs\` (entity F1 and type accuracy over core gold entities, strict core relation recall,
  typed relation precision); the table gives the mean over articles.
- **Invented articles, blind-annotated**: news stories written for the project in the manner of BBC News 2004-05
  and of 2023 web news (invented people and companies), in \`test/fixtures/invented-articles/\`, each with a gold
  graph made by the development set's guidelines before the extractor was run on it; scored as the development
  articles. The name of each file opens with its genre. Rules have been read from some of them (see
  \`reports/relations.md\`), so they measure unseen text only for the rules written before they were.
- **Invented articles, second blind round**: fifteen more such stories in five other genres (courts and crime,
  health and science, energy and climate, elections outside the US and the UK, business wire), written and annotated
  the same way after the first round's rules were in, in \`test/fixtures/invented-articles-2/\`, scored as the
  development articles. Their figures at the commit they were written against are in \`reports/relations.md\`
  ("Second blind-annotated round"); rules read from them since are named there.
- **Invented articles, third blind round**: stories in two more genres (sport and UK/US regional news; technology and
  world news outside Europe and North America), written and annotated the same way on 2026-12-06, in
  \`test/fixtures/invented-articles-3/\`, scored as the development articles. No rule has been read from them.
- **Invented articles, fourth blind round**: sixteen stories in four more genres (science, health and education;
  crime, police, courts and local government; energy, transport and environment; media, culture and consumer
  technology), written and annotated the same way on 2026-12-06, in \`test/fixtures/invented-articles-4/\`, scored as
  the development articles. Two relation families the writers could not look up were set by the schema before the
  extractor was run (an acquisition is TRANSACTION, a developed product OWNERSHIP). No rule has been read from them.
`;
}
