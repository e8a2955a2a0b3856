// The publication day is read from an article's opening (a labelled date line, a date on its own, a dateline) and
// becomes the reference for its relative dates; a date inside the story is not taken for it.
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/pipeline/clean.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { findDateline } from '../../src/pipeline/find-dateline.js';

describe('findDateline', () => {
  it('reads a labelled date line in any common form', () => {
    expect(findDateline('Acme buys Globex\nPublished: 5 March 2024\n\nAcme Corp said on Monday it would buy Globex.')).toBe('2024-03-05');
    expect(findDateline('Acme buys Globex\nPosted on March 5, 2024 at 10:14 am\n\nAcme Corp said…')).toBe('2024-03-05');
    expect(findDateline('Acme buys Globex\nDate: 2024-03-05\n\nAcme Corp said…')).toBe('2024-03-05');
  });

  it('prefers the published day to the updated one', () => {
    expect(findDateline('Acme buys Globex\nUpdated 7 March 2024\nPublished 5 March 2024\n\nAcme Corp said…')).toBe('2024-03-05');
    expect(findDateline('Acme buys Globex\nLast updated: 7 March 2024\n\nAcme Corp said…')).toBe('2024-03-07');
  });

  it('reads a line that is only a date and time', () => {
    expect(findDateline('Acme buys Globex\nTue 7 Oct 2025 15.35 BST\n\nAcme Corp said…')).toBe('2025-10-07');
  });

  it('reads a dateline opening the first paragraph', () => {
    expect(findDateline('Acme buys Globex\n\nWASHINGTON, Jan. 5, 2024 — Acme Corp said on Friday it would buy Globex.')).toBe('2024-01-05');
    expect(findDateline('Acme buys Globex\n\nSAO PAULO, Sept 3, 2025 (Reuters) - Acme Corp said on Wednesday…')).toBe('2025-09-03');
  });

  it('takes no date from inside the story or without a year', () => {
    expect(findDateline('Acme buys Globex\n\nOfficials inspect the site on Friday, March 24, 2023 in Dalmore, Texas, after the accident.')).toBeUndefined();
    expect(findDateline('Acme buys Globex\n\nLONDON, March 5 (Reuters) - Acme Corp said…')).toBeUndefined();
  });
});

describe('published day from the text', () => {
  const article =
    'Harbour Logistics to buy Fenwick Freight\n\nLONDON, March 7, 2024 — Harbour Logistics has agreed a deal with a rival. Harbour Logistics acquired Fenwick Freight on Monday, chief executive Dana Whitlock said. Whitlock joined Harbour Logistics last year.\n';

  it("becomes the document's published day unless --published says otherwise", () => {
    expect(cleanInput({ source: 'a.txt', format: 'txt', content: article }).published).toBe('2024-03-07');
    expect(cleanInput({ source: 'a.txt', format: 'txt', content: article }, '2024-01-01').published).toBe('2024-01-01');
  });

  it('is the day relative dates in the text are resolved against', () => {
    const { graph } = extractGraph([{ source: 'a.txt', format: 'txt', content: article }]);
    expect(graph.documents[0]!.published).toBe('2024-03-07');
    const dates = new Set(graph.relations.map((r) => r.properties.date));
    // 7 March 2024 was a Thursday: "on Monday" is the 4th, and "last year" 2023.
    expect(dates).toContain('2024-03-04');
    expect(dates).toContain('2023');
  });
});
