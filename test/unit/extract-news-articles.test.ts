// Whole news articles written for the tests, read end to end: the facts a reader would state, with their properties,
// and none about the reporter of the byline.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/pipeline/extract-graph.js';

function facts(file: string) {
  const content = fs.readFileSync(`test/fixtures/articles/${file}.txt`, 'utf8');
  const { graph } = extractGraph([{ source: `${file}.txt`, format: 'txt', content }]);
  const name = new Map(graph.entities.map((e) => [e.id, e.name]));
  const relations = graph.relations.filter((r) => !r.properties.negated).map((r) => ({ ...r, from: name.get(r.source)!, to: name.get(r.target)! }));
  const find = (type: string, from: string, to: string) => relations.find((r) => r.type === type && r.from === from && r.to === to);
  return { graph, relations, find, typeOf: (n: string) => graph.entities.find((e) => e.name === n)?.type };
}

describe('news articles', () => {
  it("a deal: the buyer, the price, the target's city, its chief executive and the investor", () => {
    const { find, typeOf, relations } = facts('tech-deal');
    expect(find('ACQUIRED', 'Corvane', 'Skyhollow Robotics')?.properties.amount).toBe('$1.2bn');
    expect(find('LOCATED_IN', 'Skyhollow Robotics', 'Denver')).toBeDefined();
    expect(find('WORKS_FOR', 'Laura M. Chen', 'Skyhollow Robotics')?.properties.role).toBe('chief executive');
    expect(find('WORKS_FOR', 'Tomas Brandt', 'Corvane')?.properties.role).toBe('chief executive');
    expect(find('INVESTED_IN', 'Corvane', 'DataForge')?.properties.amount).toBe('$300m');
    expect(find('TOLD', 'Laura M. Chen', 'Ledger')).toBeDefined();
    expect(typeOf('Laura M. Chen')).toBe('Person');
    expect(typeOf('Ledger')).toBe('MediaOrganization');
    // "Skyhollow" is the short name of the one organisation it starts.
    expect(typeOf('Skyhollow')).toBeUndefined();
    expect(relations.filter((r) => r.from === 'Priya Natarajan')).toEqual([]);
  });

  it('a campaign: who welcomed what, the service ended, the demand, the partnership, and nothing about the reporter', () => {
    const { find, typeOf, relations } = facts('campaign');
    expect(find('WELCOMED', 'No Cloud for Occupation', 'Brellow')).toBeDefined();
    expect(find('TERMINATED_SERVICE', 'Brellow', 'Peruvian government')).toBeDefined();
    expect(find('DEMANDED', 'Harbor Rights Trust', 'Alvin Marsh')).toBeDefined();
    const partners = find('PARTNERED_WITH', 'Brellow', 'Quintara Capital') ?? find('PARTNERED_WITH', 'Quintara Capital', 'Brellow');
    expect(partners).toBeDefined();
    expect(typeOf('Brellow')).toMatch(/Organization|Company/);
    expect(relations.filter((r) => r.from === 'Helen Okafor' || r.to === 'Helen Okafor')).toEqual([]);
  });
});
