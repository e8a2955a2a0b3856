// Page furniture (sign-up prompts, follow and share widgets, photo credits, bylines, "See more on") is marked so
// it yields no entities, while the text and its offsets stay exactly as given.
import { describe, expect, it } from 'vitest';
import { cleanInput, findFurniture } from '../../src/pipeline/clean.js';
import { switchRules } from '../../src/rules/rule-switch.js';
import { extract } from './recognise-helpers.js';

const article = [
  'Corvane opens plant in Ghent',
  'Sign up now: Get the Daily Brief newsletter',
  'FILE PHOTO: Workers outside the Corvane plant in Ghent. REUTERS/Jan Peeters/File Photo',
  'PHOTO: AGENCE NORD',
  'Follow topic:',
  'Corvane said the plant would employ 300 people.',
  'By Lena Voss',
  '(Reporting by Omar Said; Editing by Kim Hale)',
  'Share | Tweet | Email',
  'See more on Belgium',
].join('\n');

describe('furniture cleaning', () => {
  it('keeps a text file unchanged so offsets stay true', () => {
    expect(cleanInput({ source: 'a.txt', format: 'txt', content: article }).text).toBe(article);
  });

  it('marks a line linking to another story as furniture', () => {
    const text = [
      'Police in Pune arrested Vikas Joshi on Friday.',
      'Also Read: Monsoon floods cut off villages in Assam',
      'Joshi was taken to a court in Pune.',
    ].join('\n');
    const marked = () => findFurniture(text).map((s) => text.slice(s.start, s.end));
    const names = () => extract(text).entities.map((e) => e.name);
    try {
      expect(marked()).toContain('Also Read: Monsoon floods cut off villages in Assam');
      expect(names()).not.toContain('Read');
      expect(names()).not.toContain('Assam');
      switchRules({ off: ['also-read-label'] });
      expect(marked()).not.toContain('Also Read: Monsoon floods cut off villages in Assam');
      expect(names()).toContain('Assam');
    } finally {
      switchRules();
    }
  });

  it('marks a bracketed caption label as furniture', () => {
    const text = [
      'Rescuers reached Valdora on Sunday.',
      '(Photo: Firefighters search the rubble of the collapsed school in Valdora on Sunday as relatives wait nearby.)',
      'Residents said help came late.',
    ].join('\n');
    const marked = () => findFurniture(text).map((s) => text.slice(s.start, s.end));
    const names = () => extract(text).entities.map((e) => e.name);
    try {
      expect(marked()).toContain('(Photo:');
      expect(names()).not.toContain('Photo');
      switchRules({ off: ['bracketed-caption-label'] });
      expect(marked()).not.toContain('(Photo:');
    } finally {
      switchRules();
    }
  });

  it('marks prompts, widgets, credits, bylines and caption labels as furniture', () => {
    const marked = findFurniture(article).map((s) => article.slice(s.start, s.end));
    expect(marked).toEqual(
      expect.arrayContaining([
        'Sign up now: Get the Daily Brief newsletter',
        'FILE PHOTO:',
        'REUTERS/Jan Peeters/File Photo',
        'PHOTO: AGENCE NORD',
        'Follow topic:',
        'By Lena Voss',
        '(Reporting by Omar Said; Editing by Kim Hale)',
        'Share | Tweet | Email',
        'See more on Belgium',
      ]),
    );
  });

  it("marks a byline that gives the writer's post as furniture", () => {
    const text = [
      'Tidal farm approved off Cornwall',
      'By Mira Castell, Science Correspondent',
      'Ministers approved the Kestrel Bank tidal farm on Friday.',
    ].join('\n');
    const names = () => extract(text).entities.map((e) => e.name);
    expect(findFurniture(text).map((s) => text.slice(s.start, s.end))).toContain('By Mira Castell, Science Correspondent');
    expect(names()).not.toContain('Science Correspondent');
    switchRules({ off: ['byline-with-title'] });
    try {
      expect(names()).toContain('Science Correspondent');
    } finally {
      switchRules();
    }
  });

  it('marks the label of a bracketed credit at the end of a caption as furniture', () => {
    const text = ['Dam plan shelved', '', 'Mayor Ann Rolf speaks in Provo on Friday. (Photo: Jill Marr / AP)', '', 'The council voted 5-2.'].join('\n');
    const marked = () => findFurniture(text).map((s) => text.slice(s.start, s.end));
    expect(marked()).toContain('(Photo:');
    switchRules({ off: ['bracketed-credit-label'] });
    try {
      expect(marked()).not.toContain('(Photo:');
    } finally {
      switchRules();
    }
  });

  it('yields no entity from furniture and keeps entities from the article text', () => {
    const names = extract(article)
      .entities.map((e) => e.name)
      .sort();
    expect(names).toEqual(['Corvane', 'Ghent']);
  });
});
