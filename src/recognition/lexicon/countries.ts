// General knowledge: the world's sovereign states (and the former states history and archives still name, such as
// the Soviet Union) with their adjectives and demonym plurals, used to type
// country names, map "<Nationality> government/military" to a country, and find population groups
// ("Ukrainians"). Format per row: names (first is canonical, ";" separates alternatives) | adjectives | plurals.
import { itemAt } from '../../util/checked-index.js';

const ROWS = `
Afghanistan|Afghan|Afghans
Albania|Albanian|Albanians
Algeria|Algerian|Algerians
Andorra|Andorran|Andorrans
Angola|Angolan|Angolans
Antigua and Barbuda|Antiguan|Antiguans
Argentina|Argentine;Argentinian|Argentines;Argentinians
Armenia|Armenian|Armenians
Australia|Australian|Australians
Austria|Austrian|Austrians
Azerbaijan|Azerbaijani;Azeri|Azerbaijanis;Azeris
Bahamas;The Bahamas|Bahamian|Bahamians
Bahrain|Bahraini|Bahrainis
Bangladesh|Bangladeshi|Bangladeshis
Barbados|Barbadian|Barbadians
Belarus|Belarusian|Belarusians
Belgium|Belgian|Belgians
Belize|Belizean|Belizeans
Benin|Beninese|
Bhutan|Bhutanese|
Bolivia|Bolivian|Bolivians
Bosnia and Herzegovina;Bosnia|Bosnian|Bosnians
Botswana|Botswanan|
Brazil|Brazilian|Brazilians
Brunei|Bruneian|Bruneians
Bulgaria|Bulgarian|Bulgarians
Burkina Faso|Burkinabe|
Burundi|Burundian|Burundians
Cambodia|Cambodian|Cambodians
Cameroon|Cameroonian|Cameroonians
Canada|Canadian|Canadians
Cape Verde;Cabo Verde|Cape Verdean|Cape Verdeans
Central African Republic|Central African|
Chad|Chadian|Chadians
Chile|Chilean|Chileans
China;People's Republic of China;PRC|Chinese|
Colombia|Colombian|Colombians
Comoros|Comorian|Comorians
Congo;Republic of the Congo|Congolese|
Democratic Republic of the Congo;DR Congo;DRC|Congolese|
Costa Rica|Costa Rican|Costa Ricans
Croatia|Croatian|Croatians;Croats
Cuba|Cuban|Cubans
Cyprus|Cypriot|Cypriots
Czech Republic;Czechia|Czech|Czechs
Denmark|Danish|Danes
Djibouti|Djiboutian|Djiboutians
Dominica|Dominican|
Dominican Republic|Dominican|Dominicans
East Timor;Timor-Leste|Timorese|
Ecuador|Ecuadorian|Ecuadorians
Egypt|Egyptian|Egyptians
El Salvador|Salvadoran|Salvadorans
Equatorial Guinea|Equatoguinean|
Eritrea|Eritrean|Eritreans
Estonia|Estonian|Estonians
Eswatini;Swaziland|Swazi|Swazis
Ethiopia|Ethiopian|Ethiopians
Fiji|Fijian|Fijians
Finland|Finnish|Finns
France|French|
Gabon|Gabonese|
Gambia;The Gambia|Gambian|Gambians
Georgia|Georgian|Georgians
Germany|German|Germans
Ghana|Ghanaian|Ghanaians
Greece|Greek|Greeks
Grenada|Grenadian|Grenadians
Guatemala|Guatemalan|Guatemalans
Guinea|Guinean|Guineans
Guinea-Bissau|Bissau-Guinean|
Guyana|Guyanese|
Haiti|Haitian|Haitians
Honduras|Honduran|Hondurans
Hungary|Hungarian|Hungarians
Iceland|Icelandic|Icelanders
India|Indian|Indians
Indonesia|Indonesian|Indonesians
Iran|Iranian|Iranians
Iraq|Iraqi|Iraqis
Ireland;Republic of Ireland|Irish|
Israel;State of Israel|Israeli|Israelis
Italy|Italian|Italians
Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian|Ivorians
Jamaica|Jamaican|Jamaicans
Japan|Japanese|
Jordan|Jordanian|Jordanians
Kazakhstan|Kazakh;Kazakhstani|Kazakhs;Kazakhstanis
Kenya|Kenyan|Kenyans
Kiribati|I-Kiribati|
Kosovo|Kosovar|Kosovars
Kuwait|Kuwaiti|Kuwaitis
Kyrgyzstan|Kyrgyz|
Laos|Lao;Laotian|Laotians
Latvia|Latvian|Latvians
Lebanon|Lebanese|
Lesotho|Basotho|
Liberia|Liberian|Liberians
Libya|Libyan|Libyans
Liechtenstein|Liechtensteiner|
Lithuania|Lithuanian|Lithuanians
Luxembourg|Luxembourgish|Luxembourgers
Madagascar|Malagasy|
Malawi|Malawian|Malawians
Malaysia|Malaysian|Malaysians
Maldives|Maldivian|Maldivians
Mali|Malian|Malians
Malta|Maltese|
Marshall Islands|Marshallese|
Mauritania|Mauritanian|Mauritanians
Mauritius|Mauritian|Mauritians
Mexico|Mexican|Mexicans
Micronesia|Micronesian|Micronesians
Moldova|Moldovan|Moldovans
Monaco|Monegasque|
Mongolia|Mongolian|Mongolians
Montenegro|Montenegrin|Montenegrins
Morocco|Moroccan|Moroccans
Mozambique|Mozambican|Mozambicans
Myanmar;Burma|Burmese;Myanmar|
Namibia|Namibian|Namibians
Nauru|Nauruan|Nauruans
Nepal|Nepali;Nepalese|Nepalis
Netherlands;The Netherlands;Holland|Dutch|
New Zealand|New Zealand|New Zealanders
Nicaragua|Nicaraguan|Nicaraguans
Niger|Nigerien|Nigeriens
Nigeria|Nigerian|Nigerians
North Korea;DPRK|North Korean|North Koreans
North Macedonia;Macedonia|Macedonian|Macedonians
Norway|Norwegian|Norwegians
Oman|Omani|Omanis
Pakistan|Pakistani|Pakistanis
Palau|Palauan|Palauans
Palestine;State of Palestine|Palestinian|Palestinians
Panama|Panamanian|Panamanians
Papua New Guinea|Papua New Guinean|Papua New Guineans
Paraguay|Paraguayan|Paraguayans
Peru|Peruvian|Peruvians
Philippines;The Philippines|Philippine;Filipino|Filipinos
Poland|Polish|Poles
Portugal|Portuguese|
Qatar|Qatari|Qataris
Romania|Romanian|Romanians
Russia;Russian Federation|Russian|Russians
Rwanda|Rwandan|Rwandans
Saint Kitts and Nevis|Kittitian|
Saint Lucia|Saint Lucian|
Saint Vincent and the Grenadines|Vincentian|
Samoa|Samoan|Samoans
San Marino|Sammarinese|
Sao Tome and Principe;São Tomé and Príncipe|Santomean|
Saudi Arabia|Saudi;Saudi Arabian|Saudis
Senegal|Senegalese|
Serbia|Serbian|Serbians;Serbs
Seychelles|Seychellois|
Sierra Leone|Sierra Leonean|Sierra Leoneans
Singapore|Singaporean|Singaporeans
Slovakia|Slovak;Slovakian|Slovaks
Slovenia|Slovenian;Slovene|Slovenians;Slovenes
Solomon Islands|Solomon Islander|Solomon Islanders
Somalia|Somali|Somalis
South Africa|South African|South Africans
South Korea;Republic of Korea;Korea|South Korean;Korean|South Koreans;Koreans
South Sudan|South Sudanese|
Spain|Spanish|Spaniards
Sri Lanka|Sri Lankan|Sri Lankans
Sudan|Sudanese|
Suriname|Surinamese|
Sweden|Swedish|Swedes
Switzerland|Swiss|
Syria|Syrian|Syrians
Taiwan|Taiwanese|
Tajikistan|Tajik|Tajiks
Tanzania|Tanzanian|Tanzanians
Thailand|Thai|Thais
Togo|Togolese|
Tonga|Tongan|Tongans
Trinidad and Tobago|Trinidadian|Trinidadians
Tunisia|Tunisian|Tunisians
Turkey;Türkiye|Turkish|Turks
Turkmenistan|Turkmen|
Tuvalu|Tuvaluan|Tuvaluans
Uganda|Ugandan|Ugandans
Ukraine|Ukrainian|Ukrainians
United Arab Emirates;UAE|Emirati|Emiratis
United Kingdom;UK;U.K.;Britain;Great Britain|British|Britons
United States;US;U.S.;USA;U.S.A.;United States of America;America|American;US;U.S.|Americans
Uruguay|Uruguayan|Uruguayans
Uzbekistan|Uzbek|Uzbeks
Vanuatu|Ni-Vanuatu|
Vatican City;Holy See;Vatican|Vatican|
Venezuela|Venezuelan|Venezuelans
Vietnam;Viet Nam|Vietnamese|
Yemen|Yemeni|Yemenis
Zambia|Zambian|Zambians
Zimbabwe|Zimbabwean|Zimbabweans
England|English|
Scotland|Scottish|Scots
Wales|Welsh|
Soviet Union;USSR;U.S.S.R.|Soviet|Soviets
Yugoslavia|Yugoslav;Yugoslavian|Yugoslavs
Czechoslovakia|Czechoslovak;Czechoslovakian|Czechoslovaks
East Germany|East German|East Germans
West Germany|West German|West Germans
`;

export interface CountryEntry {
  /** Canonical name, e.g. "United States". */
  name: string;
  names: string[];
  adjectives: string[];
  plurals: string[];
}

export const COUNTRIES: CountryEntry[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const [names = [], adjectives = [], plurals = []] = row.split('|').map((f) =>
      f
        ? f
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    );
    return { name: itemAt(names, 0), names, adjectives, plurals };
  });

const byLower = <T>(pairs: [string, T][]) => new Map(pairs.map(([k, v]) => [k.toLowerCase(), v]));

/** Country by any of its names ("u.s." → United States). Case-insensitive for multi-letter names. */
export const countryByName = byLower(COUNTRIES.flatMap((c) => c.names.map((n) => [n, c] as [string, CountryEntry])));
/** Country by nationality adjective ("israeli" → Israel). The first country listed wins a shared adjective. */
export const countryByAdjective = new Map<string, CountryEntry>();
for (const c of COUNTRIES) for (const a of c.adjectives) if (!countryByAdjective.has(a.toLowerCase())) countryByAdjective.set(a.toLowerCase(), c);
/** Demonym plural to its country ("ukrainians" → Ukraine). */
export const countryByPlural = byLower(COUNTRIES.flatMap((c) => c.plurals.map((p) => [p, c] as [string, CountryEntry])));
