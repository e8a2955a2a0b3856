// General-knowledge word lists used as tagger features: title words, organisation words, place words, countries,
// nationalities, months and weekdays. No names of particular people or organisations belong here.
// FROZEN: these lists are part of the tagger's feature set (models/ner-*.json records their hash); editing a word changes
// the features the committed model was trained on, so it means `npm run train:ner` and a new model. They are named
// TAGGER_* so they are not mistaken for recognition's own word lists (src/recognition/lexicon/words.ts).

const words = (s: string): string[] => s.split('|').map((w) => w.toLowerCase());

const TAGGER_TITLE_WORDS = words(
  'mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|president|minister|premier|chancellor|secretary|senator|' +
    'governor|mayor|king|queen|prince|princess|pope|bishop|archbishop|rev|reverend|general|gen|colonel|col|major|' +
    'captain|capt|lieutenant|lt|sergeant|sgt|admiral|commander|chairman|chairwoman|chair|ceo|executive|director|' +
    'spokesman|spokeswoman|spokesperson|judge|justice|ambassador|envoy|leader|coach|manager|striker|midfielder|' +
    'defender|goalkeeper|captain|deputy|vice|officer|analyst|economist|founder|chief|premier|sheikh|ayatollah|st',
);

const TAGGER_ORGANISATION_WORDS = words(
  'corp|corporation|inc|incorporated|ltd|limited|plc|llc|llp|co|company|companies|group|holdings|holding|ag|sa|nv|' +
    'bv|gmbh|spa|ab|asa|oy|bhd|pty|ministry|agency|department|bank|bancorp|university|college|institute|school|' +
    'council|committee|commission|association|federation|union|party|league|club|fc|united|foundation|fund|trust|' +
    'authority|board|bureau|office|court|parliament|assembly|congress|senate|army|navy|force|forces|police|service|' +
    'services|airlines|airways|motors|systems|technologies|industries|international|partners|securities|exchange|' +
    'news|times|post|press|journal|radio|television|tv|network|organisation|organization|society|centre|center',
);

const PLACE_WORDS = words(
  'city|county|province|state|region|district|island|islands|river|lake|mountain|mountains|valley|street|road|' +
    'avenue|square|airport|port|bay|gulf|sea|ocean|coast|north|south|east|west|northern|southern|eastern|western|' +
    'central|republic|kingdom|strip|bank|peninsula|desert',
);

const COUNTRIES = words(
  'afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|' +
    'bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|burundi|' +
    'cambodia|cameroon|canada|chad|chile|china|colombia|congo|croatia|cuba|cyprus|czech|denmark|djibouti|dominica|' +
    'ecuador|egypt|england|eritrea|estonia|ethiopia|europe|fiji|finland|france|gabon|gambia|georgia|germany|ghana|' +
    'greece|grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|' +
    'italy|jamaica|japan|jordan|kazakhstan|kenya|korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|' +
    'libya|liechtenstein|lithuania|luxembourg|macedonia|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|' +
    'mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|' +
    'nicaragua|niger|nigeria|norway|oman|pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|' +
    'romania|russia|rwanda|samoa|scotland|senegal|serbia|seychelles|singapore|slovakia|slovenia|somalia|spain|' +
    'sudan|suriname|swaziland|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|tunisia|' +
    'turkey|turkmenistan|uganda|ukraine|uruguay|uzbekistan|vanuatu|venezuela|vietnam|wales|yemen|yugoslavia|zambia|' +
    'zimbabwe|africa|asia|america|americas|antarctica|britain|uk|usa|us|gaza|chechnya|tibet|kashmir|ulster',
);

const NATIONALITIES = words(
  'afghan|albanian|algerian|american|angolan|argentine|argentinian|armenian|australian|austrian|azerbaijani|' +
    'belgian|bolivian|bosnian|brazilian|british|bulgarian|burmese|cambodian|canadian|chilean|chinese|colombian|' +
    'croatian|cuban|cypriot|czech|danish|dutch|egyptian|english|estonian|ethiopian|european|filipino|finnish|french|' +
    'georgian|german|ghanaian|greek|haitian|hungarian|icelandic|indian|indonesian|iranian|iraqi|irish|israeli|' +
    'italian|jamaican|japanese|jordanian|kenyan|korean|kurdish|kuwaiti|latvian|lebanese|libyan|lithuanian|' +
    'malaysian|mexican|moroccan|nigerian|norwegian|pakistani|palestinian|peruvian|polish|portuguese|romanian|' +
    'russian|rwandan|saudi|scottish|serb|serbian|slovak|slovenian|somali|spanish|sudanese|swedish|swiss|syrian|' +
    'taiwanese|thai|tunisian|turkish|ukrainian|uruguayan|venezuelan|vietnamese|welsh|yemeni|african|asian|arab|' +
    'arabic|muslim|christian|jewish|catholic|protestant|hindu|buddhist|sikh|islamic|latin|nordic|western|soviet',
);

const MONTHS = words(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|' + 'aug|sep|sept|oct|nov|dec',
);

const DAYS = words('monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow');

/** Lexicon classes, as small integers so a feature is a (template, class) pair and costs no string work. */
export const LEXICON_CLASSES = ['title', 'orgSuffix', 'place', 'country', 'nationality', 'month', 'day'] as const;

const CLASS_BITS = new Map<string, number>();
const lists = [TAGGER_TITLE_WORDS, TAGGER_ORGANISATION_WORDS, PLACE_WORDS, COUNTRIES, NATIONALITIES, MONTHS, DAYS];
lists.forEach((list, cls) => {
  for (const w of list) CLASS_BITS.set(w, (CLASS_BITS.get(w) ?? 0) | (1 << cls));
});

/** Bit set of lexicon classes for a lowercased word with any trailing full stop removed ("corp." → "corp"). */
export function lexiconBits(lower: string): number {
  const bits = CLASS_BITS.get(lower);
  if (bits !== undefined) return bits;
  if (lower.length > 1 && lower.endsWith('.')) return CLASS_BITS.get(lower.slice(0, -1)) ?? 0;
  // Plural nationalities and demonyms ("Germans", "Serbs").
  if (lower.length > 3 && lower.endsWith('s')) return (CLASS_BITS.get(lower.slice(0, -1)) ?? 0) & (1 << 4);
  return 0;
}

/** Every lexicon word with its class bits, sorted: what the tagger model's metadata checksums as its lexicons. */
export function lexiconEntries(): [string, number][] {
  return [...CLASS_BITS].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
