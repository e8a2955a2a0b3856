// Search with autocomplete (an ARIA combobox): typing asks the source for matching names and aliases, and for relations
// whose evidence sentence has the words (listed after the names, with the sentence); arrows move,
// Enter or a click chooses, Escape closes. Enter pressed before the answer for the text in the box has come waits for
// that answer, so it never chooses a hit of an earlier query.
import type { SearchHit } from '../../../src/viewer/viewer-data.js';
import { entityColor, relationColor } from '../schema-view.js';
import { el } from '../dom.js';
import { errorMessage } from '../../../src/util/errors.js';

export function createSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  search: (text: string) => Promise<SearchHit[]>,
  choose: (hit: SearchHit) => void,
): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  /** The hits for the text in the box, once known; null while nothing is typed. */
  let answer: Promise<SearchHit[]> | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const item =
          hit.kind === 'relation'
            ? el(
                'li',
                { id: `search-hit-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-relation-id': hit.id, class: 'evidence-hit' },
                el('span', { class: 'swatch', style: `background:${relationColor(hit.type)}` }),
                hit.name,
                el('span', { class: 'meta sentence' }, ` “${(hit.sentence ?? '').slice(0, 160)}”`),
              )
            : el(
                'li',
                { id: `search-hit-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-entity-id': hit.id },
                el('span', { class: 'swatch', style: `background:${entityColor(hit.type)}` }),
                hit.name,
                el('span', { class: 'meta' }, ` ${hit.type}${hit.aliases.length ? ` · ${hit.aliases.slice(0, 2).join(', ')}` : ''}`),
              );
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(i);
        });
        return item;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
  };
  /** A failed search says why under the box, where the answer was expected. */
  const showFailure = (message: string) => {
    hits = [];
    list.replaceChildren(el('li', { class: 'search-error', role: 'option', 'aria-disabled': 'true' }, message));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.kind === 'relation' ? input.value : hit.name;
    close();
    choose(hit);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // The list on screen answers the old text: it goes at once, so neither Enter nor a click can choose from it.
    hits = [];
    close();
    const text = input.value.trim();
    if (!text) {
      answer = null;
      return;
    }
    const ticket = ++asked;
    answer = new Promise<SearchHit[]>((resolve) => {
      timer = setTimeout(async () => {
        try {
          const found = await search(text);
          if (ticket === asked) {
            hits = found;
            active = hits.length ? 0 : -1;
            render();
          }
          resolve(found);
        } catch (error) {
          if (ticket === asked) showFailure(`Search failed: ${errorMessage(error)}`);
          resolve([]);
        }
      }, 120);
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      render();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      render();
      event.preventDefault();
    } else if (event.key === 'Enter' && active >= 0) {
      pick(active);
      event.preventDefault();
    } else if (event.key === 'Enter' && answer) {
      event.preventDefault();
      const ticket = asked;
      void answer.then((found) => {
        if (ticket === asked && found.length > 0) {
          hits = found;
          pick(0);
        }
      });
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
