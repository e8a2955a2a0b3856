// Tokens as the tagger was trained on them: CoNLL-2003 keeps numbers with their hyphens, points and colons whole,
// and a date cut into pieces reads to the tagger as a name ("LONDON 1996-12-06" as an organisation).
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../src/pipeline/segment.js';

const words = (text: string) => tokenise(text).map((t) => t.text);

describe('tokenise', () => {
  it('keeps a company form written with a slash whole, and other slashes apart', () => {
    expect(words('Halvorsen Spil A/S said')).toEqual(['Halvorsen', 'Spil', 'A/S', 'said']);
    expect(words('buy/sell and AB/CD')).toEqual(['buy', '/', 'sell', 'and', 'AB', '/', 'CD']);
  });
  it('keeps a dateline date whole', () => {
    expect(words('LONDON 1996-12-06')).toEqual(['LONDON', '1996-12-06']);
  });
  it('keeps scores, ranges and bowling figures whole', () => {
    expect(words('Romania beat Lithuania 2-1 , Bevan 4-0-18-0 , Lancashire 197-8')).toEqual([
      'Romania',
      'beat',
      'Lithuania',
      '2-1',
      ',',
      'Bevan',
      '4-0-18-0',
      ',',
      'Lancashire',
      '197-8',
    ]);
    expect(words('the 1996-97 season, August 21-25')).toEqual(['the', '1996-97', 'season', ',', 'August', '21-25']);
  });
  it('keeps decimals, thousands, times, fractions and dialling codes whole', () => {
    expect(words('rose 1.5 percent to 1,000 at 10:30 , 5 1/2 games , call +44')).toEqual([
      'rose',
      '1.5',
      'percent',
      'to',
      '1,000',
      'at',
      '10:30',
      ',',
      '5',
      '1/2',
      'games',
      ',',
      'call',
      '+44',
    ]);
  });
  it('keeps a word written on to a number with it', () => {
    expect(words('a 21-year-old from the 1990s won $5bn')).toEqual(['a', '21-year-old', 'from', 'the', '1990s', 'won', '$', '5bn']);
  });
  it('still cuts a dash set apart by spaces, and a number from a following bracket or full stop', () => {
    expect(words('CRICKET - 1997 ( 3-0 ) won 6-4.')).toEqual(['CRICKET', '-', '1997', '(', '3-0', ')', 'won', '6-4', '.']);
  });
  it('keeps hyphenated names and dotted acronyms as they were', () => {
    expect(words("Chester-le-Street , U.S. , O'Brien 's Bergamo-based side")).toEqual([
      'Chester-le-Street',
      ',',
      'U.S.',
      ',',
      "O'Brien",
      "'s",
      'Bergamo-based',
      'side',
    ]);
  });
});
