// Pins modality as a scope, on sentences written for the tests: a governing verb or construction marks the relations
// in its clause as not stated, whether it stands before or after their subject; words that only colour a fact
// ("reportedly", "tried to", "offered") leave it a fact.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import fs from 'node:fs';
import { modalityAt } from '../../src/relations/modality.js';
import { RELATION_RULE_IDS } from '../../src/relations/relation-rules.js';
import { switchRules } from '../../src/rules/rule-switch.js';

function extract(text: string) {
  const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: text }], {});
  const name = new Map(graph.entities.map((e) => [e.id, e.name]));
  const relations = graph.relations.map((r) => ({ ...r, from: name.get(r.source)!, to: name.get(r.target)! }));
  return { relations, find: (type: string, from: string, to: string) => relations.find((r) => r.type === type && r.from.includes(from) && r.to.includes(to)) };
}

/** The modality at the first occurrence of `word` in a sentence split on spaces. */
const at = (sentence: string, word: string) => {
  const tokens = sentence.split(' ');
  return modalityAt(tokens, tokens.indexOf(word));
};

describe('modality as a scope', () => {
  it('marks what a demand asks for, with the demanding verb before the subject', () => {
    const { find } = extract('The campaigners have demanded that Helvantis Corporation cut all ties with the Ruritanian army.');
    const cut = find('TERMINATED_SERVICE', 'Helvantis', 'Ruritan');
    expect(cut?.properties.negated).toBe(true);
    expect(cut?.properties.modality).toBe('demanded');
  });

  it('keeps the demand itself a fact, and marks what the one urged is to do', () => {
    const { find } = extract('Amnesty International urged Helvantis Corporation to stop supplying the Ruritanian army.');
    expect(find('DEMANDED', 'Amnesty', 'Helvantis')?.properties.negated).toBeUndefined();
    expect(at('Amnesty urged Helvantis to stop supplying Ruritania .', 'stop')).toBe('demanded');
    expect(at('Unions called on Helvantis to end the contract .', 'end')).toBe('demanded');
  });

  it('marks a plan after the subject, and a condition before or after the main clause', () => {
    expect(at('Helvantis plans to buy Quorra .', 'buy')).toBe('planned');
    expect(at('If Helvantis buys Quorra , prices will rise .', 'buys')).toBe('hypothetical');
    expect(at('Prices will rise , if Helvantis buys Quorra .', 'buys')).toBe('hypothetical');
    expect(at('Helvantis will buy Quorra if regulators agree .', 'buy')).toBeUndefined();
  });

  it('marks a denial, a refusal, a question and a negated or modal verb group', () => {
    expect(at('Helvantis denied that it supplied Ruritania .', 'supplied')).toBe('denied');
    expect(at('Helvantis refused to supply Ruritania .', 'supply')).toBe('denied');
    expect(at('Did Helvantis supply Ruritania ?', 'supply')).toBe('question');
    expect(at('Helvantis did not acquire Quorra .', 'acquire')).toBe('denied');
    expect(at('Helvantis could acquire Quorra .', 'acquire')).toBe('hypothetical');
    expect(at('Helvantis is not a member of Nato .', 'a')).toBe('denied');
  });

  it('leaves a fact a fact when a word only colours it, or a negator belongs to another clause', () => {
    expect(at('Helvantis reportedly acquired Quorra .', 'acquired')).toBeUndefined();
    expect(at('Oswald allegedly shot Kennedy .', 'shot')).toBeUndefined();
    expect(at('Helvantis tried to acquire Quorra and acquired it .', 'acquire')).toBeUndefined();
    expect(at('Helvantis , which has not commented , acquired Quorra .', 'acquired')).toBeUndefined();
    expect(at('Helvantis has agreed to acquire Quorra .', 'acquire')).toBeUndefined();
    expect(at('In May acquired Helvantis Quorra .', 'acquired')).toBeUndefined();
  });

  it('ends a scope at the attribution of a quote and at a relative clause', () => {
    expect(at('Traders hoped that copper would rise , said Jane Doe of Acme .', 'of')).toBeUndefined();
    expect(at('Officials dismissed rumours that files on Oswald , who killed Kennedy , were sold .', 'killed')).toBeUndefined();
    expect(at('Officials dismissed rumours that files on Oswald were sold to Cuba .', 'sold')).toBe('denied');
  });
});

describe('rule switches', () => {
  it('reads the demand itself as a fact from the one who demands to the one asked', () => {
    const { find } = extract('Amnesty International demanded that Helvantis Corporation cut ties with the Ruritanian army.');
    expect(find('DEMANDED', 'Amnesty', 'Helvantis')?.properties.negated).toBeUndefined();
  });
});

describe('a modal before a light verb', () => {
  it('reads a modal before a light verb and the noun of an act as a supposition', () => {
    expect(at('Korvel could raise its stake in Bluecrest .', 'stake')).toBe('hypothetical');
    expect(at('Korvel raised its stake in Bluecrest .', 'stake')).toBeUndefined();
    expect(at('Korvel said it would raise its stake in Bluecrest .', 'stake')).toBeUndefined();
    // The noun may follow the light verb with no determiner.
    expect(at('Korvel said it might file suit against Bluecrest .', 'suit')).toBe('hypothetical');
    expect(at('Korvel said it filed suit against Bluecrest .', 'suit')).toBeUndefined();
    try {
      switchRules({ off: ['modal-before-light-verb'] });
      expect(at('Korvel could raise its stake in Bluecrest .', 'stake')).toBeUndefined();
      expect(at('Korvel said it might file suit against Bluecrest .', 'suit')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
});

describe('what talks are about', () => {
  it('reads what talks are about as not done', () => {
    expect(at('The two were in talks about Veloran taking a stake in Nordkapp .', 'stake')).toBe('planned');
    expect(at('Veloran took a stake in Nordkapp after long talks .', 'stake')).toBeUndefined();
    try {
      switchRules({ off: ['talks-about-not-done'] });
      expect(at('The two were in talks about Veloran taking a stake in Nordkapp .', 'stake')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
});

describe('an act weighed or threatened', () => {
  it('reads an act weighed or threatened as a noun as not done', () => {
    expect(at('The group said it was considering legal action against Veltmar .', 'action')).toBe('planned');
    expect(at('The group threatened a lawsuit against Veltmar .', 'lawsuit')).toBe('planned');
    expect(at('The group filed a lawsuit against Veltmar .', 'lawsuit')).toBeUndefined();
    const sued = extract('The Rheinwacht Alliance is weighing a lawsuit against Veltmar Chemie AG.').find('SUED', 'Rheinwacht', 'Veltmar');
    expect(sued?.properties.negated).toBe(true);
    try {
      switchRules({ off: ['weighed-action-not-done'] });
      expect(at('The group said it was considering legal action against Veltmar .', 'action')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
});

describe('the reported will', () => {
  it('reads "said it would" as a stated intention, and other modals as suppositions', () => {
    expect(at('Norvania said it would supply Kestria with tanks .', 'supply')).toBeUndefined();
    expect(at('Norvania announced that they would buy Quorra .', 'buy')).toBeUndefined();
    expect(at('Norvania said it would not supply Kestria .', 'supply')).toBe('denied');
    expect(at('Norvania said it could supply Kestria .', 'supply')).toBe('hypothetical');
    expect(at('Analysts think Norvania would supply Kestria .', 'supply')).toBe('hypothetical');
    const provided = extract('Norvania said it would supply Kestria with two air defence systems.').find('PROVIDED', 'Norvania', 'Kestria');
    expect(provided).toBeDefined();
    expect(provided?.properties.negated).toBeUndefined();
    try {
      switchRules({ off: ['reported-will'] });
      expect(at('Norvania said it would supply Kestria with tanks .', 'supply')).toBe('hypothetical');
    } finally {
      switchRules();
    }
  });
});

describe('the reported will after the day of the saying', () => {
  it('reads "said on Tuesday it would" as a stated intention', () => {
    expect(at('Norvania said on Tuesday it would supply Kestria with tanks .', 'supply')).toBeUndefined();
    expect(at('Norvania announced yesterday that it would buy Quorra .', 'buy')).toBeUndefined();
    expect(at('Norvania said late on Monday they would supply Kestria .', 'supply')).toBeUndefined();
    expect(at('Norvania said on Tuesday it could supply Kestria .', 'supply')).toBe('hypothetical');
    expect(at('Analysts on Tuesday thought it would supply Kestria .', 'supply')).toBe('hypothetical');
    // Money given funds the one who gets it (gave-funds).
    const provided = extract('The Halloran Trust said on Tuesday it would give $20 million to Brenmoor University.').find(
      'INVESTED_IN',
      'Halloran',
      'Brenmoor',
    );
    expect(provided).toBeDefined();
    expect(provided?.properties.negated).toBeUndefined();
    try {
      switchRules({ off: ['reported-will-after-day'] });
      expect(at('Norvania said on Tuesday it would supply Kestria with tanks .', 'supply')).toBe('hypothetical');
    } finally {
      switchRules();
    }
  });
});

describe('a noun in -ing after a verb of denying', () => {
  it('reads a noun in -ing after a verb of denying as no denied clause', () => {
    const sentence = 'Ostrander has denied wrongdoing and says his conviction by the Dalmore Regional Court was political .';
    expect(at(sentence, 'conviction')).toBeUndefined();
    expect(at('Norvania denied everything and supplied Kestria with tanks .', 'supplied')).toBeUndefined();
    // A gerund after the denial still governs what it opens.
    expect(at('Norvania denied supplying Kestria with tanks .', 'supplying')).toBe('denied');
    try {
      switchRules({ off: ['denied-noun-in-ing'] });
      expect(at(sentence, 'conviction')).toBe('denied');
    } finally {
      switchRules();
    }
  });
});

describe('relation rules as named switches', () => {
  it('names every pattern the relation code can emit as a rule', () => {
    const sources = ['src/pipeline/relate.ts', ...fs.readdirSync('src/relations').map((f) => `src/relations/${f}`)];
    const emitted = new Set(sources.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/pattern: '([a-z-]+)'/g)].map((m) => m[1]!)));
    emitted.add('active-verb').add('passive-verb');
    for (const id of emitted) expect(RELATION_RULE_IDS, id).toContain(id);
  });

  it('leaves out what a rule finds when it is switched off, and only that', () => {
    const text = 'Helvantis Corporation bought Quorra Systems and sued Globex Inc on Monday.';
    try {
      switchRules({ off: ['shared-subject'] });
      const off = extract(text);
      expect(off.find('SUED', 'Helvantis', 'Globex')).toBeUndefined();
      expect(off.find('ACQUIRED', 'Helvantis', 'Quorra')).toBeDefined();
    } finally {
      switchRules();
    }
    expect(extract(text).find('SUED', 'Helvantis', 'Globex')).toBeDefined();
  });

  it('reads no demand on the party a demanded action is about', () => {
    const inquiry = 'The consumer group Fairpay called for an independent investigation into Kestova Bank.';
    const ban = 'The advocacy group Clearwater Watch demanded a ban on Varnholt Systems.';
    try {
      expect(extract(inquiry).find('DEMANDED', 'Fairpay', 'Kestova')).toBeUndefined();
      expect(extract(ban).find('DEMANDED', 'Clearwater Watch', 'Varnholt')).toBeUndefined();
      expect(extract('The consumer group Fairpay called on Kestova Bank to refund the fees.').find('DEMANDED', 'Fairpay', 'Kestova')).toBeDefined();
      switchRules({ off: ['demanded-action-object'] });
      expect(extract(inquiry).find('DEMANDED', 'Fairpay', 'Kestova')).toBeDefined();
      expect(extract(ban).find('DEMANDED', 'Clearwater Watch', 'Varnholt')).toBeDefined();
    } finally {
      switchRules();
    }
  });
});
