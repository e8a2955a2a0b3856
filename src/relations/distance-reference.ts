// "Kessel, 40 km north of Tamsk", "a camp 20 miles from Orsk": a place measured from is a reference point, not the
// place the thing or person before it is in (rule distance-reference-place). The pair classifier, which reads "north
// of Tamsk" much as "in Tamsk", put people's homes and places' containers there.
import { DISTANCE_UNITS, PART_OF_PLACE_WORDS } from '../recognition/lexicon/words.js';

/**
 * True when the words before token `placeStart` read "<number> <unit> [compass] of|from" ("40 km north of", "20 miles
 * from", "60 miles south-east of"); `words` lower-cased as the sentence view holds them.
 */
export function measuredFrom(words: readonly string[], placeStart: number): boolean {
  let k = placeStart - 1;
  if (words[k] === 'the') k--;
  if (words[k] !== 'of' && words[k] !== 'from') return false;
  k--;
  if (PART_OF_PLACE_WORDS.has(words[k] ?? '') || /^(?:north|south)-?(?:east|west)$/.test(words[k] ?? '')) k--;
  const unit = words[k] ?? '';
  if (/^\d[\d,.]*(?:km|kms)$/.test(unit)) return true;
  return DISTANCE_UNITS.has(unit) && /^(?:\d[\d,.]*|a|some|about|few|several|two|three|four|five|ten|twenty|fifty|hundred)$/.test(words[k - 1] ?? '');
}
