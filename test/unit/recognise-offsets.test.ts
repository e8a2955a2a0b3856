// Mention offsets are UTF-16 offsets into the document text, true on text with curly quotes, emoji and
// non-Latin scripts, and headlines count as text.
import { describe, expect, it } from 'vitest';
import { entityNamed, extract, mentionTexts } from './recognise-helpers.js';
import { itemAt } from '../../src/util/checked-index.js';

describe('mention offsets', () => {
  it('point at the name in text with emoji, curly quotes and non-Latin scripts', () => {
    const text =
      '🚀 Orbitex launches 🚀\n\n“We are ready,” said Orbitex chief executive Amara Quist. The Hebrew name שלום and the Arabic سلام stay; Orbitex’s rivals in 東京 watched Zürich.';
    const graph = extract(text);
    for (const entity of graph.entities) {
      for (const text of mentionTexts(graph, entity)) expect(text.replace(/[’']s$/, '').length).toBeGreaterThan(0);
    }
    const orbitex = entityNamed(graph, 'Orbitex')!;
    // "We" in the quotation attributed to Orbitex's chief executive is Orbitex (rule quoted-first-person-organisation).
    expect(mentionTexts(graph, orbitex)).toEqual(['Orbitex', 'We', 'Orbitex', 'Orbitex']);
    expect(itemAt(orbitex.mentions, 0).start).toBe(3); // after a surrogate-pair emoji (2 UTF-16 units) and a space
    expect(mentionTexts(graph, entityNamed(graph, 'Amara Quist')!)).toEqual(['Amara Quist']);
    expect(entityNamed(graph, 'Zürich')?.type).toBe('City');
  });

  it('finds names in the headline', () => {
    const graph = extract('Dravia bans exports to Moldova\n\nThe rule starts next week.');
    expect(entityNamed(graph, 'Moldova')?.mentions[0]?.start).toBe(23);
  });
});
