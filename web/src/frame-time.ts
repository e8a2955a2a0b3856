// How long sigma's frames take to reach the screen. With software WebGL a frame reaches the screen in the
// compositor's commit, which waits until the GPU has drawn it, and the page's next animation frame comes after that
// commit. A frame rendered in an animation frame is committed right after it, but one rendered at once in an event (a
// hover) is committed only after the next animation frame, which then comes as early as ever: timed to that one, a
// hover on a corpus graph read a few milliseconds and made the next search animate the camera over frames of 200 ms.
// Timed to the second animation frame, every frame counts its commit (and a frame on a fast GPU two vsyncs).
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './viewer-graph.js';

/** Starts timing sigma's frames; returns a reader of the last frame's time, in ms. */
export function trackFrameTime(sigma: Sigma<NodeAttributes, EdgeAttributes>): () => number {
  let lastFrameMs = 0;
  sigma.on('beforeRender', () => {
    const started = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        lastFrameMs = performance.now() - started;
      }),
    );
  });
  return () => lastFrameMs;
}
