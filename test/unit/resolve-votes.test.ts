// How an entity's type is decided from its mentions' votes when the votes tie: never by the alphabet, and the same
// whatever order the votes arrive in (a load reads them back from the database in no fixed order).
import { describe, expect, it } from 'vitest';
import { decideType } from '../../src/pipeline/merge-across-documents.js';

describe('deciding an entity type from tied votes', () => {
  it('breaks a tie along one line of the hierarchy for the more specific type', () => {
    expect(decideType(['Organization', 'Company'])).toBe('Company');
    expect(decideType(['Company', 'Organization'])).toBe('Company');
  });

  it('gives diverging tied types the type they share, not the first in the alphabet', () => {
    expect(decideType(['Country', 'City'])).toBe('Location');
    expect(decideType(['City', 'Country'])).toBe('Location');
    expect(decideType(['GovernmentBody', 'Company'])).toBe('Organization');
  });

  it('keeps the majority type when there is no tie', () => {
    expect(decideType(['City', 'Country', 'City'])).toBe('City');
  });
});
