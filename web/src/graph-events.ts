// What the pointer does on the graph: hovering, clicking and shift-clicking entities and relations become store
// actions, and the stage follows the size of its container.
import { store } from './app-context.js';
import type { ViewerRenderer } from './renderer.js';

/**
 * Which press of a multi-click the last mouse press on the graph was (2 for a double-click's second): the browser
 * counts it in mousedown's `detail`. Sigma's clicks come from pointerup, whose `detail` is always 0.
 */
let pressCount = 1;

/** Counts the presses of multi-clicks on the graph's container, before sigma hears them. */
export function countPresses(container: HTMLElement): void {
  container.addEventListener(
    'mousedown',
    (event) => {
      pressCount = event.detail;
    },
    { capture: true },
  );
}

/** Turns sigma's pointer events on a newly mounted graph into actions, and keeps its stage sized to the container. */
export function wireGraphEvents(container: HTMLElement, renderer: ViewerRenderer): void {
  const sigma = renderer.sigma;
  // Opening the Cypher panel or resizing the window changes the stage's size; sigma only hears window resizes.
  // Resizing the WebGL canvas clears it, and sigma.resize() does not draw again: a render is scheduled here.
  const resizeObserver = new ResizeObserver(() => {
    sigma.resize();
    sigma.scheduleRender();
  });
  resizeObserver.observe(container);
  sigma.on('kill', () => resizeObserver.disconnect());
  sigma.on('enterNode', ({ node }) => store.dispatch({ type: 'hover', node }));
  sigma.on('leaveNode', () => store.dispatch({ type: 'hover', node: null }));
  sigma.on('clickNode', ({ node, event }) => {
    // A mouse or a touch event: both say which modifier keys were down.
    const original = event.original;
    // The second click of a double-click is the double-click's, not a click of its own: sigma pairs clicks with a
    // timer that a busy page can run between them, and then reports both as clicks.
    if (pressCount > 1) return;
    // Shift- or ctrl-click (cmd on a Mac) adds the entity to the multi-selection, or takes it out.
    if (original.shiftKey || original.ctrlKey || original.metaKey) store.dispatch({ type: 'togglePick', id: node });
    else store.dispatch({ type: 'select', selection: { kind: 'node', id: node } });
  });
  sigma.on('clickEdge', ({ edge }) => store.dispatch({ type: 'select', selection: { kind: 'edge', id: edge } }));
  sigma.on('clickStage', ({ event }) => {
    if (pressCount > 1) return;
    // On corpus graphs sigma does not pick relations (see renderer.ts): a click on one reaches the stage.
    const relation = renderer.relationAt(event);
    store.dispatch({ type: 'select', selection: relation ? { kind: 'edge', id: relation } : null });
  });
}
