// The one set of merge rules (document/merge-rules.ts) the build, kg load and kg load --bulk apply: every rule gives
// the same result whichever statement comes first.
import { describe, expect, it } from 'vitest';
import { decideEntity, idCollision, keptMention, mergePlainProperties, smallerValue, type PlainValue } from '../../src/document/merge-rules.js';
import { mentionPairs, plainValuePairs } from '../merge-cases.js';

describe('merge rules', () => {
  it('keeps the same plain value in either order, and an absent value yields', () => {
    for (const [a, b] of plainValuePairs) expect(smallerValue(a, b)).toEqual(smallerValue(b, a));
    expect(smallerValue('acquired', 'bought')).toBe('acquired');
    expect(smallerValue(null, 'only')).toBe('only');
    expect(smallerValue<PlainValue>(true, 0)).toBe(true);
  });

  it("keeps the same statement of an entity's mentions in a document in either order: more mentions first", () => {
    expect(keptMention(mentionPairs[0]![0], mentionPairs[0]![1]).count).toBe(2);
    for (const [a, b] of mentionPairs) expect(JSON.stringify(keptMention(a, b))).toBe(JSON.stringify(keptMention(b, a)));
  });

  it('folds relation properties key by key, the same in either order', () => {
    const one = { verb: 'bought', date: '2019' };
    const two = { verb: 'acquired', amount: 12 };
    const forward = { ...one };
    mergePlainProperties(forward, two);
    const backward = { ...two };
    mergePlainProperties(backward, one);
    expect(forward).toEqual(backward);
    expect(forward).toEqual({ verb: 'acquired', date: '2019', amount: 12 });
  });

  it('decides the type most mentions vote for, with the labels of that type only', () => {
    const decided = decideEntity({
      name: 'Acme',
      type: 'Company',
      aliases: [],
      mergeKey: 'acme',
      mergeReasons: [],
      votes: [{ names: ['Acme', 'Acme Media', 'Acme Media'], types: ['Company', 'MediaOrganization', 'MediaOrganization'] }],
    });
    expect(decided).toMatchObject({
      name: 'Acme Media',
      type: 'MediaOrganization',
      labels: ['Entity', 'Organization', 'MediaOrganization'],
      aliases: ['Acme'],
    });
    expect(decided.mergeReasons).toEqual(['"Acme" has the same merge key "acme"']);
  });

  it('gives the same entity whichever name the node was created with', () => {
    const votes = [{ names: ['Brightwater', 'Brightwater', 'Brightwater Corp'], types: ['Company', 'Company', 'Company'] }];
    const a = decideEntity({ name: 'Brightwater Corp', type: 'Company', aliases: ['Brightwater'], mergeKey: 'brightwater', mergeReasons: [], votes });
    const b = decideEntity({
      name: 'Brightwater',
      type: 'Company',
      aliases: ['Brightwater Corp'],
      mergeKey: 'brightwater',
      mergeReasons: ['"Brightwater Corp" has the same merge key "brightwater"'],
      votes,
    });
    expect(a).toEqual(b);
  });

  it('calls an id a collision only for another root type and no name in common', () => {
    const person = { id: 'per:x', name: 'Ann Lee', type: 'Person' };
    expect(idCollision(person, { id: 'per:x', name: 'Lee Widgets', type: 'Company' })).toBe(true);
    expect(idCollision(person, { id: 'per:x', name: 'Ann Lee', type: 'Company' })).toBe(false);
    expect(idCollision({ id: 'org:x', name: 'Acme', type: 'Company' }, { id: 'org:x', name: 'Acme Times', type: 'MediaOrganization' })).toBe(false);
  });
});
