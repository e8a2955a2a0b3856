// The cases the merge rules are pinned by (document/merge-rules.ts): the unit tests check the JavaScript against them
// and the integration tests run the Cypher the loader generates on the same cases.
import type { MentionFields, PlainValue } from '../src/document/merge-rules.js';

/** Pairs of a stored and an incoming plain value, in both orders by the tests. */
export const plainValuePairs: [PlainValue | null, PlainValue | null][] = [
  ['acquired', 'bought'],
  ['2019', '2019-05-01'],
  ['', 'x'],
  ['Zürich', 'Zurich'],
  [3, 12],
  [0.5, -1],
  [true, false],
  ['12', 12],
  [false, 'false'],
  [true, 0],
  [null, 'only'],
  [null, null],
  ['same', 'same'],
];

const mention = (count: number, starts: number[], names: string[], types: string[], kinds = starts.map(() => 'name')): MentionFields => ({
  count,
  starts,
  ends: starts.map((s) => s + 5),
  kinds,
  names,
  types,
});

/** Pairs of statements of one entity's mentions in one document. */
export const mentionPairs: [MentionFields, MentionFields][] = [
  [mention(1, [10], ['Acme'], ['Company']), mention(2, [10, 40], ['Acme', 'Acme'], ['Company', 'Company'])],
  [mention(1, [10], ['Acme'], ['Company']), mention(1, [12], ['Acme'], ['Company'])],
  [mention(1, [10], ['Acme Corp'], ['Company']), mention(1, [10], ['Acme'], ['Company'])],
  [mention(1, [10], ['Acme'], ['MediaOrganization']), mention(1, [10], ['Acme'], ['Company'])],
  [mention(1, [10], ['Acme'], ['Company'], ['nominal']), mention(1, [10], ['Acme'], ['Company'], ['name'])],
  [mention(2, [10, 40], ['Acme', 'Acme'], ['Company', 'Company']), mention(2, [10, 40], ['Acme', 'Acme'], ['Company', 'Company'])],
];
