// The identity key of a name within and across articles: case, quotes, possessives, a leading "The", a trailing
// company suffix ("Acme Corp" is "Acme") and the nationality form ("French Ministry of Finance" is
// "France Ministry of Finance") do not make a different thing.
import { normaliseName } from '../document/ids.js';
import { countryOfWord } from './nationality-phrases.js';

const COMPANY_SUFFIX = /\s+(corp|corporation|inc|incorporated|ltd|limited|plc|llc|co|gmbh|ag|sa|nv|bv)$/;
const MILITARY_NAME = /^(military|army|armed forces|defence forces|defense forces|forces)$/;

/** Merge key for a name as written. */
export function nameKey(text: string): string {
  const words = text.split(/\s+/);
  const country = countryOfWord(words.join(' '), false);
  if (country) return country.name.toLowerCase();
  const lead = countryOfWord(words[0], true) ?? countryOfWord(words[0].replace(/['’]s$/, ''), false);
  let key = normaliseName(text.replace(/['’]s(?=\s)/g, ''));
  if (lead && words.length > 1) {
    const rest = normaliseName(words.slice(1).join(' '));
    if (MILITARY_NAME.test(rest)) return `${lead.name.toLowerCase()} military`;
    key = `${lead.name.toLowerCase()} ${rest}`;
  }
  return key.replace(COMPANY_SUFFIX, '') || key;
}
