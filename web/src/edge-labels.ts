// When sigma draws relation labels. Sigma skips the edge label passes while its `renderEdgeLabels` setting is off, so
// it is on only when some label can show: zoomed in, or a hovered entity's (small graphs), a selected relation's or a
// kept neighbourhood's. The zoom level reaches the reducers through the DrawState.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './viewer-graph.js';
import type { DrawState } from './reducers.js';

/** Under this camera ratio (zoomed in) every shown edge has its label. */
const EDGE_LABEL_RATIO = 0.35;
/** How long the camera of a corpus graph rests before crossing EDGE_LABEL_RATIO switches edge labels (ms). */
const ZOOM_REST_MS = 200;

/**
 * Follows the camera's zoom into `d.zoomedIn`, and returns the function that brings sigma's edge settings in line with
 * the state (true when one changed). A setting change makes sigma re-run every reducer at once and index the items again
 * at the next render: until then a partial refresh that skips the indexing would find no item to redraw. Sigma picks
 * relations itself while `edgeEvents()` (small graphs; see relation-picking.ts). On a corpus graph (`corpus`) a zoom
 * switches labels once the camera rests.
 */
export function followZoom(sigma: Sigma<NodeAttributes, EdgeAttributes>, d: DrawState, edgeEvents: () => boolean, corpus: boolean): () => boolean {
  d.zoomedIn = sigma.getCamera().ratio < EDGE_LABEL_RATIO;
  const wantEdgeLabels = () => d.zoomedIn || (d.state.hoveredNode !== null && d.dimOnHover) || d.state.selection?.kind === 'edge' || d.kept !== null;
  const syncEdgeSettings = (): boolean => {
    let changed = false;
    if (sigma.getSetting('renderEdgeLabels') !== wantEdgeLabels()) {
      sigma.setSetting('renderEdgeLabels', wantEdgeLabels());
      changed = true;
    }
    if (sigma.getSetting('enableEdgeEvents') !== edgeEvents()) {
      sigma.setSetting('enableEdgeEvents', edgeEvents());
      changed = true;
    }
    return changed;
  };
  const applyZoomLevel = () => {
    const now = sigma.getCamera().ratio < EDGE_LABEL_RATIO;
    if (now === d.zoomedIn) return;
    d.zoomedIn = now;
    // Switching edge labels on or off is a setting, for which sigma re-runs every reducer; otherwise only the shown
    // relations' label visibility changes.
    if (!syncEdgeSettings()) sigma.refresh({ partialGraph: { edges: [...d.visible.edges] }, schedule: true });
  };
  // On corpus graphs the switch waits until the camera has rested for a moment: it re-runs the
  // reducers of the whole graph (a few hundred milliseconds with software WebGL), and relations and names are not drawn
  // during a move anyway (hideEdgesOnMove), so applying it in the middle of a zoom only stalls the zoom.
  let zoomTimer: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on('updated', () => {
    if (!corpus) return applyZoomLevel();
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(applyZoomLevel, ZOOM_REST_MS);
  });
  sigma.on('kill', () => clearTimeout(zoomTimer));
  return syncEdgeSettings;
}
