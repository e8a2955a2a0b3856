// Moving the camera over the graph on screen: centring on an entity, framing a set of them. Moves are animated only
// when frames are quick enough to show the movement.
import { app } from './app-context.js';

/** Frames slower than this make a camera animation a few jerky steps: the camera then jumps instead. */
const SMOOTH_FRAME_MS = 100;

/** Moves the camera, animated when frames are quick enough to show the movement. */
function moveCamera(target: { x: number; y: number; ratio: number }, duration: number): void {
  if (!app.mounted) return;
  const camera = app.mounted.renderer.sigma.getCamera();
  if (app.mounted.renderer.frameMs() > SMOOTH_FRAME_MS) camera.setState(target);
  else void camera.animate(target, { duration });
}

/** Centres the camera on a node and zooms in. */
export function focusNode(id: string): void {
  if (!app.mounted) return;
  const display = app.mounted.renderer.sigma.getNodeDisplayData(id);
  if (display) moveCamera({ x: display.x, y: display.y, ratio: 0.35 }, 250);
}

/** Moves the camera so the given nodes fill the view (sigma frames the whole graph, hidden nodes included). */
export function fitToNodes(ids: Iterable<string>): void {
  if (!app.mounted) return;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const id of ids) {
    const d = app.mounted.renderer.sigma.getNodeDisplayData(id);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.3));
  moveCamera({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, 300);
}
