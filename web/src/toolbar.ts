// The toolbar and the multi-selection bar: their controls dispatch actions, and sync* writes the state back into them,
// so a control always shows the state, whichever way it changed (the control, a link, the details panel).
import { errorMessage } from '../../src/util/errors.js';
import { app, setStatus, store } from './app-context.js';
import { byId } from './dom.js';
import { exportView } from './export.js';
import { selectEntity } from './graph-growth.js';
import { showTables } from './panels/table.js';
import { COLOR_MODES, EGO_DEPTHS, LABEL_DENSITIES, SIZE_MODES, oneOf, pickedWithSelection, type ViewerState } from './store.js';

/** The multi-selection bar: how many entities are picked, and what can be done with them. */
export function syncPicked(state: ViewerState): void {
  const picked = pickedWithSelection(state);
  const bar = byId('picked-bar');
  bar.hidden = state.pickedNodes.length === 0;
  const names = picked.map((id) => (app.mounted?.graph.hasNode(id) ? app.mounted.graph.getNodeAttribute(id, 'label') : id));
  byId('picked-count').textContent = `${picked.length} selected: ${names.slice(0, 5).join(', ')}${names.length > 5 ? '…' : ''}`;
}

/** Writes the state into the toolbar controls (on load, and after every change). */
export function syncControls(state: ViewerState): void {
  const layoutButton = byId('layout-toggle', HTMLButtonElement);
  layoutButton.textContent = state.layoutRunning ? 'Stop layout' : 'Start layout';
  layoutButton.setAttribute('aria-pressed', String(state.layoutRunning));
  byId('size-by', HTMLSelectElement).value = state.sizeBy;
  byId('color-by', HTMLSelectElement).value = state.colorBy;
  byId('labels', HTMLSelectElement).value = state.labels;
  byId('neighbours-toggle').setAttribute('aria-pressed', String(state.highlightNeighbours));
  byId('ego-depth', HTMLSelectElement).value = String(state.egoDepth);
  // The details panel has its own ego control (next to the entity it centres on); both always show the state.
  const detailsEgo = document.getElementById('details-ego');
  if (detailsEgo instanceof HTMLSelectElement) detailsEgo.value = String(state.egoDepth);
}

const tablePanel = byId('table-panel');
const tableToggle = byId('table-toggle');
/** The table view follows what is shown while it is open. */
export function refreshTable(): void {
  if (!app.mounted || tablePanel.hidden) return;
  showTables(tablePanel, app.mounted.graph, app.mounted.renderer.visible(), {
    selectEntity: (id) => void selectEntity(id),
    selectRelation: (id) => store.dispatch({ type: 'select', selection: { kind: 'edge', id } }),
  });
}

/** Makes the toolbar's and the multi-selection bar's controls dispatch their actions. */
export function wireToolbar(): void {
  byId('layout-toggle').addEventListener('click', () => {
    if (!app.mounted) return;
    if (app.mounted.layout.running) app.mounted.layout.stop();
    else app.mounted.layout.start();
  });
  // Each control's options are the values its action takes; the value is checked against them all the same.
  onChoice('size-by', SIZE_MODES, (sizeBy) => store.dispatch({ type: 'setSizeBy', sizeBy }));
  onChoice('labels', LABEL_DENSITIES, (labels) => store.dispatch({ type: 'setLabels', labels }));
  onChoice('color-by', COLOR_MODES, (colorBy) => store.dispatch({ type: 'setColorBy', colorBy }));
  const egoDepthSelect = byId('ego-depth', HTMLSelectElement);
  egoDepthSelect.addEventListener('change', () => {
    const depth = oneOf(EGO_DEPTHS, Number(egoDepthSelect.value));
    if (depth === undefined) return;
    store.dispatch({ type: 'setEgoDepth', depth });
    // No entity to centre on: the state keeps the whole graph, and the control says so again.
    if (store.state.egoDepth !== depth) {
      syncControls(store.state);
      setStatus('Select an entity first: the ego network is drawn around it.');
    }
  });
  const exportSelect = byId('export-format', HTMLSelectElement);
  exportSelect.addEventListener('change', async () => {
    const select = exportSelect;
    const format = select.value;
    select.value = '';
    if (!format || !app.mounted) return;
    try {
      const what = await exportView(format, app.mounted.renderer.sigma, app.mounted.graph, app.mounted.renderer.visible(), app.mounted.source);
      setStatus(`Exported ${what} of the visible graph.`);
    } catch (error) {
      setStatus(`Export failed: ${errorMessage(error)}`, true);
    }
  });
  byId('hide-picked').addEventListener('click', () => store.dispatch({ type: 'hidePicked' }));
  byId('pin-picked').addEventListener('click', () => store.dispatch({ type: 'togglePin', ids: pickedWithSelection(store.state) }));
  byId('clear-picked').addEventListener('click', () => store.dispatch({ type: 'select', selection: store.state.selection }));
  byId('neighbours-toggle').addEventListener('click', () => store.dispatch({ type: 'setHighlightNeighbours', on: !store.state.highlightNeighbours }));
  tableToggle.addEventListener('click', () => {
    tablePanel.hidden = !tablePanel.hidden;
    tableToggle.setAttribute('aria-expanded', String(!tablePanel.hidden));
    refreshTable();
  });
}

/** Calls `choose` with the value a select is changed to, when it is one of `values`. */
function onChoice<T extends string>(id: string, values: readonly T[], choose: (value: T) => void): void {
  const select = byId(id, HTMLSelectElement);
  select.addEventListener('change', () => {
    const value = oneOf(values, select.value);
    if (value) choose(value);
  });
}
