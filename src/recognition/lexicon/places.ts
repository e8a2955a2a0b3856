// General knowledge gazetteer below the country level: US states and other first-level regions often in the
// news, continents and world regions, disputed or occupied territories, and capitals and large cities. Used only
// to type a name already found in the text as Region or City; it never creates a mention on its own.

const REGIONS = `
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa
Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming
Ontario Quebec Alberta Manitoba Saskatchewan Yukon Bavaria Catalonia Andalusia Lombardy Tuscany Sicily Sardinia Corsica
Brittany Normandy Provence Flanders Wallonia Siberia Chechnya Dagestan Crimea Donbas Donetsk Luhansk Kherson Zaporizhzhia
Kashmir Punjab Bengal Kerala Gujarat Xinjiang Tibet Guangdong Sichuan Yunnan Hokkaido Okinawa Mindanao Aceh
Bali Java Sumatra Borneo Kurdistan Darfur Tigray Amhara Sinai Galilee Negev Gaza Patagonia Amazonia Queensland Tasmania
Europe Asia Africa Antarctica Oceania Arctic Balkans Caucasus Scandinavia Baltics Maghreb Sahel Levant Caribbean
Mediterranean Siberia Gulf
`;

const MULTIWORD_REGIONS = [
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York State',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
  'Washington State',
  'British Columbia',
  'Nova Scotia',
  'New Brunswick',
  'Northern Ireland',
  'Northern Territory',
  'New South Wales',
  'Western Australia',
  'South Australia',
  'Hong Kong',
  'Macau',
  'Puerto Rico',
  'Greenland',
  'West Bank',
  'Gaza Strip',
  'Golan Heights',
  'East Jerusalem',
  'Western Sahara',
  'Nagorno-Karabakh',
  'Basque Country',
  'Middle East',
  'Near East',
  'Far East',
  'North Africa',
  'West Africa',
  'East Africa',
  'Southern Africa',
  'Central Africa',
  'Sub-Saharan Africa',
  'Horn of Africa',
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Central Asia',
  'South Asia',
  'Southeast Asia',
  'South-East Asia',
  'East Asia',
  'Eastern Europe',
  'Western Europe',
  'Central Europe',
  'Persian Gulf',
  'Red Sea',
  'Black Sea',
  'South China Sea',
  'Taiwan Strait',
  'Korean Peninsula',
  'Silicon Valley',
  'Tamil Nadu',
  'Inner Mongolia',
  'Indo-Pacific',
  'Asia-Pacific',
  'Pacific',
  'Atlantic',
];

const CITIES = `
Kabul Tirana Algiers Luanda Yerevan Canberra Vienna Baku Manama Dhaka Minsk Brussels Sarajevo Brasilia Sofia
Ottawa Santiago Beijing Bogota Zagreb Havana Nicosia Prague Copenhagen Cairo Tallinn Helsinki Paris Berlin Tbilisi
Accra Athens Budapest Reykjavik Jakarta Tehran Baghdad Dublin Jerusalem Rome Tokyo Amman Astana Nairobi Pristina
Bishkek Riga Beirut Tripoli Vilnius Luxembourg Antananarivo Valletta Chisinau Ulaanbaatar Podgorica Rabat Maputo
Windhoek Kathmandu Amsterdam Wellington Managua Niamey Abuja Pyongyang Skopje Oslo Muscat Islamabad Ramallah Lima Manila
Warsaw Lisbon Doha Bucharest Moscow Kigali Riyadh Dakar Belgrade Freetown Singapore Bratislava Ljubljana Mogadishu
Pretoria Seoul Juba Madrid Colombo Khartoum Stockholm Bern Damascus Taipei Dushanbe Dodoma Bangkok Tunis Ankara Kampala
Kyiv Kiev London Washington Montevideo Tashkent Caracas Hanoi Sanaa Lusaka Harare
Sydney Melbourne Toronto Montreal Vancouver Shanghai Shenzhen Guangzhou Mumbai Delhi Bangalore Bengaluru Kolkata Chennai
Karachi Lahore Istanbul Dubai Jeddah Alexandria Lagos Johannesburg Casablanca Marrakesh Milan Naples
Turin Venice Florence Barcelona Seville Valencia Munich Hamburg Frankfurt Cologne Zurich Geneva Lyon Marseille Nice
Manchester Liverpool Birmingham Glasgow Edinburgh Cardiff Belfast Rotterdam Antwerp Krakow Gdansk Kharkiv Odesa Lviv
Mariupol Bakhmut Osaka Kyoto Busan Hiroshima Nagasaki Haifa Hebron Nablus Jenin Rafah 
Aleppo Homs Mosul Basra Kandahar Herat Seattle Boston Chicago Houston Dallas Austin Denver Phoenix Atlanta Miami Orlando
Philadelphia Pittsburgh Detroit Cleveland Baltimore Minneapolis Portland Sacramento Oakland Brooklyn Manhattan
Nashville Memphis Charlotte Raleigh Richmond Tampa Honolulu Anchorage
Davos Hollywood Redmond Cupertino
`;

const MULTIWORD_CITIES = [
  'Tel Aviv',
  'Khan Younis',
  'Gaza City',
  'Abu Dhabi',
  'Cape Town',
  'Hong Kong City',
  'Mexico City',
  'New York',
  'New York City',
  'Los Angeles',
  'San Francisco',
  'San Diego',
  'San Jose',
  'Las Vegas',
  'New Orleans',
  'Salt Lake City',
  'Kansas City',
  'St Petersburg',
  'St. Petersburg',
  'Kuala Lumpur',
  'Buenos Aires',
  'Rio de Janeiro',
  'Sao Paulo',
  'São Paulo',
  'Ho Chi Minh City',
  'New Delhi',
  'Phnom Penh',
  'Addis Ababa',
  'Dar es Salaam',
  'Panama City',
  'Guatemala City',
  'Kuwait City',
  'Quebec City',
  'Washington DC',
  'Washington, D.C.',
  'The Hague',
];

const words = (block: string) => block.split(/\s+/).filter(Boolean);

/** Lower-cased names of first-level regions, world regions and territories. */
export const REGION_NAMES = new Set([...words(REGIONS), ...MULTIWORD_REGIONS].map((s) => s.toLowerCase()));
/** Lower-cased names of capitals and large cities. */
export const CITY_NAMES = new Set([...words(CITIES), ...MULTIWORD_CITIES].map((s) => s.toLowerCase()));
/** US states, for "Burlington, Vermont" and "Washington state". */
export const US_STATES = new Set(
  [
    ...words(REGIONS).slice(0, 38),
    'New Hampshire',
    'New Jersey',
    'New Mexico',
    'New York',
    'North Carolina',
    'North Dakota',
    'Rhode Island',
    'South Carolina',
    'South Dakota',
    'West Virginia',
    'Washington',
    'Georgia',
  ].map((s) => s.toLowerCase()),
);

/**
 * The abbreviations news agencies write US states with, before their full stop ("Bethany, Conn.", "Miami, Fla."),
 * lower-cased and without dots, to the state's name.
 */
export const US_STATE_ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    ala: 'Alabama',
    ariz: 'Arizona',
    ark: 'Arkansas',
    calif: 'California',
    colo: 'Colorado',
    conn: 'Connecticut',
    del: 'Delaware',
    fla: 'Florida',
    ga: 'Georgia',
    ill: 'Illinois',
    ind: 'Indiana',
    kan: 'Kansas',
    kans: 'Kansas',
    ky: 'Kentucky',
    la: 'Louisiana',
    md: 'Maryland',
    mass: 'Massachusetts',
    mich: 'Michigan',
    minn: 'Minnesota',
    miss: 'Mississippi',
    mo: 'Missouri',
    mont: 'Montana',
    neb: 'Nebraska',
    nev: 'Nevada',
    nh: 'New Hampshire',
    nj: 'New Jersey',
    nm: 'New Mexico',
    ny: 'New York',
    nc: 'North Carolina',
    nd: 'North Dakota',
    okla: 'Oklahoma',
    ore: 'Oregon',
    pa: 'Pennsylvania',
    ri: 'Rhode Island',
    sc: 'South Carolina',
    sd: 'South Dakota',
    tenn: 'Tennessee',
    tex: 'Texas',
    vt: 'Vermont',
    va: 'Virginia',
    wash: 'Washington',
    wva: 'West Virginia',
    wis: 'Wisconsin',
    wyo: 'Wyoming',
  }),
);
