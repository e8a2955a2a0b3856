// Pins the wire-news rules that tie organisations and people to places (reports/relations.md, round of 2026-12-05)
// on invented sentences: each rule is measured both ways, so each test fails with its rule switched off.
import { afterEach, describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { switchRules } from '../../src/rules/rule-switch.js';

function relations(text: string) {
  const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: text }], {});
  const name = new Map(graph.entities.map((e) => [e.id, e.name]));
  return graph.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`);
}

afterEach(() => switchRules());

describe('wire-news places', () => {
  it('puts a place inside the country its division word names', () => {
    const text = 'Floods hit Veldania on Thursday. The Sandova region of Veldania was hit hardest, officials said.';
    expect(relations(text)).toContain('Sandova LOCATED_IN Veldania');
    expect(relations(text)).not.toContain('Veldania LOCATED_IN Sandova');
    switchRules({ off: ['place-division-of-place'] });
    expect(relations(text)).not.toContain('Sandova LOCATED_IN Veldania');
  });

  it("reads a seat's place past a description of its owner", () => {
    const text = 'Campaigners blocked the entrance to the Glasgow headquarters of oil and gas company Northgate Energy.';
    expect(relations(text)).toContain('Northgate Energy LOCATED_IN Glasgow');
    switchRules({ off: ['described-seat-owner'] });
    expect(relations(text)).not.toContain('Northgate Energy LOCATED_IN Glasgow');
  });

  it('reads a win in a place as its venue, not its loser', () => {
    const text = "Rotor beat Halden on Sunday. Rotor's victory in Dravik lifted the club to second place.";
    expect(relations(text)).toContain('Rotor DEFEATED Halden');
    expect(relations(text)).not.toContain('Rotor DEFEATED Dravik');
    switchRules({ off: ['win-in-venue'] });
    expect(relations(text)).toContain('Rotor DEFEATED Dravik');
  });

  it('gives no home or container in a place measured from', () => {
    const text = 'Ana Korin trains in Kessel, 40 km north of Tamsk.';
    expect(relations(text)).not.toContain('Ana Korin LIVES_IN Tamsk');
    switchRules({ off: ['distance-reference-place'] });
    expect(relations(text)).toContain('Ana Korin LIVES_IN Tamsk');
  });

  it('reads a place, a word for a periodical and a name as a paper of that place', () => {
    const text = 'Unrest spread in Veldania. The Orsk weekly Kronika said the talks had failed. The Tamsk daily Vesti agreed.';
    expect(relations(text)).toContain('Kronika LOCATED_IN Orsk');
    expect(relations(text)).toContain('Vesti LOCATED_IN Tamsk');
    // periodical-word-describes lets place-before-org read "Orsk weekly Kronika" as well.
    switchRules({ off: ['place-periodical-org', 'periodical-word-describes'] });
    expect(relations(text)).not.toContain('Kronika LOCATED_IN Orsk');
    switchRules({ off: ['split-at-periodical-word'] });
    expect(relations(text)).not.toContain('Vesti LOCATED_IN Tamsk');
  });

  it('reads the sides of a results row with bracketed places as teams in those places', () => {
    const text = [
      'Results of Cup first round, second leg matches on Thursday:',
      '',
      'In Dravik: Rotor Dravik ( Veldania ) 0 Vemlo Kasar ( Tamskia ) 0',
      '',
      '1. Ana Korin ( Veldania ) 13:06.57',
    ].join('\n');
    expect(relations(text)).toContain('Vemlo Kasar LOCATED_IN Tamskia');
    expect(relations(text)).toContain('Ana Korin LIVES_IN Veldania');
    switchRules({ off: ['bracketed-score-side'] });
    expect(relations(text)).not.toContain('Vemlo Kasar LOCATED_IN Tamskia');
  });

  it('reads a name set off before "capital of" or a distance as a place', () => {
    const text = 'Tamsk, capital of Marovia, was calm on Friday. Lenz, 50 km south of Orsk, was shelled.';
    const types = () => {
      const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: text }], {});
      return new Map(graph.entities.map((e) => [e.name, e.type]));
    };
    expect(types().get('Tamsk')).toBe('City');
    expect(types().get('Lenz')).not.toBe('Person');
    expect(relations(text)).toContain('Tamsk LOCATED_IN Marovia');
    switchRules({ off: ['measured-place-apposition'] });
    expect(types().get('Lenz')).toBe('Person');
  });

  it('gives no home or seat in the place of one act', () => {
    const text = 'Jan Morek, speaking in Dravik, said the team was tired.';
    expect(relations(text)).not.toContain('Jan Morek LIVES_IN Dravik');
    switchRules({ off: ['event-venue-not-home'] });
    expect(relations(text)).toContain('Jan Morek LIVES_IN Dravik');
  });
  it('gives no home or seat in the place of a court', () => {
    const text = 'Last year the city sued the Bureau of Land Management in federal court in Reno over the fences.';
    expect(relations(text)).not.toContain('Bureau of Land Management LOCATED_IN Reno');
    switchRules({ off: ['court-place-not-seat'] });
    expect(relations(text)).toContain('Bureau of Land Management LOCATED_IN Reno');
  });
  it('gives a person no home in the seat of the organisation named before it', () => {
    const text = 'Ivo Renner, 47, the owner of Renner Paving & Sealing of Dublin, was charged with bribery.';
    expect(relations(text)).toContain('Renner Paving & Sealing LOCATED_IN Dublin');
    expect(relations(text)).not.toContain('Ivo Renner LIVES_IN Dublin');
    switchRules({ off: ['seat-of-named-employer'] });
    expect(relations(text)).toContain('Ivo Renner LIVES_IN Dublin');
  });
});
