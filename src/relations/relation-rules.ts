// The named rules of relation extraction, each switchable for measurement (src/rules/rule-switch.ts): a pattern's id
// is the `pattern` name its matches carry, so `npm run eval -- --without ID` shows what it costs or gains on every set
// (reports/relations.md). relate.ts asks `relationRuleOn(match.pattern)` before it keeps a match.
import { defineRule, type Rule } from '../rules/rule-switch.js';

const PATTERNS = 'test/unit/relate-patterns.test.ts';
const NEWS = 'test/unit/relate-news-types.test.ts';
const CLAUSES = 'test/unit/relate-clauses-and-nouns.test.ts';
const MODALITY = 'test/unit/relation-modality.test.ts';
const ACROSS = 'test/unit/relate-across-sentences.test.ts';
const NOMINAL = 'test/unit/relate-nominal-relations.test.ts';

const rule = (id: string, does: string, example: string, test: string, defaultOn?: boolean): [string, Rule] => [
  id,
  defineRule({ id, does, example, test, ...(defaultOn === undefined ? {} : { defaultOn }) }),
];
/** Rules that help the half of the development articles they were read from but not the other half: off until they do. */
const MEASURING = false;

const RULES = new Map<string, Rule>([
  rule(
    'title-before-name',
    'An organisation, a title and a name: the person works for it in that role.',
    'Helvantis Corporation chief executive Tomas Brandt announced the results.',
    `${PATTERNS}: turns an organisation title before a name into WORKS_FOR`,
  ),
  rule(
    'title-nominal',
    'An organisation inside a definite title that refers back to a person ("the former Acme executive"): the person works for it.',
    'Tomas Brandt joined Helvantis Corporation. The former Quorra Systems executive has spent a year there.',
    `${ACROSS}: reads the organisation in a title that refers back to a person`,
  ),
  rule(
    'reaction-to-event',
    'A reaction to "the decision", "the move" or "the ruling" is aimed at whoever took the act stated before.',
    'Helvantis Corporation halted its services to Quorra Systems. Rights groups welcomed the decision.',
    `${ACROSS}: aims a reaction to an earlier act at the one who took it`,
  ),
  rule(
    'title-of-org-name',
    '"the title of Org, Person": the person holds the title there.',
    'The deputy secretary of the Acme Foundation, Jane Doe, spoke.',
    `${PATTERNS}: reads "the title of Org, Person" as WORKS_FOR with the role`,
  ),
  rule(
    'title-for-org-name',
    '"a spokeswoman for Org, Person", "a lawyer for Org, Person": the person holds the title there, as with "of".',
    'A spokeswoman for Tallis Capital, Megan Rourke, said the company was reviewing the complaint.',
    `${PATTERNS}: reads "the title for Org, Person" as WORKS_FOR with the role`,
  ),
  rule(
    'apposition-title-of',
    '"Person, title of/at/for Org" (or of a country for an office): the person holds the title there.',
    'Maria Lopez, executive director of the Harbor Trust, said the plan was sound.',
    `${PATTERNS}: turns a title apposition into WORKS_FOR with the role`,
  ),
  rule(
    'age-aside',
    'A person\'s age set off by commas ("Haldane, 61, the founder of Brightwater") stands aside: the apposition after it still describes the person.',
    'Corwin Haldane, 61, the founder of Brightwater Properties, was charged with fraud.',
    `${PATTERNS}: reads an apposition after a person's age`,
  ),
  rule(
    'apposition-org-title',
    '"Person, Org\'s title" or "Person, a senior Org official": the person works for it.',
    'Jane Doe, a senior Acme official, declined to comment.',
    `${PATTERNS}: reads the employer after title modifiers in an apposition`,
  ),
  rule(
    'name-of-org',
    '"Person of Org": the person works for it.',
    'Emmanuel Gaillard of Shearman and Sterling said so.',
    `${PATTERNS}: reads "set up" as founding, and "Person (aside) of Org" past the aside`,
  ),
  rule(
    'killer-before-name',
    '"Victim assassin Person" / "the victim\'s killer, Person": the person killed the victim.',
    'King assassin James Earl Ray died in prison.',
    `${PATTERNS}: reads the killer named by the deed, before the name or in an apposition`,
  ),
  rule(
    'apposition-killer-of',
    '"Person, assassin of Victim": the person killed the victim.',
    'John Wilkes Booth, assassin of Lincoln, fled.',
    `${PATTERNS}: reads the killer named by the deed, before the name or in an apposition`,
  ),
  rule(
    'possessive-party',
    "A person's party, union or league is one they belong to.",
    "Narendra Modi's BJP party won the vote.",
    `${NEWS}: reads membership of a party or an alliance as MEMBER_OF, and not also as employment`,
  ),
  rule(
    'possessive-product',
    "Org's Product: the owner makes or owns it.",
    "Microsoft's Azure platform was used.",
    `${PATTERNS}: keeps a brand written in camel case that the tagger reads as MISC`,
  ),
  rule(
    'possessive-place',
    "Place's Org or Place's square: it lies in the place.",
    "Beijing's Tiananmen Square was closed.",
    `${PATTERNS}: places a place by its apposition, a compass point, a part of another place or a possessive`,
  ),
  rule(
    'place-persons-home',
    '"Place, Person\'s home state": the person comes from the place.',
    "Voters in Ohio, Helen Okafor's home state, backed the plan.",
    `${PATTERNS}: reads where a person lives from a place that qualifies what they do, or from a possessive place`,
  ),
  rule(
    'office-of-place-apposition',
    'An office of a place set off by a comma before a name: the person holds the office there.',
    'The finance minister of Norway, Ingrid Solvang, said the budget would be cut.',
    `${NEWS}: reads an office of a place set off before a name as held there`,
  ),
  rule(
    'place-title-name',
    'A place, an office title and a name: the person holds the office there.',
    'France coach Didier Deschamps named his squad.',
    `${NEWS}: reads a title after a country as an office held there, not a home`,
  ),
  rule(
    'place-title-head',
    'A verb before a place, an office title and a name ("accused Ohio Governor Jane Doe") reaches the person, the head of the phrase, not the place that qualifies the office.',
    'House Republicans accused Ohio Governor Jane Doe of abusing her power.',
    `${NEWS}: reaches the person after a place and an office title, not the place`,
  ),
  rule(
    'place-name',
    'A place, an occupation or nothing, and a name: the person lives there.',
    'Denver teacher Helen Okafor said the school would reopen.',
    `${PATTERNS}: reads where a person lives from a place that qualifies what they do, or from a possessive place`,
  ),
  rule(
    'apposition-place-occupation',
    '"Person, a Place occupation": the person lives there.',
    'Helen Okafor, a Denver teacher, said the school would reopen.',
    `${PATTERNS}: reads where a person lives from a place that qualifies what they do, or from a possessive place`,
  ),
  rule('possessive-home-of', '"Person\'s hometown of Place": the person comes from there.', "Jane Doe's hometown of Leeds celebrated.", PATTERNS),
  rule(
    'possessive-place-home',
    '"Person\'s Place home": the person lives there.',
    "Investigators searched John Smith's London house last week.",
    `${PATTERNS}: reads where a person lives from a place that qualifies what they do, or from a possessive place`,
  ),
  rule(
    'place-comma-place',
    '"Place, Place" (a smaller place, then the one holding it).',
    'Seattle, Washington, hosted it.',
    `${PATTERNS}: places a place by its apposition, a compass point, a part of another place or a possessive`,
  ),
  rule(
    'unranked-place-comma-city',
    'A place of no known rank set off before a city by a comma ("at Edgbaston, Birmingham") lies in that city.',
    'The final is at Harlow Fields, Manchester, on Sunday.',
    `${PATTERNS}: puts a place of no known rank in the city after its comma`,
  ),
  rule(
    'in-place',
    '"X in [northern] Place": X lies in the place.',
    'A plant in northern Ohio closed.',
    `${PATTERNS}: places a place by its apposition, a compass point, a part of another place or a possessive`,
  ),
  rule(
    'apposition-place-of',
    '"Place, the capital of Place": the first lies in the second.',
    'Yerevan, the capital of Armenia, was quiet.',
    `${PATTERNS}: places a place by its apposition, a compass point, a part of another place or a possessive`,
  ),
  rule(
    'apposition-based-in',
    '"Org, a Place-based maker": the organisation is based there.',
    'Acme, a Denver-based maker of drones, grew.',
    `${PATTERNS}: places an organisation in the city of its "-based" modifier, before the name or in an apposition`,
  ),
  rule('place-before-org', 'A place right before an organisation names where it is based.', 'The Ohio Acme plant closed.', PATTERNS),
  rule('apposition-from-place', '"Person, a retired teacher from Place": the person lives there.', 'Jane Doe, a retired teacher from Ohio, spoke.', PATTERNS),
  rule(
    'name-bracket-place',
    'A person followed by a place in brackets (results, lists): the person is from there.',
    '2. Marit Bjoergen ( Norway ) 1:23.45',
    `${CLAUSES}: reads a results line`,
  ),
  rule('name-of-place', '"Person of/from Place": the person lives there.', 'Jane Doe of Leeds won.', PATTERNS),
  rule(
    'national-body',
    'An organisation named after a country is based in it, when the sentence names the country.',
    'The Haitian Parliament met in Haiti.',
    PATTERNS,
  ),
  rule(
    'place-named-body',
    'An organisation whose name opens with the full name of a place the article names ("the Brenton Fire Service") is based there.',
    'The Brenton Fire Service said the blaze was out. The fire began in a warehouse in Brenton.',
    `${NEWS}: places an organisation in the place its name opens with, when the article names the place`,
    MEASURING,
  ),
  rule(
    'reduced-relative-participle',
    'A participle right after the comma that follows a name ("Rice, bought from West Ham for £100m, scored") is a reduced passive: without its agent ("by"), the name is what was done to, and no relation of that verb goes from it. Being appointed or named keeps its complement, as in the full passive.',
    'Ferrand Shipping, bought from Marrow Capital in 2021, opened two routes.',
    `${NOMINAL}: reads a participle after a name and a comma as a reduced passive`,
  ),
  rule(
    'phrase-before-coordinated-verb',
    'A schema phrase before a coordinated second verb ("took a stake in the port and signed a contract with Acme") does not reach the entity after that verb, which is the second verb\'s.',
    'Marrow Capital bought a stake in the terminal in 2020 and signed a lease with Ferrand Shipping.',
    `${NOMINAL}: leaves the entity after a coordinated verb to that verb, not to a phrase before it`,
  ),
  rule(
    'light-verb-nominal',
    'A light verb lends its subject to the noun it takes ("opened an investigation into", "took a stake in"): the subject does what the noun names to the entity after its preposition.',
    'The Halbern regulator opened an investigation into Corvo Partners on Monday.',
    `${NOMINAL}: reads the noun after a light verb as the cue`,
  ),
  rule(
    'possessed-object',
    'A verb whose object a possessor owns ("sold Acme\'s arm, Teller Lines, to Globex") reaches the recipient after its object preposition, not the possessor.',
    "Brask Holdings supplied Corvane Labs' software to the Ministry of Trade.",
    `${NOMINAL}: reads the possessor of a verb's object as no recipient, and reaches the recipient after the preposition`,
  ),
  rule(
    'possessed-apposition-object',
    'A verb whose object is a possessor\'s party named in apposition ("sued the company\'s former supplier, Pemberton") reaches the party named, not the possessor.',
    "Keisha Morrow sued the company's former supplier, Pemberton Ingredients, in March.",
    `${NOMINAL}: reads the party named in apposition to a possessed noun as the verb's object`,
  ),
  rule(
    'national-office',
    "A people's adjective before or after a title names the country the office is in, when the article names it.",
    'German Finance Minister Anna Berg met bankers. Germany will borrow more.',
    `${NEWS}: reads a people's adjective before or after a name as the country the office is in, when the article names it`,
  ),
  rule('between', '"the conflict between A and B": a symmetric noun relates the pair.', 'The war between Armenia and Azerbaijan resumed.', PATTERNS),
  rule(
    'phrase',
    'A schema phrase between two names ("based in", "conducted with", "a unit of").',
    'Quorra Systems, a unit of Helvantis Corporation, said sales rose.',
    `${CLAUSES}: takes the owner after "a unit of" as the source`,
  ),
  rule(
    'active-verb',
    'A schema verb in the active voice: the subject is the source.',
    'Helvantis Corporation acquired Quorra Systems on March 3.',
    `${PATTERNS}: dates a relation from the sentence relative to the published day`,
  ),
  rule(
    'passive-verb',
    'A schema verb in the passive with its agent: the agent is the source.',
    'The Orbix platform was developed by Helvantis Corporation in Zurich.',
    `${PATTERNS}: reads the passive voice with the agent as source`,
  ),
  rule('possessive-nominal', '"Org\'s acquisition of X": the possessor does what the noun names.', "Acme's acquisition of Globex closed.", PATTERNS),
  rule('possessive-agent', '"Victim\'s assassin, Person": the agent noun reverses the direction.', "Lincoln's assassin, Booth, fled.", PATTERNS),
  rule(
    'possessive-part',
    '"Org\'s arm/unit/subsidiary, Org2": the possessor owns the one named after the comma ("Org\'s parent company, Org2": the reverse).',
    "Varro Group's main insurance unit, Kestrel Life Ltd, cut 300 jobs.",
    `${NOMINAL}: reads ownership from a possessive noun of ownership set off before a name`,
    MEASURING,
  ),
  rule(
    'noun-reaches-target',
    '"X filed a <noun> … against/with/into Y" over a sum or qualifier, the noun and preposition a schema phrase: X does what the noun names to Y.',
    'Quillon Motors has lodged a compensation claim worth €40 million against Sedgefield Rail Ltd.',
    `${NOMINAL}: reads a schema noun that reaches its target over a sum or a qualifier`,
  ),
  rule(
    'infinitive-of-a-fact',
    'The infinitive after "went on", "managed", "chose", "was able" or "was forced" carries the relation, stated as done.',
    'Hanna Vogt went on to criticise the Ministry of Health.',
    `${PATTERNS}: reads the relation in the infinitive after "went on to" or "managed to"`,
  ),
  rule(
    'channel-of-saying',
    'A verb of saying and the channel it went by ("said in comments emailed to X", "wrote in a letter to X"): the speaker told X.',
    'Tomas Brandt said in comments emailed to Reuters that sales would rise.',
    `${PATTERNS}: reads the one told from the channel of a statement`,
  ),
  rule(
    'dash-apposition',
    'A dash sets a title apposition off as a comma does ("Jane Doe - a former Yale historian", "Jane Doe -- a spokesman for Acme").',
    'The plan was praised by Walter Crane - a former Harvard economist.',
    `${PATTERNS}: reads a title apposition set off by a dash`,
  ),
  rule(
    'time-phrase-in-coordination',
    'A time phrase before or after "and" ("bought Acme in 2019 and on Monday sued Globex") leaves the second verb phrase the first one\'s subject.',
    'Quorra Systems bought Corvane Labs in 2019 and on Monday sued Brask Holdings.',
    `${CLAUSES}: reads the second verb phrase over a time phrase`,
  ),
  rule('nominal-of-by', '"the murder of X by Y": Y did what the noun names.', 'The assassination of Kennedy by Oswald shocked the nation.', PATTERNS),
  rule(
    'who-after-apposition',
    '"Person, a/the … Organisation, who VERB Y": "who" refers to the person whose apposition the organisation closes, not to the organisation.',
    'The case was brought by Kishore Bhandari, a legislator from the ruling Lok Shakti Party, who accused Deshmane of lying.',
    `${CLAUSES}: gives the verb after "who" the person an apposition describes`,
  ),
  rule(
    'title-of-one-asked',
    'A title may stand between "demanded that" and the one asked to act ("demanded that Prime Minister Alan Kerr sack …"), as an article may.',
    'Opposition leader Naomi Ferris demanded that Prime Minister Alan Kerr sack the minister.',
    `${CLAUSES}: reads the one asked after a title in a demand`,
  ),
  rule(
    'judged-action',
    'A legal action a verb of judging governs ("dismissed the lawsuit against X", "is hearing the case against X") is no action of the subject: the judge or court decides on it and did not sue or charge.',
    'Judge Samuel Okoro dismissed the lawsuit against Ridgefield Foods on Monday.',
    `${NOMINAL}: reads no legal action of the one who judges it`,
  ),
  rule(
    'inquiry-by-agent',
    '"an investigation by X into Y", "an investigation by X that found Y had …": X investigated Y.',
    'The lawsuit follows an investigation by the Harbour Times that found Tallis Capital had moved losses offshore.',
    `${NOMINAL}: reads an inquiry by one party into another`,
  ),
  rule(
    'nominal-by-against',
    '"a lawsuit filed by X against Y", "charges brought by X against Y": X brought the legal action the noun names against Y.',
    'A lawsuit filed by Marisa Quintero against Ridgefield Foods accused the company of deceptive marketing.',
    `${NOMINAL}: reads a legal action brought by one party against another`,
  ),
  rule('agent-noun-title', '"X assassin Y": Y did it to X.', 'Kennedy assassin Oswald was shot.', PATTERNS),
  rule('nominal', 'A bare nominalisation right before the target ("assault on Gaza").', "Israel's assault on Gaza continued.", PATTERNS),
  rule(
    'unknown-verb',
    'A past-tense verb the schema has no type for, between two names: RELATED_TO with the verb.',
    'Jane Doe studied at Yale University.',
    PATTERNS,
  ),
  rule(
    'unknown-verb-written',
    'The RELATED_TO an unknown verb gives is written to the graph (off: it only holds the pair against the classifier).',
    'Halden Capital visited Corvo Partners in May.',
    `${PATTERNS}: holds a pair linked by a verb the schema has no type for, writing no RELATED_TO`,
    MEASURING,
  ),
  rule(
    'classifier',
    'The pair classifier adds WORKS_FOR, KILLED, LOCATED_IN and LIVES_IN the patterns missed and drops ones it firmly rejects.',
    'Oswald, who shot Kennedy in Dallas, was arrested.',
    'test/unit/relation-classifier.test.ts',
  ),
  rule(
    'dateline-outside-clause',
    'The place and the agency of a dateline that opens a sentence ("CANBERRA (AFP) - Senator Jane Doe quit the party and joined the Greens") are not arguments of the verbs after its dash: they neither do nor undergo what the sentence says.',
    'OSLO (Reuters) - Senator Ana Roy left the Centre Party and joined the Green Party.',
    `${CLAUSES}: keeps a dateline out of the clause after its dash`,
  ),
  rule(
    'employing-verb-stated',
    'A verb of employing or joining with its object right after it ("has appointed Jane Doe as its chief executive", "hired Jane Doe", "later joined Acme") states the post outright: the pair classifier, which reads the words between the two names, does not drop it.',
    'Brask Holdings, the maker of frozen pies, has appointed Ana Roy as its chief executive.',
    `${CLAUSES}: keeps an appointment after a description of the employer`,
  ),
  rule(
    'join-employer',
    'A person who joins a company, a government body, a newspaper or an armed force works for it; one who joins a party, a union, a league or an alliance is a member.',
    'Ana Roy will join Brask Holdings in March. Tomas Vell joined the Green Party in 2019.',
    `${CLAUSES}: reads joining a company as working for it`,
  ),
  rule(
    'report-to-superior',
    'To "report to" someone is to answer to them, not to report on them: the verb gives no investigation.',
    'Ana Roy will join Brask Holdings in March and report to chairman Tomas Vell.',
    `${CLAUSES}: reads no investigation in "report to"`,
  ),
  rule(
    'subject-over-place-apposition',
    'A place inside a description set off after the subject (", based in Denver,", ", a Denver-based firm,") does not take the verb after the description: the subject does.',
    'Orbel Inc., a Denver-based firm, sued Corvo Ltd on Monday.',
    `${CLAUSES}: gives the verb after a described place to the subject`,
  ),
  rule(
    'described-addressee',
    'An outlet told something may be described between "told" and its name ("told Danish broadcaster TV Nord", "told state television RTS"): a people\'s adjective and words for an outlet, ending in one, still leave it the one told.',
    '"We stopped playing," Ana Roy told Danish broadcaster TV Nord.',
    `${CLAUSES}: reads the outlet told after its description`,
  ),
  rule(
    'title-before-subject',
    'A title before a name ("Australian senator Jane Doe quit the party and joined …") is part of how the subject is named: the lower-case title does not make the name the object of a verb before it, so a coordinated second verb keeps it as its subject.',
    'On Monday, Danish senator Ana Roy left the Centre Party and joined the Green Party.',
    `${CLAUSES}: keeps a titled name the subject of a coordinated second verb`,
  ),
  rule(
    'dateline-place-no-home',
    'The pair classifier does not relate a person to the place of the dateline that opens a story ("NAIROBI (Reuters) - Kenyan President Jane Doe said …"): where a story is filed says nothing of where the people in it live.',
    'OSLO (Reuters) - Norwegian police chief Ana Roy said on Monday the inquiry was closed.',
    'test/unit/relation-classifier.test.ts: reads no home in a dateline',
  ),
  rule(
    'wire-credit-not-placed',
    'The agency credited in brackets after a dateline ("OSLO (Reuters) -") is not placed at the dateline: it files from wherever its reporters are.',
    'VIENNA (Reuters) - The Danube burst its banks on Sunday, officials said.',
    `${PATTERNS}: places no agency at the dateline it is credited after`,
  ),
  rule(
    'sayer-place-not-apposition',
    'The pair classifier does not relate a name to a place in the reporting clause after it (", the west London club said"): the place qualifies the one who speaks.',
    'Harlow Rovers have signed Tomas Brandt, the Leeds club said on Friday.',
    'test/unit/relation-classifier.test.ts: reads no home in the reporting clause after a name',
  ),
  rule(
    'possessor-past-nearer-person',
    "The pair classifier relates no person named as a possessor to an organisation or a place after another person named after it: \"Okafor's attorney, Laura Finnegan of the law firm Hartwell & Price\" is the attorney's firm, not the client's.",
    "Okafor's attorney, Laura Finnegan of the law firm Hartwell & Price, said her client would fight the charges.",
    'test/unit/relation-classifier.test.ts: relates no possessor to the employer of the person named after it',
  ),
  rule(
    'classifier-not-on-capitals',
    'The pair classifier, trained on prose, does not judge a line written all in capitals (a headline or a table row such as a fixture list).',
    'BOSTON AT DENVER',
    'test/unit/relation-classifier.test.ts: leaves a line in capitals to the patterns',
  ),
  rule(
    'modality-scope',
    'A demand, plan, denial, condition or question marks the relations in its clause as not stated.',
    'The groups have demanded that Microsoft cut all ties with the Israeli government.',
    `${MODALITY}: marks what a demand asks for, with the demanding verb before the subject`,
  ),
  rule(
    'shared-subject',
    'A second verb phrase joined by "and" keeps the first one\'s subject.',
    'Helvantis Corporation bought Quorra Systems and sued Globex Inc on Monday.',
    `${CLAUSES}: gives a second verb phrase the subject of the first`,
  ),
  rule(
    'relative-clause-antecedent',
    "A verb right after the comma that closes a relative clause belongs to the clause's antecedent, not to the name ending the clause.",
    'Brannock Games Inc, which develops titles for Ostler Toys Ltd, has sued Wexley Software Corp.',
    `${NOMINAL}: gives the verb after a closed relative clause the clause's antecedent`,
  ),
  rule(
    'participle-clause-antecedent',
    'A verb right after the comma that closes a participle clause (", founded by …,", ", led by …,", ", owned by …,") belongs to the name the clause describes, not to the name ending the clause.',
    'Varkon, founded by businessman Emil Roth in 1998, supplies software to Brask Holdings.',
    `${NOMINAL}: gives the verb after a closed participle clause the name it describes`,
  ),
  rule(
    'call-on-or-for',
    'The verb "call" demands something only as a call on or for someone ("called on Acme to …", "called for Acme to be fined"); "called Kovac to congratulate her" is a telephone call and "called the plan a disgrace" a judgement.',
    'Commission President Ursula Weiss called Marta Kovac to congratulate her.',
    `${CLAUSES}: reads a call on or for someone as a demand, and no other call`,
  ),
  rule(
    'reporting-clause-not-apposition',
    'A title after a comma that a verb of saying follows (", a Commission spokesman said.") is an unnamed speaker, the subject of a reporting clause, not a description of the name before the comma.',
    'Ursula Weiss called Marta Kovac to congratulate her, a Commission spokesman said.',
    `${PATTERNS}: reads no title of the name before a reporting clause with an unnamed speaker`,
  ),
  rule(
    'participle-phrase-subject',
    'A present participle phrase closing a clause (", defeating …", ", accusing …") is an act of the clause\'s subject, not of the name just before the comma.',
    "Marta Kovac won Slovenia's presidential run-off on Sunday, defeating incumbent Anton Zupan.",
    `${CLAUSES}: gives a participle phrase after a comma the clause's subject`,
  ),
  rule(
    'person-runs-organisation',
    'A person who "runs" an organisation leads it (WORKS_FOR); only an organisation runs software or services it uses.',
    "Ingrid Solberg previously ran Intel's European research lab.",
    `${PATTERNS}: reads a person running an organisation as working for it`,
  ),
  rule(
    'armed-attack',
    'An attack by an army, or on a place, is armed (ATTACKED); a person attacking a person or a policy attacks in words (CRITICISED), as the schema lists "attack" for both.',
    'Varnian forces attacked Kelso on Monday. Senator Ana Roy attacked Tom Hale over the budget.',
    `${CLAUSES}: reads an attack by an army or on a place as armed`,
  ),
  rule(
    'occupation-before-subject',
    'An occupation or a title before a name ("Former judge Marta Kovac won …", "businessman Emil Roth") is part of how the subject is named, as a title of office is (title-before-subject): the name is no object of the word before it.',
    "Former judge Marta Kovac won Slovenia's presidential run-off on Sunday, defeating incumbent Anton Zupan.",
    `${CLAUSES}: gives a participle phrase after a comma the clause's subject`,
  ),
  rule(
    'apposition-relative',
    '"X, a/the <noun phrase> which/who <verb> Y": the relative clause describes the apposition\'s head, so X is its subject.',
    'Marrow Capital, a Norwegian fund which controls 37% of Ferrand Shipping Ltd, called the vote unfair.',
    `${NOMINAL}: reads a relative clause after an apposition as said of the left entity`,
    MEASURING,
  ),
  rule(
    'comma-and-the-subject',
    '", and the X" with a verb after X opens a clause of which X is the subject, so the verb before it does not reach X.',
    'The Harbor Trust hired 300 nurses last year, and the Valley Clinic Group opened two wards.',
    `${CLAUSES}: does not take the subject of a clause opened by ", and the" as the object of the verb before it`,
  ),
  rule(
    'descriptor-before-employer',
    'The kind of body between "at the" and the employer\'s name ("a partner at the law firm Acme") is no part of the title: the person works for the body named.',
    'Jon Dahl, a partner at the law firm Sandvold Berg, said courts had changed.',
    `${PATTERNS}: reads the employer past the kind of body written before its name`,
  ),
  rule(
    'portfolio-before-minister',
    'A plain noun right before "minister" or "secretary" names the portfolio and is part of the title ("energy minister", "water secretary").',
    "Chile's mining minister, Rosa Vidal, said the permits would be reviewed.",
    `${PATTERNS}: reads any portfolio before "minister" as part of the office`,
  ),
  rule(
    'relative-clause-subject',
    'The subject of a relative clause closed by a comma lends itself to nothing after it.',
    'Quorra Systems, which Globex Inc acquired last year, sued Initech Ltd on Monday.',
    `${CLAUSES}: does not lend the subject of a relative clause to the verb after it`,
  ),
  rule(
    'place-of-nearer-stated',
    'The pair classifier adds no LOCATED_IN or LIVES_IN with a place that a phrase of the sentence ("headquartered in", "born in") already gives to another entity named nearer to it.',
    'Dorvale, which is based in Milan, and Brask Holdings, headquartered in Oslo, agreed to merge.',
    'test/unit/relation-classifier.test.ts: gives a place stated for one entity to no farther one',
  ),
  rule(
    'trading-place-no-seat',
    'The pair classifier places no company in the city where its shares are said to rise or fall ("Shares in Acme fell 6 percent in Paris"): that is a market, not the company\'s seat.',
    "Shares in Dorvale Rail fell 4 percent in Milan, while Brask Holdings' stock rose 2 percent in Oslo.",
    'test/unit/relation-classifier.test.ts: places no company in the city where its shares trade',
  ),
  rule(
    'companion-not-object',
    'An entity joined to a verb by "alongside", or by "with" right after the verb, is a companion of the subject, not the object of the verb, unless the verb takes its target so (partner, clash, merge); "with" after an object may name its other party ("cut ties with X") and is left alone.',
    'The Harbor Trust audited the accounts alongside Velden Partners.',
    `${CLAUSES}: reads an entity after "with" or "alongside" as no object of the verb`,
  ),
  rule(
    'place-of-object-noun',
    'A place after a common noun and "in", "at" or "near" ("attacked a depot in X") only locates that noun, the verb\'s object: the verb is not related to the place, unless it is a verb of location.',
    'Rebels shelled a depot near Karvik on Monday.',
    `${CLAUSES}: relates no verb to a place that only locates its object`,
  ),
  rule(
    'held-object-recipient',
    'A name right before a noun for a holding or a part of a business ("sells Tube stake to", "sold its Harwell unit to") only says what is handed over: the party after the object preposition receives it, not the name.',
    'Corvane sells Leda Rail stake to Brask Holdings.',
    `${NOMINAL}: reads a name before a holding noun as what is sold, and the party after "to" as the buyer`,
  ),
  rule(
    'possessed-recipient',
    'A possessor right after the object preposition ("sold Widget to Spain\'s Ferrovial") only qualifies the recipient named after it.',
    "Corvane sold Leda Rail to Portugal's Astrelis.",
    `${NOMINAL}: reads the recipient after a possessor that follows the object preposition`,
  ),
  rule(
    'object-not-recipient',
    'In "X sold Y to Z" Y is what was sold or supplied and only Z, named after "to", receives it; "to" before a verb ("sold Y to cut its debt") opens an infinitive and introduces no recipient.',
    'Corvane Group sold Leda Rail to Brask Holdings on Monday.',
    `${NOMINAL}: reads the object of selling as no buyer, and no recipient after an infinitive's "to"`,
  ),
  rule(
    'holding-in-object',
    'A verb or noun of handing over whose object is a holding in a company ("sell its stake in Acme", "the sale of its 40% holding in Acme") hands the holding to the party after the object preposition; the company the holding is in receives nothing.',
    'Jarvis Plc agreed to sell its stake in rail consortium Tube Lines to Ferrovial Corp.',
    `${NOMINAL}: reads the company a holding is in as no buyer, and reaches the buyer after "to"`,
  ),
  rule(
    'place-qualifies-name',
    'A place right before one to three common nouns and a name ("buy Texas shale producer Dunmore Oil", "a contract with Seattle planemaker Orlan") only says where the named body is: the verb or the object preposition reaches the name, not the place.',
    'Orbel Energy agreed to buy Texas shale producer Dunmore Oil.',
    `${CLAUSES}: relates the verb to the name a place qualifies, not to the place`,
  ),
  rule(
    'possessed-no-preposition',
    'A verb reaches through a possessive to the name after it ("criticised its rival Acme") only when no preposition stands between: "uses its stake in Acme", "held its stake in Bristol" relate the verb to neither.',
    'Brask Holdings uses its stake in Corvo Ltd as collateral.',
    `${CLAUSES}: reaches through a possessive to no name after a preposition`,
  ),
  rule(
    'qualified-place-not-home',
    'The pair classifier places nothing but the named body in a place that only qualifies a name ("its stake in Bristol rail consortium Leda Rail"): the place is where that body is.',
    'Corvane Group had held its stake in Bristol rail consortium Leda Rail since 2009.',
    'test/unit/relation-classifier.test.ts: places no other entity in a place that only qualifies a name',
  ),
  rule(
    'seller-after-from',
    'The party after "from" with a verb of acquiring is never what is acquired: with buy, purchase or acquire it sold the object to the subject ("bought the plant from Dunmore Oil": Dunmore Oil SOLD_TO the buyer); after "took over from" it was succeeded.',
    'Orbel Energy bought the plant from Dunmore Oil Corp in 2019.',
    `${NOMINAL}: reads the party a thing is bought from as its seller, not as bought`,
  ),
  rule(
    'subject-over-apposition',
    'Names inside a description set off after the subject (", a unit of the pension fund Fundo Mareira,", ", a Tessaro shareholder,") only describe it: the verb after the closing comma is the subject\'s, not theirs.',
    'Astrelis Capital, a unit of Fundo Mareira Group, bought Corvo Ltd in 2021.',
    `${CLAUSES}: gives the verb after a description holding names to the subject before it`,
  ),
  rule(
    'active-hold-no-place',
    '"hold" in the active voice ("holds a stake in Acme", "holds 35 percent of Acme", "held talks in Oslo") places nothing: only an event is held somewhere ("was held in Oslo"). The verb is passed over, so a later cue ("stake in") is read.',
    'Tessaro Mining also holds a minority stake in Andesur Minerals Ltd.',
    `${CLAUSES}: reads no place from "hold" in the active voice`,
  ),
  rule(
    'sale-of-object',
    'What "of" introduces after a cue of handing over ("the sale of Yugansk", "the sale of its stake in Acme") is what is handed over: it is never the recipient, who follows "to" or is not named.',
    'Regulators blocked the sale of Corvo Ltd on Monday.',
    `${NOMINAL}: reads what a sale is of as no buyer`,
  ),
  rule(
    'past-closed-relative-clause',
    'A relative clause right after the left entity and closed by a comma before the right one (", which builds ferries for export,") is passed over: the verb after it is the left entity\'s and relates it to the right one.',
    'Brask Holdings, which builds ferries for export, signed a contract with Corvo Ltd.',
    `${CLAUSES}: reads the verb after a closed relative clause holding no entity`,
  ),
  rule(
    'possessive-place-not-home',
    'A place that possesses the name right after it ("Portugal\'s Astrelis") qualifies that name, as one before describing nouns does: the pair classifier places no other entity there (with qualified-place-not-home).',
    "Corvane sells Leda Rail stake to Portugal's Astrelis.",
    'test/unit/relation-classifier.test.ts: places no other entity in a place that possesses the name after it',
  ),
  rule(
    'funder-after-from',
    'The party after "from" with a verb of investing or financing ("finance the purchase with a bank loan from Nordstrand Bank") is where the money comes from, never what is funded.',
    'Halvard Pharma will finance the purchase with a bank loan from Nordstrand Bank.',
    `${NOMINAL}: reads the party money comes from as nothing funded`,
  ),
  rule(
    'based-place-no-subject',
    'A place right before "-based" ("the Toronto-based company also holds a stake in X") only describes the noun after it: the verb or cue that follows is not the place\'s.',
    'The Toronto-based company also holds a minority stake in Andesur Minerals.',
    `${CLAUSES}: relates no place before "-based" to what the noun after it does`,
  ),
  rule(
    'agent-not-patient',
    'The doer named after "by" with a participle ("backed by Senator Dalcourt") is not what a second passive verb is done to, when that verb is coordinated with the first ("and opposed by the Council") or is the main verb after an aside (", was endorsed by Parents"): both tell of the sentence\'s subject. A relative pronoun between ("which was bought by") leaves the doer the subject.',
    'The bill, introduced by Marla Dalcourt, was endorsed by Harvest Voice and opposed by Digital Commerce Council.',
    `${CLAUSES}: relates no doer of one passive to the doer of a second`,
  ),
  rule(
    'under-inquiry-by',
    'A name that "is", "came" or "remains" "under investigation" (probe, inquiry, review, audit) "by" or "from" another: the other investigates it.',
    'Kestova Bank is also under investigation by the Competition and Markets Authority.',
    `${NOMINAL}: reads the one a name is under investigation by as its investigator`,
  ),
  rule(
    'saying-after-clause',
    'A verb of saying ("said", "says", "told") right after the comma that closes a relative or participle clause opens the main clause, as a past verb does: what the main clause relates is the antecedent\'s, not a name inside the clause.',
    'Clearwater Watch, which campaigns for privacy in eastern Europe, said it had documented abuses by Varnholt Systems.',
    `${CLAUSES}: gives the main clause after a relative clause and "said" to the antecedent`,
  ),
  rule(
    'compass-before-place',
    'Under place-of-object-noun, a compass word between "in" and the place ("privacy rights in eastern Europe", "a plant in northern Syria") still leaves the place locating the noun before it, not an object of the verb.',
    'Clearwater Watch campaigns for privacy rights in eastern Europe.',
    `${CLAUSES}: reads a place after a noun, "in" and a compass word as no object of the verb`,
  ),
  rule(
    'subject-of-subordinate-clause',
    'A name right after a conjunction that opens a clause ("before", "after", "when", "because" …, with articles between) and followed by a finite verb is the subject of that clause, not the object of the verb before the conjunction.',
    'Geoffrey Hale had sold shares weeks before Brightmoor Foods disclosed a fall in profits.',
    `${CLAUSES}: relates no verb to the subject of a clause a conjunction opens after it`,
  ),
  rule(
    'labour-strike',
    'A body of workers (a name with union, guild, federation, workers …; no party, army or agency) that strikes "against" or "at" an employer ("struck against Halden", "staged a strike at Halden", "organised three strikes against Halden") protested against it: the strike is no armed attack.',
    'The Rail Workers Union has organised three strikes against Halden Logistics since 2022.',
    `${NEWS}: reads a strike by a body of workers as a protest against the employer`,
  ),
]);

/** The ids of every relation rule. */
export const RELATION_RULE_IDS: readonly string[] = [...RULES.keys()];

/** True unless the relation rule `id` is switched off; an id no rule has is a defect of the code that asks. */
export function relationRuleOn(id: string): boolean {
  const found = RULES.get(id);
  if (!found) throw new Error(`relations: no rule has the id "${id}"; add it to src/relations/relation-rules.ts`);
  return found.on;
}
