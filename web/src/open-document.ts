// Opening a graph document offline (the output of `kg extract --out`): from the file picker, a drop on the page, or
// `?file=`. The document is parsed and checked before it replaces the graph on screen.
import { errorMessage } from '../../src/util/errors.js';
import { setStatus, store } from './app-context.js';
import { DocumentSource, parseGraphDocument } from './data-source.js';
import { byId } from './dom.js';
import { mount } from './mount.js';

/** Mounts a graph document's text; a selection the document does not hold is dropped first. */
export async function openDocument(text: string, name: string): Promise<void> {
  try {
    const document = parseGraphDocument(text, name);
    const ids = new Set(document.entities.map((e) => e.id));
    const selection = store.state.selection;
    if (selection?.kind === 'node' && !ids.has(selection.id)) store.dispatch({ type: 'select', selection: null });
    await mount(new DocumentSource(document, name));
  } catch (error) {
    setStatus(errorMessage(error), true);
  }
}

/** Opens a document chosen with "Open file…" or dropped on the page. */
export function wireFileOpening(): void {
  const fileInput = byId('file-input', HTMLInputElement);
  byId('open-file').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (file) await openDocument(await file.text(), file.name);
    fileInput.value = '';
  });
  const dropHint = byId('drop-hint');
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropHint.hidden = false;
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) dropHint.hidden = true;
  });
  document.addEventListener('drop', async (event) => {
    event.preventDefault();
    dropHint.hidden = true;
    const file = event.dataTransfer?.files?.[0];
    if (file) await openDocument(await file.text(), file.name);
  });
}
