// Every confidence the relate stage gives, in one place, each with why it sits where it does. They are hand-set, not
// fitted: a ranking of how plainly the wording states the relation, from a title right before a name (0.85, the top)
// down to a past-tense verb the schema has no type for (0.3). The ranking matters more than the numbers: where two
// statements of one relation merge the higher wins, and the viewer's confidence slider cuts on them. The learned
// classifier's confidence is capped at the top of this scale, so that the model never outranks the firmest wording.
// Changing a value changes the graph: `npm run eval` says by how much.

/** A confidence and the reason it has that value. */
export interface ConfidenceSetting {
  readonly value: number;
  readonly why: string;
}

/** The confidence of each named relation pattern (the `pattern` of a match, src/relations/*-patterns.ts). */
export const PATTERN_CONFIDENCE = {
  // Roles and employment.
  'title-before-name': {
    value: 0.85,
    why: 'A title right before the name ("Acme president Jane Doe") states the role outright; the firmest wording there is.',
  },
  'apposition-title-of': {
    value: 0.8,
    why: 'A title set off after the name with its organisation ("Jane Doe, executive director of Acme") is almost as explicit.',
  },
  'whose-title-name': { value: 0.75, why: 'The organisation, then "whose" and the title before the name: explicit, one step further apart.' },
  'title-of-org-name': { value: 0.75, why: 'The title comes before the organisation and the name follows after a comma: explicit, one step further apart.' },
  'apposition-org-title': {
    value: 0.75,
    why: 'An apposition with the organisation before the title ("Jane Doe, Acme\'s chief executive"): explicit, the organisation word order looser.',
  },
  'title-sayer-of-subject': {
    value: 0.7,
    why: '"…," said chief financial officer Petra Aaland." after "Corvane said …": the title names no organisation; the one organisation named as the subject nearby is who the speaker speaks for, read from the discourse, not the words.',
  },
  'bare-title-of-topic-company': {
    value: 0.6,
    why: '"Chief Financial Officer Peter Wallin said the company would cut jobs": a corporate title with no organisation in its sentence is a post at the one the text is about, found by counting, not read.',
  },
  'legislator-of-story': {
    value: 0.6,
    why: '"Senator Lorna Bautista-Yap" in a story that names "the Senate": the title names the kind of body but not the body; the one of that kind the story names is found by matching, not read.',
  },
  'portfolio-minister-of-story': {
    value: 0.6,
    why: '"Energy Minister Khaled al-Masri said": the title names the portfolio but not the government; the ministry of that portfolio the story names, or the country it is about, is found by matching and counting, not read.',
  },
  'opening-title-of-subject': {
    value: 0.7,
    why: '"Chief executive Ruth Ames said …" after "Halvern Foods said …": as title-sayer-of-subject, the title names no organisation and the discourse gives it.',
  },
  'title-nominal': {
    value: 0.75,
    why: '"Acme\'s former executive has …": a title naming the organisation that refers back to a person; explicit about the role, the person found by coreference.',
  },
  'name-of-org': { value: 0.55, why: '"Jane Doe of Acme" usually means works for, but "of" also gives origin or membership.' },
  'national-office': {
    value: 0.65,
    why: 'An office named with a people\'s adjective ("Indian Prime Minister Arjun Mehta") holds in that country when the article names it: the role is stated, the country inferred from the adjective.',
  },
  'national-kind-of-body': {
    value: 0.6,
    why: 'A people\'s adjective describing a named body ("Dutch e-bike maker Brenkhorst") says where the body is, when the article names the country: the kind is stated, the country inferred from the adjective.',
  },
  // Killing.
  'killer-before-name': {
    value: 0.6,
    why: 'An agent noun before a name ("Lennon\'s killer, Mark Chapman") names the deed, but the victim is found by possession, not syntax.',
  },
  // Ties between people the schema has no type for.
  'person-tie': {
    value: 0.6,
    why: '"Doe\'s lawyer, Jane Roe": the tie is named by its noun, the one it ties to by possession or "of"/"for", as a killer is.',
  },
  'copular-tie': {
    value: 0.6,
    why: '"His cellmate was Hector Salas": the tie named by its noun and linked by a copula, as plain as the comma of person-tie.',
  },
  succession: { value: 0.6, why: '"Roe succeeded Doe": a verb between the two names, of a link the schema has no type for.' },
  'apposition-killer-of': { value: 0.6, why: '"Booth, assassin of Lincoln": the deed is named, as in killer-before-name, so the same rank.' },
  // Possession.
  'possessive-party': {
    value: 0.6,
    why: 'A person\'s party, union or league ("Doe\'s Green Party") is one they belong to, barring the rarer "the party that opposes Doe".',
  },
  'possessive-product': { value: 0.6, why: '"Acme\'s Widget": the possessor usually made it; sometimes it only sells or uses it.' },
  'possessive-place': {
    value: 0.55,
    why: '"Beijing\'s Tiananmen Square": the possessed place lies in its possessor, unless the possessive only means "near".',
  },
  // Where people live and come from.
  'resident-of-place-name': { value: 0.6, why: '"a resident of Belmira, Giorgio Tessan": the home named in words.' },
  'place-persons-home': { value: 0.6, why: '"Ohio, Jane Doe\'s home state" names the home in words.' },
  'possessive-home-of': {
    value: 0.65,
    why: '"Jane Doe\'s hometown of Leeds": the home is named with its place right after, the firmest of the home wordings.',
  },
  'possessive-place-home': { value: 0.6, why: '"Jane Doe\'s Leeds home": a home named, the place only as its modifier.' },
  'office-of-place-apposition': {
    value: 0.6,
    why: 'An office of a place set off before a name ("the finance minister of Norway, Jane Doe") is that person\'s office there, as "Norway\'s finance minister, Jane Doe" is.',
  },
  'place-title-name': {
    value: 0.6,
    why: 'A place before an office title ("France coach Jane Doe") is an office held there; the title could also be a club\'s.',
  },
  'office-title-name-of-place': {
    value: 0.6,
    why: 'An office title before a name and the place after "of" ("President Amara Nwosel of Talvania") is the office held there, as "the president of Talvania, Amara Nwosel" is.',
  },
  'place-name': {
    value: 0.45,
    why: 'A place right before a name ("Leeds teacher Jane Doe", "Britain\'s Jane Doe") says where the person is from only loosely.',
  },
  'apposition-place-occupation': { value: 0.55, why: '"Jane Doe, a Leeds teacher": the place qualifies the occupation, usually where the person lives.' },
  'name-bracket-place': {
    value: 0.55,
    why: 'In results lists ("Ernie Els ( South Africa ) 68") the bracketed place is the person\'s country, by a convention, not by words.',
  },
  'apposition-from-place': { value: 0.5, why: '"Jane Doe, a retired teacher from Ohio": "from" is origin, which may be past.' },
  'name-of-place': { value: 0.5, why: '"Jane Doe of Ohio": "of" gives origin only loosely.' },
  'founded-in-place': { value: 0.6, why: '"Kestrel, founded in 2016 in Oakville": a body is most often still where it was founded.' },
  'organisation-of-place': { value: 0.6, why: '"Hanbit Cells of South Korea": "of" after a body\'s name says where it is from, as "Corp of Lisle" does.' },
  // Where places and organisations are.
  'unranked-place-comma-city': {
    value: 0.6,
    why: '"Edgbaston, Birmingham": the postal convention again, with the smaller place\'s rank unknown (a ground, a district).',
  },
  'place-comma-place': { value: 0.7, why: '"Burlington, Vermont": the postal convention states containment plainly.' },
  'org-comma-place': {
    value: 0.5,
    why: 'The organisation case of place-comma-place ("Acme, Ohio"): often where it is, but lists of organisations and places read the same way.',
  },
  'in-place': {
    value: 0.65,
    why: '"Acme in Ohio", "the Palace of Fine Arts, in San Francisco": "in" says where, but may be where an event was, not the thing.',
  },
  'place-division-of-place': {
    value: 0.7,
    why: '"the Sandova region of Veldania": a word for a division of a country between the two names says which holds which.',
  },
  'apposition-place-of': { value: 0.7, why: '"Yerevan, the capital of Armenia": the apposition says what and where the place is.' },
  'apposition-based-in': { value: 0.7, why: '"Acme, a Denver-based maker of drones": "-based" states the seat in so many words.' },
  'place-before-org': { value: 0.5, why: '"Ohio Acme", "Leeds ( Acme )": a place before an organisation is its seat or only its market.' },
  'programme-on-broadcaster': {
    value: 0.6,
    why: '"aired on Channel 9", "Lumina streams the series": a verb of broadcasting between a programme and a broadcaster names the tie in words; the schema has no type for it.',
  },
  'place-descriptor-org': {
    value: 0.6,
    why: '"Lisbon ferry operator Transmar": the kind of body between the place and the name makes the place its seat, more plainly than a bare "Ohio Acme".',
  },
  'national-body': {
    value: 0.6,
    why: 'An organisation whose name opens with a people\'s adjective ("the Syrian Observatory") is put in that country when the article names it: inferred from the name, not stated.',
  },
  'place-named-body': {
    value: 0.6,
    why: 'An organisation whose name opens with a place the article names ("the Brenton Fire Service") is put there: inferred from the name, as with national-body.',
  },
  // Verbs and nouns of action.
  'light-verb-nominal': {
    value: 0.7,
    why: '"opened an investigation into Acme": the noun names the act and the light verb its doer, as clearly as a possessive nominalisation.',
  },
  'channel-of-saying': {
    value: 0.75,
    why: 'A verb of saying and the channel it went by ("said in a letter to X") name the one told in so many words, as a schema phrase does.',
  },
  phrase: { value: 0.75, why: 'A multi-word cue from the schema\'s signals ("took over", "was born in") between the two is specific wording.' },
  'apposition-place-office': {
    value: 0.75,
    why: '"Marta Oliveira, Portugal\'s ambassador to Angola": an office of the possessing place set off after the name, as explicit as apposition-org-title.',
  },
  'sold-player-joins-side': {
    value: 0.7,
    why: 'A player sold or loaned "to" a side ("the sale of Tom Vell to Corvallo United") goes to play for it, as one who "joined" it does.',
  },
  'joined-from': {
    value: 0.7,
    why: '"joined Corvallo United from Halden Rovers" names the club left as plainly as the one joined, but the post there is over.',
  },
  'side-list-players': {
    value: 0.75,
    why: 'A squad or scorers line ("Tallow Town - Rado Vek ( captain ) , Luka Brant") lists the players of the side before the dash and nothing else.',
  },
  'national-side-list-players': {
    value: 0.75,
    why: 'A squad line headed by a country ("Portugal - Rado Vek ( captain ) , Luka Brant") lists the players of its national side, as a club\'s does.',
  },
  'result-at-side': {
    value: 0.7,
    why: '"a 1-1 draw at Corvallo Rovers", "won 2-0 at Brenno Athletic": a result "at" a club names the side played, though less plainly than "beat" or "drew with".',
  },
  'game-noun-against-side': {
    value: 0.7,
    why: '"their rain-affected match against Corvallo Rovers": a game noun and "against" name the side played, as the schema phrase "match against" does.',
  },
  'name-bracket-organisation': {
    value: 0.7,
    why: 'A body in brackets after a name ("Ivo Marek ( Halvex )") is the person\'s team or party, as a country there is the person\'s country.',
  },
  'results-line-team': {
    value: 0.7,
    why: 'In a results line, the body right after the rider\'s country and before the time ("Ivo Marek ( Veldania ) Halvex 4:35:12") is the rider\'s team.',
  },
  'score-line': {
    value: 0.75,
    why: 'A results line ("Halden 2 Corvallo 1") names both sides and the score that says who won, as plainly as "beat" with its score does.',
  },
  'place-sport-position': {
    value: 0.6,
    why: 'A position between a place and a name ("France defender Luc Marand") is written as "France coach" is, a title before the name.',
  },
  'score-between-sides': {
    value: 0.75,
    why: 'A headline with the score between the sides ("Wales 31-17 Scotland") says who won as plainly as a results line.',
  },
  'fixture-line': {
    value: 0.7,
    why: 'A fixture line ("HALDEN AT CORVALLO", "Halden v Corvallo") holds nothing but the two sides of one game.',
  },
  'seat-won-from': {
    value: 0.75,
    why: 'A seat taken "from" a party or candidate ("won the Thornbury West seat from the Conservatives") says who was beaten as plainly as "defeated" does.',
  },
  'confinement-place': {
    value: 0.7,
    why: 'A person and a verb of confinement with its place ("was jailed in Lefortovo prison", "was held at Camp Verity") tie the two as plainly as a verb does.',
  },
  'defected-to': {
    value: 0.7,
    why: 'A person and "defected to" with the body or country after it ("Dahl, who defected to the BND") tie the two as plainly as a verb does.',
  },
  'protest-place': {
    value: 0.7,
    why: 'A person and a protest with its place ("camped outside the Foreign Office", "staged a sit-in at Parliament Square") tie the two as plainly as a verb does.',
  },
  'funds-raised-from': {
    value: 0.75,
    why: 'A sum raised or a grant received "from" a party ("raised $12m from Greyhaven") names the funder as plainly as "funded by" does.',
  },
  'partnership-formed-together': {
    value: 0.75,
    why: 'Two parties that together "formed a joint venture" or "signed a partnership" say they work together as plainly as "partnered with" does.',
  },
  'envoy-to-apposition': {
    value: 0.75,
    why: '"Portugal\'s ambassador to Angola, Marta Oliveira": an office of the possessing place, set off before the name, as explicit as place-title-name.',
  },
  'envoy-in-apposition': {
    value: 0.75,
    why: '"Britain\'s ambassador in Minsk, Brian Hale": the same office of the possessing place, with the city of the posting after "in" instead of "to".',
  },
  'owned-part-of': {
    value: 0.75,
    why: '"majority-owned by Brennock", "a wholly owned unit of Tarvik": a participle of owning with its owner, as specific as the schema phrases "owned by" and "a unit of".',
  },
  'apposition-possessed-part': {
    value: 0.7,
    why: '"Crispwell, Velmora\'s snack unit,": a noun of ownership of the possessor set off after the name, as possessive-part reads it set off before.',
  },
  'possessed-part-before-name': {
    value: 0.7,
    why: '"Meridane\'s largest shareholder, Grayhaven,": a noun of ownership of the possessor set off before the name, as apposition-possessed-part reads it set off after.',
  },
  'passive-sold-to': {
    value: 0.75,
    why: '"Brightwave FM will be sold to Lumen": the schema phrase "sold to" in the passive, as specific as any phrase, with its subject turned into what is acquired.',
  },
  'possessive-agent': { value: 0.7, why: '"Lincoln\'s assassin, John Wilkes Booth": an agent noun of the possessor names the relation and its direction.' },
  'sale-noun-earlier-seller': {
    value: 0.7,
    why: '"Carrow is selling its stake in Rail Links. The sale of the stake to Ferrovan …": the noun of the sale, its buyer, and a seller the sentence before names as selling.',
  },
  'sale-chain-in-turn': {
    value: 0.65,
    why: '"the sale of Halvek - first to a shell company, which in turn was bought by Petrova": the named ends of a chain of sale, through a buyer left unnamed.',
  },
  'sale-noun-later-seller': {
    value: 0.7,
    why: '"The sale of the stake to Ferrovan is a lifeline to Jarvo": the noun of the sale, its buyer, and a seller the sentence names as the one the sale brings money or relief.',
  },
  'possessive-nominal': { value: 0.7, why: '"Acme\'s acquisition of Globex": a nominalised verb with both parties in place.' },
  'apposition-stance-of': {
    value: 0.7,
    why: '"Ruth Ambler, a longtime critic of Zentrix,": a noun of a stance and what it is of, in an apposition of the person.',
  },
  'apposition-maker-of': {
    value: 0.7,
    why: '"Quillfeather Audio, the makers of Deadline Detectives,": a noun of making and what it is of, in an apposition of the maker.',
  },
  'possessed-named-part': {
    value: 0.7,
    why: '"Fernwick\'s Ostler unit": a name between a possessor and its noun of a part, as "Fernwick\'s unit, Ostler," says.',
  },
  'place-possessive-body-nominal': {
    value: 0.7,
    why: '"Spain\'s consumer health regulator", the regulator being a body the article names: the possessive says whose body it is, as "Ireland\'s Data Protection Commission" does.',
  },
  'apposition-place-description': {
    value: 0.7,
    why: '"Corbel Bank, Tamsk\'s biggest lender,": the place opens a description of the body, as "a Tamsk-based lender" does.',
  },
  'its-named-part': {
    value: 0.7,
    why: '"said its Kestrel Mining unit": "its" before the name and its noun of a part, as "Corbane\'s Kestrel unit" says.',
  },
  'owner-part-before-name': {
    value: 0.7,
    why: '"Corbane subsidiary Kestrel Mining": a noun of a part between the owner\'s name and the part\'s, as a title stands between a body and its officer.',
  },
  'possessive-part': {
    value: 0.7,
    why: '"Acme\'s retail arm, Globex": a noun of ownership of the possessor, set off before the name it describes.',
  },
  'noun-reaches-target': {
    value: 0.6,
    why: '"Acme lodged a compensation claim worth €40m against Globex": a schema noun reaches the preposition of its target over a sum or a qualifier; the subject does what it names.',
  },
  'nominal-of-by': { value: 0.7, why: '"the acquisition of Globex by Acme": both parties and the deed in the noun phrase.' },
  'inquiry-by-agent': {
    value: 0.7,
    why: '"an investigation by the Times into Acme": the inquiry, its doer and its subject in the noun phrase, as with nominal-of-by.',
  },
  'labour-strike': {
    value: 0.72,
    why: '"The Rail Workers Union struck against Halden": a body of workers, a strike word and its target; set like a verb.',
  },
  'labour-dispute-sayer': {
    value: 0.7,
    why: '"Drivers walked out in a dispute with Halden Rail, the Transport Staff Union said": a body of workers reports its members\' strike against an employer; a step from the verb, as with labour-strike.',
  },
  'union-of-earlier-strike': {
    value: 0.6,
    why: '"Workers at Corvane stores went on strike. … Corvane Workers Alliance, the union organizing the workers, said": the strike and the union a sentence or more apart, joined by "the workers"; a step below labour-dispute-sayer.',
  },
  'employer-opposes-union-drive': {
    value: 0.55,
    why: '"a unionisation movement that Corvane opposes": the drive stands for the one union the article names, a sentence or more away; below the union\'s own strike.',
  },
  'dismissed-when-asked': {
    value: 0.65,
    why: '"Asked about Green Tide\'s objections, Sunil Rama said they were absurd": the one criticised is named in the opening phrase, a clause away from the verdict.',
  },
  'betrayal-grievance': {
    value: 0.65,
    why: '"Kessrov claims he has been betrayed by the British authorities": a grievance said in the passive, often through the person\'s pronoun; a step below a verb of protest.',
  },
  'under-inquiry-by': {
    value: 0.7,
    why: '"Acme is under investigation by the regulator": the subject, the inquiry and its doer in one verb group, as explicit as a passive verb.',
  },
  'nominal-by-against': {
    value: 0.7,
    why: '"a lawsuit filed by Acme against Globex": both parties and the legal action in the noun phrase, as with nominal-of-by.',
  },
  'agent-noun-title': { value: 0.65, why: '"Kennedy assassin Sirhan Sirhan": an agent noun between two names, with no function word to confirm.' },
  between: { value: 0.7, why: '"a dispute between Acme and Globex": a symmetric relation stated with both parties after one noun.' },
  nominal: {
    value: 0.45,
    why: 'A noun of action with its preposition just before the target ("… the acquisition of Globex"): its doer is whoever the clause is about, often not the left entity.',
  },
  'reaction-to-event': {
    value: 0.55,
    why: '"Rights groups welcomed the decision": the reaction\'s target is whoever took the act stated earlier, found by event coreference across sentences.',
  },
  'case-of-one-accused': {
    value: 0.6,
    why: '"Varel was charged … The Fraud Office has been investigating the case": the inquiry names no one, and the one person the article charges is whose case it is; a step below a named object.',
  },
  'ended-tie-with': {
    value: 0.6,
    why: '"has ended its sponsorship agreement with Havbrann Petroleum": the tie ended and the party are both named; as firm as a verb of ending with its object.',
  },
  'contract-won-from': {
    value: 0.6,
    why: '"Acme won a $31 million contract from the Transit Authority": the winner does the work the body pays for; as firm as a contract awarded to it.',
  },
  'seat-in-own-relative': {
    value: 0.6,
    why: '"Brenkhorst, which assembles e-bikes at its factory in Zwolle": the seat is stated as the name\'s own, through a relative clause with no other name in it; a step below a seat stated right after the name.',
  },
  'judge-of-the-one-court': {
    value: 0.6,
    why: '"Justice Catherine Oyelaran found …" in a story that names one court: the title says she is a judge, and the one court named is where she sits; inferred across sentences.',
  },
  'titled-place-office': {
    value: 0.7,
    why: '"Dalmore District Attorney Alma Ruiz … the Dalmore D.A.\'s office": the title before the name and the office named elsewhere agree in place and kind; as firm as a title before a name.',
  },
  'sued-the-state': {
    value: 0.6,
    why: '"he took legal action against the government": the suit names no one, and the article\'s one country is whose government it is; a step below a named object.',
  },
  'enforcer-reports-charge': {
    value: 0.6,
    why: '"NSW Police said … Nick Stavrou had been charged": the passive names no agent, and the body of law enforcement that reports it is the one that made the charge; a step below the charge written with its agent.',
  },
  'loan-from-lender': {
    value: 0.6,
    why: '"… a 2.5 billion euro bridge loan from Deutsche Bank": the lender after "loan from" finances the sentence\'s subject or its reporter; a step below a verb of funding between the two.',
  },
  'prosecutor-gerund': {
    value: 0.6,
    why: '"accused District Attorney Ruiz of abusing her discretion in potentially indicting Varel": the gerund\'s doer is the prosecutor before "of", across an accusation of a few words.',
  },
  'outlet-reported-subject': {
    value: 0.6,
    why: '"The Melbourne Sentinel reported on Thursday that Corvana engineers had warned managers": the outlet and the subject of what it reported in one sentence, no verb of inquiry between them.',
  },
  'letter-to-members': {
    value: 0.6,
    why: '"with a letter to the chairs of the Senate committees": the letter and its addressee in one phrase, addressed through the body\'s members.',
  },
  'possessive-pronoun-party': {
    value: 0.6,
    why: '"Kerrigan said his Unity Party had taken the town": the one person named before the pronoun owns the party, as in "Kerrigan\'s Unity Party"; a step below a name written as the possessor.',
  },
  'party-tie-member': {
    value: 0.75,
    why: '"Anton Hallick, the Reform Alliance candidate,": a member\'s noun of the party joined to the name as a title is, as a title before a name, a plain statement of the tie.',
  },
  'legislature-speaker': {
    value: 0.8,
    why: '"Veldan Parliament speaker Hanna Ostberg", "the speaker of the Veldan Parliament, Lukas Morenz": a title joined to the name as the title patterns read one.',
  },
  'criticism-from': {
    value: 0.6,
    why: '"faced criticism from the union": a criticism said with a noun a light verb carries, its author right after "from".',
  },
  'aid-sent-to': {
    value: 0.6,
    why: '"sent 50 tonnes of rice to Nepal": aid named between a verb of sending and "to", the receiver right after it.',
  },
  'funds-pledged-to': {
    value: 0.65,
    why: '"pledged $40 million in grants to Bangladesh": a sum or a grant pledged or awarded "to" a party, the one funded right after "to"; a pledge is stated as done.',
  },
  'contract-awarded-to': {
    value: 0.65,
    why: '"awarded a 410 million euro contract to Hanseatic": a contract or an order awarded "to" a party, who does the work for the one awarding it.',
  },
  'share-held': {
    value: 0.72,
    why: '"which holds about 8 per cent of Harwell Foods": a percentage of a business after a verb of holding, as plain as "owns".',
  },
  'passive-to-by': {
    value: 0.72,
    why: '"was delivered to Chad by the World Food Programme": a passive of a schema verb of providing, as explicit as a passive between the two, the giver right after "by".',
  },
  'taken-to-court': {
    value: 0.7,
    why: '"has taken Delmar Mobile to the High Court": an idiom of suing with the one sued inside it, as plain as "sued".',
  },
  'sanctions-on': {
    value: 0.6,
    why: '"imposed sanctions on Veldania": a boycott said with a noun a light verb carries, its target right after "on" or "against".',
  },
  'place-branch-of': {
    value: 0.7,
    why: '"the Orsk branch of Brennic Bank": the place names the seat the organisation keeps there, as "Place\'s Org" does.',
  },
  'apposed-place-part-of': {
    value: 0.7,
    why: '"Orsk, capital of Dravik province": the apposition says in words which place holds the other, as "Place, Place" does by order.',
  },
  'speaking-to-opening': {
    value: 0.72,
    why: '"Speaking to the BBC, Mr Doe said": the clause names the one told as plainly as "told the BBC", but the speaker stands after a comma and, at times, a clause of place.',
  },
  'member-for-seat': {
    value: 0.75,
    why: '"Ruth Calder, Labour MP for Dunmore East": the apposition names the seat the member holds, as plainly as "the MP for Dunmore East".',
  },
  'summoned-national-envoy': {
    value: 0.6,
    why: '"Norland summoned the Westrian ambassador": the same protest by its act as summoned-envoy, the state named by its people\'s adjective.',
  },
  'summoned-envoy': {
    value: 0.6,
    why: '"Veldania summoned Tamsia\'s ambassador": a diplomatic protest said by its act, not by a verb of protest.',
  },
  'possessed-title-of-field': {
    value: 0.8,
    why: '"Acme\'s director of enforcement, Jane Doe": a possessed title set off before the name, as "Acme\'s chief executive, Jane Doe".',
  },
  'unknown-verb': { value: 0.3, why: 'A past-tense verb the schema has no type for: some relation, of no known type (kept as RELATED_TO).' },
} as const satisfies Record<string, ConfidenceSetting>;

export type ConfidencePattern = keyof typeof PATTERN_CONFIDENCE;

/** A match's confidence and pattern name, from the pattern's setting. */
export function statedBy<P extends ConfidencePattern>(pattern: P): { confidence: number; pattern: P } {
  return { confidence: PATTERN_CONFIDENCE[pattern].value, pattern };
}

/** A verb between the two entities: firm when close to them, less so the further it sits. */
export const VERB_CONFIDENCE = {
  active: { value: 0.78, why: 'An active verb of a schema type between subject and object ("Acme acquired Globex") is the usual statement of a fact.' },
  passive: { value: 0.72, why: 'Passive ("Globex was acquired by Acme") is as explicit, but its direction rests on finding "by", which misleads more often.' },
  perWordAfterSecond: { value: 0.015, why: 'Each word beyond the second before the verb makes it likelier that the verb belongs to another clause.' },
  floor: { value: 0.5, why: 'However far, a verb of the right type between the two still says more than the loose structural patterns at 0.45.' },
} as const satisfies Record<string, ConfidenceSetting>;

/** The confidence of an active or passive verb found `verbAt` words into the text between the two entities. */
export function verbConfidence(passive: boolean, verbAt: number): number {
  return Math.max(
    VERB_CONFIDENCE.floor.value,
    (passive ? VERB_CONFIDENCE.passive.value : VERB_CONFIDENCE.active.value) - VERB_CONFIDENCE.perWordAfterSecond.value * Math.max(0, verbAt - 2),
  );
}

/** Adjustments the relate stage makes to a match's confidence. */
export const CONFIDENCE_ADJUSTMENTS = {
  classifierCap: {
    value: 0.85,
    why: "The classifier's probability is capped at the firmest pattern's confidence, so that a model guess never outranks explicit wording.",
  },
  untypedCap: { value: 0.3, why: 'A verb no schema type allows between these endpoints is kept as RELATED_TO, at most as sure as an unknown verb.' },
  notBothNames: { value: 0.85, why: 'A pronoun or a description as an endpoint ("the company") adds the chance that coreference chose the wrong entity.' },
  negated: { value: 0.5, why: 'A negated statement ("Acme did not acquire Globex") is kept for the record, but half as sure, so that filters drop it first.' },
} as const satisfies Record<string, ConfidenceSetting>;
