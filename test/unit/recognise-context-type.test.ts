// The context type model (src/recognition/context-type.ts) and the rule that lets it retype an entity
// (context-type-over-tagger), switched on and off.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { switchRules } from '../../src/rules/rule-switch.js';
import { CONTEXT_LABELS, contextFeatures, contextProbabilities, contextTypeModel } from '../../src/recognition/context-type.js';
import { extract } from './recognise-helpers.js';

const types = (text: string) => Object.fromEntries(extract(text).entities.map((e) => [e.name, e.type]));
const label = (sentence: string, name: string) => {
  const tokens = sentence.split(' ').map((text) => ({ text }));
  const start = tokens.findIndex((t) => t.text === name);
  const p = contextProbabilities(contextTypeModel(), contextFeatures([{ tokens, start, end: start + 1 }]));
  return CONTEXT_LABELS[p.indexOf(Math.max(...p))];
};

describe('the type of an entity read from the words around all its mentions', () => {
  beforeEach(() => switchRules({ off: [] }));
  afterAll(() => switchRules());

  it('reads the kind of a name from the words either side of it', () => {
    expect(label('Shares in Dalmore fell after Dalmore said its profits would fall .', 'Dalmore')).toBe('ORG');
    expect(label('The talks were held in Dalmore , the capital , on Sunday .', 'Dalmore')).toBe('LOC');
    expect(label('Mr Dalmore told reporters he would resign .', 'Dalmore')).toBe('PER');
  });

  it('types a company named alone by the words around all its mentions', () => {
    const text =
      'Shares in Dalmore fell 4 percent on Tuesday. Dalmore said its profits would fall, and Dalmore chief executive Anna Berg said the company would cut jobs.';
    expect(types(text)).toMatchObject({ Dalmore: 'Company', 'Anna Berg': 'Person' });
    // "Shares in Dalmore" alone makes it a company (shares-in-company), as "Dalmore chief executive Anna Berg" does
    // (qualified-office-between-names, business-office-between-names): off, the tagger's place is left to the model.
    switchRules({ off: ['context-type-over-tagger', 'shares-in-company', 'qualified-office-between-names', 'business-office-between-names'] });
    expect(types(text).Dalmore).toBe('Location');
  });

  it('keeps the type the last word of a name gives', () => {
    const text = 'Halvorsen Robotics signed a contract with the Danish navy on Monday. Halvorsen Robotics said the deal was worth $40 million.';
    expect(types(text)['Halvorsen Robotics']).toBe('Company');
    switchRules({ off: ['name-head-over-context-type', 'strong-evidence-over-context-type'] });
    expect(types(text)['Halvorsen Robotics']).toBe('Person');
  });

  it('keeps the type a descriptor in apposition gives', () => {
    const text = 'Talks were held in Varnex on Sunday . Varnex , the maker of steel pipes , said profit rose .';
    expect(types(text).Varnex).toBe('Company');
    switchRules({ off: ['apposition-over-context-type', 'strong-evidence-over-context-type'] });
    expect(types(text).Varnex).toBe('Location');
    switchRules({ off: ['context-type-over-tagger'] });
    expect(types(text).Varnex).toBe('Company');
  });

  it('keeps the type a descriptor right before the name gives', () => {
    const text = 'Talks were held in Varnex on Sunday . Police charged a director of payments company Varnex .';
    expect(types(text).Varnex).toBe('Company');
    switchRules({ off: ['descriptor-before-name-over-context-type', 'strong-evidence-over-context-type'] });
    expect(types(text).Varnex).toBe('Location');
  });

  it('keeps the type a descriptor after a "-based" modifier in apposition gives', () => {
    const text = 'Talks were held in Varnex on Sunday . Varnex , a Leeds-based payments start-up , said profit rose .';
    expect(types(text).Varnex).toBe('Company');
    switchRules({ off: ['based-modifier-in-apposition'] });
    expect(types(text).Varnex).toBe('Location');
  });

  it('leaves a name written in one sentence to the tagger', () => {
    const text = 'Shares in Dalmore fell 4 percent on Tuesday after Dalmore said its profits would fall.';
    // The tagger's place, which "Shares in Dalmore" would overrule (shares-in-company), is what the test leaves alone.
    switchRules({ off: ['shares-in-company'] });
    expect(types(text).Dalmore).toBe('Location');
    switchRules({ off: ['context-type-over-tagger', 'shares-in-company'] });
    expect(types(text).Dalmore).toBe('Location');
  });

  it('leaves a place a place', () => {
    const text = 'Talks between the two sides were held in Dalmore on Sunday. Troops left Dalmore after the ceasefire.';
    expect(types(text).Dalmore).toMatch(/Location|City|Region|Country/);
  });
});
