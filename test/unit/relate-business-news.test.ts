// Pins the rules written from blind-annotated invented business stories (reports/relations.md, "Blind-annotated
// invented articles (2026-12-05)") on other invented sentences: each test fails with its rule switched off.
import { afterEach, describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { switchRules } from '../../src/rules/rule-switch.js';

function relations(text: string) {
  const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: text }], {});
  const name = new Map(graph.entities.map((e) => [e.id, e.name]));
  return graph.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`);
}

afterEach(() => switchRules());

describe('business news', () => {
  it('reads a possessed title with its field after "of" as the post of the name after it', () => {
    const text = "Halvern Bank's head of mergers and acquisitions, Ruth Ames, said the talks had ended.";
    expect(relations(text)).toContain('Ruth Ames WORKS_FOR Halvern Bank');
    // "of the fund" names another body's post: no field.
    expect(relations("Halvern Bank's director of the fund, Ruth Ames, said the talks had ended.")).not.toContain('Ruth Ames WORKS_FOR Halvern Bank');
    switchRules({ off: ['possessed-title-of-field'] });
    expect(relations(text)).not.toContain('Ruth Ames WORKS_FOR Halvern Bank');
  });

  it('reads an organisation\'s title with its field after "of" before a name as that name\'s post', () => {
    const text = '"Ships that exploit crews are not welcome here," AMSA general manager of operations Helen Tranter said in a statement.';
    expect(relations(text)).toContain('Helen Tranter WORKS_FOR AMSA');
    switchRules({ off: ['org-title-of-field-name'] });
    expect(relations(text)).not.toContain('Helen Tranter WORKS_FOR AMSA');
  });

  it('reads a possessed title opened by a word for its tenure as the post of the name after it', () => {
    const text = "Halvern Bank's new finance director, Ruth Ames, said the talks had ended.";
    expect(relations(text)).toContain('Ruth Ames WORKS_FOR Halvern Bank');
    const nominal = "Exe Vale Bowls Club lost money last year. The club's new secretary, Margaret Tonkin, said it would recover.";
    expect(relations(nominal)).toContain('Margaret Tonkin WORKS_FOR Exe Vale Bowls Club');
    const company = "Harlow Logistics lost money last year. The company's new chairman, Margaret Tonkin, said it would recover.";
    expect(relations(company)).toContain('Margaret Tonkin WORKS_FOR Harlow Logistics');
    switchRules({ off: ['tenure-word-in-possessed-title'] });
    expect(relations(nominal)).not.toContain('Margaret Tonkin WORKS_FOR Exe Vale Bowls Club');
    expect(relations(company)).not.toContain('Margaret Tonkin WORKS_FOR Harlow Logistics');
  });

  it('reads a percentage of a business held as ownership', () => {
    const which = 'Aldgate Asset Management, which holds about 8 per cent of Harwell Foods, backed the board.';
    const stake = 'Tasker Holdings controls a 51% stake in Carrow Foods.';
    expect(relations(which)).toContain('Aldgate Asset Management OWNS Harwell Foods');
    expect(relations(stake)).toContain('Tasker Holdings OWNS Carrow Foods');
    // A share of something else ("of the vote") is no holding in the business named later.
    expect(relations('Harwell Foods holds 8 per cent of the market, Aldgate Asset Management said.')).not.toContain(
      'Harwell Foods OWNS Aldgate Asset Management',
    );
    switchRules({ off: ['share-held'] });
    expect(relations(which)).not.toContain('Aldgate Asset Management OWNS Harwell Foods');
  });

  it('reads a bare corporate title as a post at the organisation the text is about', () => {
    const text =
      'Norrvik Hem reported a 38% fall in profit on Thursday. Operating profit fell to 612 million crowns. Norrvik said sales fell. ' +
      'Gross margin narrowed to 38.9%. Chief Financial Officer Peter Wallin said the company would cut around 300 jobs. ' +
      '"We are preparing for a weak Christmas," Chief Executive Annika Strand told Reuters.';
    expect(relations(text)).toContain('Peter Wallin WORKS_FOR Norrvik Hem');
    expect(relations(text)).toContain('Annika Strand WORKS_FOR Norrvik Hem');
    expect(relations(text)).not.toContain('Annika Strand WORKS_FOR Reuters');
    // Two organisations named as often leave no topic.
    const even = 'Norrvik Hem and Fjord Equities met. Norrvik and Fjord agreed. Gross margin narrowed. Chief Executive Annika Strand said it was a good day.';
    expect(relations(even).filter((r) => r.startsWith('Annika Strand WORKS_FOR'))).toEqual([]);
    // A police rank is no post at the organisation the text is about.
    const officer = 'Norrvik Hem closed a store. Norrvik said sales fell. Gross margin narrowed. Officer Brandon Kowalczyk said the store was safe.';
    expect(relations(officer)).not.toContain('Brandon Kowalczyk WORKS_FOR Norrvik Hem');
    switchRules({ off: ['bare-title-of-topic-company'] });
    expect(relations(text)).not.toContain('Peter Wallin WORKS_FOR Norrvik Hem');
  });

  it('reads a title after "said on Monday" or "said that" as the post of the name after it', () => {
    const texts = [
      'Pellham Motor Group said that Chief Financial Officer Daniel Oduya would leave in May.',
      'Pellham Motor Group said on Monday Chief Financial Officer Daniel Oduya would leave in May.',
    ];
    try {
      for (const text of texts) expect(relations(text)).toContain('Daniel Oduya WORKS_FOR Pellham Motor Group');
      switchRules({ off: ['report-filler-before-title'] });
      for (const text of texts) expect(relations(text)).not.toContain('Daniel Oduya WORKS_FOR Pellham Motor Group');
    } finally {
      switchRules();
    }
  });

  it('gives no company post at a government body', () => {
    const text = 'The Harwick Fraud Bureau is investigating Greyfen. Chief Executive Ruairi Dolan said the company would cooperate.';
    // The body the story is about, with a title after a quotation.
    const topic =
      'The Vellmark Broadcasting Commission renewed the licences of Télé-Boréal. The Vellmark Broadcasting Commission said the network must air local news. "We told the commission the model is broken," chief executive Martine Gauvreau said.';
    try {
      expect(relations(text)).not.toContain('Ruairi Dolan WORKS_FOR Harwick Fraud Bureau');
      expect(relations(topic)).not.toContain('Martine Gauvreau WORKS_FOR Vellmark Broadcasting Commission');
      switchRules({ off: ['corporate-title-no-public-body'] });
      expect(relations(text)).toContain('Ruairi Dolan WORKS_FOR Harwick Fraud Bureau');
      expect(relations(topic)).toContain('Martine Gauvreau WORKS_FOR Vellmark Broadcasting Commission');
    } finally {
      switchRules();
    }
  });

  it("reads a legislator's title as membership of the story's legislature of that kind", () => {
    const senate = 'Senator Lorna Bautista-Yap filed a resolution on Tuesday urging the Senate to investigate the collapse.';
    const council = 'Councillor Paul Drummond voted for the contract. The Hamilton City Council later cancelled it.';
    // Two councils named: which one is meant is not said.
    const two = 'Councillor Paul Drummond voted for it. Hamilton City Council and Burlington City Council cancelled it.';
    expect(relations(senate)).toContain('Lorna Bautista-Yap MEMBER_OF Senate');
    expect(relations(council)).toContain('Paul Drummond MEMBER_OF Hamilton City Council');
    expect(relations(two).filter((r) => r.startsWith('Paul Drummond MEMBER_OF'))).toEqual([]);
    switchRules({ off: ['legislator-of-story'] });
    expect(relations(senate)).not.toContain('Lorna Bautista-Yap MEMBER_OF Senate');
    expect(relations(council)).not.toContain('Paul Drummond MEMBER_OF Hamilton City Council');
  });

  it("reads a bare portfolio title as a post in the story's ministry or country", () => {
    const country =
      'Peru fined the miner on Tuesday. Peru has the largest reserves in the region. ' +
      'Environment Minister Carolina Sepulveda said the government would not revoke the permit.';
    expect(relations(country)).toContain('Carolina Sepulveda HOLDS_ROLE_IN Peru');
    const ministry =
      "Peru's Ministry of Energy and Mineral Resources signed the deal on Monday. Energy Minister Khaled Haddad told reporters the deal was fair.";
    expect(relations(ministry)).toContain('Khaled Haddad WORKS_FOR Ministry of Energy and Mineral Resources');
    // A foreign minister is as often another country's, and a shadow minister is in no government.
    const foreign = 'Peru fined the miner on Tuesday. Peru has the largest reserves. Foreign Minister Ana Reyes said the fine was fair.';
    expect(relations(foreign).filter((r) => r.startsWith('Ana Reyes'))).toEqual([]);
    const shadow = 'Peru fined the miner on Tuesday. Peru has the largest reserves. The shadow Energy Minister Ana Reyes said it was fair.';
    expect(relations(shadow).filter((r) => r.startsWith('Ana Reyes'))).toEqual([]);
    // A capitalised word before the portfolio names another government ("US Homeland Security Secretary").
    const other = 'Peru fined the miner on Tuesday. Peru has the largest reserves. US Homeland Security Secretary Dan Whitfield met the miners.';
    expect(relations(other).filter((r) => r.startsWith('Dan Whitfield HOLDS_ROLE_IN Peru'))).toEqual([]);
    // A ministry named with its country is that country's.
    const named = 'The German Energy Ministry protested. Energy Minister Khaled Haddad said the deal was fair.';
    expect(relations(named)).not.toContain('Khaled Haddad WORKS_FOR German Energy Ministry');
    switchRules({ off: ['portfolio-minister-of-story'] });
    expect(relations(country)).not.toContain('Carolina Sepulveda HOLDS_ROLE_IN Peru');
    expect(relations(ministry)).not.toContain('Khaled Haddad WORKS_FOR Ministry of Energy and Mineral Resources');
  });

  it('reads the employer of a bare title that opens the sentence from the subject before', () => {
    const opening = 'Tamsel Foods said profits rose by a tenth. Chief executive Ruth Ames said the firm had done well.';
    const afterBy =
      'Tamsel Foods said its chairman would retire in June. He will be succeeded by finance director Orla Quinn, a former partner at Brisk Advisory.';
    expect(relations(opening)).toContain('Ruth Ames WORKS_FOR Tamsel Foods');
    expect(relations(afterBy)).toContain('Orla Quinn WORKS_FOR Tamsel Foods');
    // A title of public office speaks for no company.
    expect(relations('Tamsel Foods said profits rose. Energy minister Ruth Ames said the firm had done well.')).not.toContain(
      'Ruth Ames WORKS_FOR Tamsel Foods',
    );
    switchRules({ off: ['opening-title-of-subject'] });
    expect(relations(opening)).not.toContain('Ruth Ames WORKS_FOR Tamsel Foods');
    expect(relations(afterBy)).not.toContain('Orla Quinn WORKS_FOR Tamsel Foods');
  });

  it('reads a name ending in "Mutual" or "Assurance" as an insurer, not a person', () => {
    const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: 'Regulators fined Halvern Mutual and Corran Assurance on Friday.' }], {});
    const types = Object.fromEntries(graph.entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({ 'Halvern Mutual': 'Company', 'Corran Assurance': 'Company' });
  });

  it('reads a shareholder described between the comma and its name as the holder', () => {
    const text = "Tressell Foods' biggest shareholder, the pension fund Orvane Capital, backed the bid.";
    expect(relations(text)).toContain('Orvane Capital INVESTED_IN Tressell Foods');
    switchRules({ off: ['possessed-part-before-described-name'] });
    expect(relations(text)).not.toContain('Orvane Capital INVESTED_IN Tressell Foods');
  });

  it('reads "non-executive" as a word of a title', () => {
    expect(relations("Tamsel Foods' non-executive director Orla Quinn resigned on Monday.")).toContain('Orla Quinn WORKS_FOR Tamsel Foods');
  });
});
