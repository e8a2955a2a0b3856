// Pins the rules that read ownership, legal action and the doer of a clause from nouns and clause structure, on
// sentences written for the tests. These rules are off by default (they helped the half of the development articles
// they were read from and not the other half), so each test switches its rule on, and checks it off again.
import { afterAll, describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { switchRules } from '../../src/rules/rule-switch.js';

function extract(text: string) {
  const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: text }], {});
  const name = new Map(graph.entities.map((e) => [e.id, e.name]));
  const relations = graph.relations.map((r) => ({ ...r, from: name.get(r.source)!, to: name.get(r.target)! }));
  return (type: string, from: string, to: string) => relations.find((r) => r.type === type && r.from.includes(from) && r.to.includes(to));
}

const both = (rule: string, text: string) => {
  switchRules({ on: [rule] });
  const on = extract(text);
  switchRules({ off: [rule] });
  const off = extract(text);
  switchRules();
  return { on, off };
};

describe('relations said with nouns and clauses', () => {
  afterAll(() => switchRules());

  it('reads ownership from a possessive noun of ownership set off before a name', () => {
    const arm = both('possessive-part', "Calder Holdings' main retail arm, Northwind Bank, reported losses last year.");
    expect(arm.on('OWNS', 'Calder', 'Northwind')?.properties.verb).toBe('arm');
    expect(arm.off('OWNS', 'Calder', 'Northwind')).toBeUndefined();
    const parent = both('possessive-part', "Telstar Group's parent company, Orbis Media, said profits rose.");
    expect(parent.on('OWNS', 'Orbis', 'Telstar')).toBeDefined();
    expect(parent.on('OWNS', 'Telstar', 'Orbis')).toBeUndefined();
  });

  it('reads a schema noun that reaches its target over a sum or a qualifier', () => {
    const claim = both('noun-reaches-target', 'Merrow Studios filed a damages claim for $18 million (£9.25 million) against Pellham Films.');
    expect(claim.on('SUED', 'Merrow', 'Pellham')?.properties.negated).toBeUndefined();
    expect(claim.off('SUED', 'Merrow', 'Pellham')).toBeUndefined();
    const deal = both('noun-reaches-target', 'Brisk Airways signed a $5bn supply agreement with Tamsin Aero on Monday.');
    expect(deal.on('PARTNERED_WITH', 'Brisk', 'Tamsin') ?? deal.on('PARTNERED_WITH', 'Tamsin', 'Brisk')).toBeDefined();
    const planned = both('noun-reaches-target', 'Corvid Labs plans to file a $2m lawsuit in a federal court against Hartwell Foods.');
    expect(planned.on('SUED', 'Corvid', 'Hartwell')?.properties.modality).toBe('planned');
  });

  it("gives the verb after a closed relative clause the clause's antecedent", () => {
    const sued = both('relative-clause-antecedent', 'Orbis Media, which makes the show for Telstar Group, has sued Helix Studios.');
    expect(sued.on('SUED', 'Orbis', 'Helix')).toBeDefined();
    expect(sued.on('SUED', 'Telstar', 'Helix')).toBeUndefined();
    expect(sued.off('SUED', 'Orbis', 'Helix')).toBeUndefined();
  });

  it('reads a relative clause after an apposition as said of the left entity', () => {
    const owns = both('apposition-relative', 'Halden Capital, a fund which owns a 20% stake in Brisk Airways, made a profit.');
    expect(owns.on('OWNS', 'Halden', 'Brisk')).toBeDefined();
    expect(owns.off('OWNS', 'Halden', 'Brisk')).toBeUndefined();
  });

  it('takes the modality of the verb that governs a noun cue, on by default', () => {
    const find = extract('Alder Bank could file a claim against Pemberton Trust. Dalby Press did not file a lawsuit against Orrin Media.');
    expect(find('SUED', 'Alder', 'Pemberton')?.properties.modality).toBe('hypothetical');
    expect(find('SUED', 'Dalby', 'Orrin')?.properties.modality).toBe('denied');
    const demanded = extract('Investors have demanded that Fairmont Capital bring a complaint against Ashby Mills.');
    expect(demanded('SUED', 'Fairmont', 'Ashby')?.properties.modality).toBe('demanded');
  });

  it('leaves a verb cue after "and" a fact when the earlier verb phrase was negated', () => {
    const find = extract('Acme Corp did not comment and took over Globex Inc on Monday.');
    const acquired = find('ACQUIRED', 'Acme', 'Globex');
    expect(acquired).toBeDefined();
    expect(acquired?.properties.negated).toBeUndefined();
    const claim = extract('Dalby Press did not reply and filed a claim against Orrin Media.');
    const sued = claim('SUED', 'Dalby', 'Orrin');
    expect(sued).toBeDefined();
    expect(sued?.properties.negated).toBeUndefined();
  });
});
