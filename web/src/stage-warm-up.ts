// Getting the GPU ready for a corpus graph while its overview is fetched: sigma's programs compiled a few per task
// ahead of sigma, and a warm-up frame that builds their pipelines. Under software WebGL (SwiftShader) both are work of
// the GPU process that the page otherwise waited for in single tasks: program compilation in sigma's constructor (one
// task of 400–500 ms), pipeline builds in the commits of the first frames (0.5–1.1 s).
import graphology from 'graphology';
import Sigma from 'sigma';
import type { LabelDensity } from './store.js';
import type { EdgeAttributes, NodeAttributes } from './viewer-graph.js';
import { stageOptions, type Stage } from './viewer-sigma.js';

/** How often the page looks whether the GPU is done, between tasks (ms). */
const POLL_MS = 25;
/** Longest the warm-up waits for the GPU before the stage is used anyway (ms). */
const WAIT_LIMIT_MS = 3000;

const nextPoll = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

interface ProgramSources {
  vertex: string;
  fragment: string;
}

/**
 * The stage's context as a sigma made only to learn its programs sees it: shaders and programs are written down and not
 * sent to the GPU process, and what reads the result of a compilation or a link answers at once; every other call
 * goes to the context.
 */
function recordingPrograms(gl: WebGL2RenderingContext, programs: ProgramSources[]): WebGL2RenderingContext {
  const sources = new Map<object, string>();
  const attached = new Map<object, string[]>();
  const answers: Partial<Record<keyof WebGL2RenderingContext, unknown>> = {
    createShader: () => ({}),
    shaderSource: (shader: object, source: string) => sources.set(shader, source),
    compileShader: () => undefined,
    createProgram: () => ({}),
    attachShader: (program: object, shader: object) => attached.set(program, [...(attached.get(program) ?? []), sources.get(shader) ?? '']),
    linkProgram: (program: object) => {
      const [vertex = '', fragment = ''] = attached.get(program) ?? [];
      programs.push({ vertex, fragment });
    },
    getShaderParameter: () => true,
    getProgramParameter: () => true,
    getUniformLocation: () => null,
    getAttribLocation: () => -1,
    useProgram: () => undefined,
    // Sigma's kill forces the loss of its context, which waits for the GPU process (250–400 ms under load): the context
    // is left to the garbage collector instead.
    getExtension: (name: string) => (name === 'WEBGL_lose_context' ? null : gl.getExtension(name)),
    deleteShader: () => undefined,
    deleteProgram: () => undefined,
  };
  return new Proxy(gl, {
    get(target, key) {
      if (typeof key === 'string' && key in answers) return answers[key as keyof WebGL2RenderingContext];
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Sigma whose stage context writes its programs down instead of compiling them (see recordingPrograms). */
class RecordingSigma extends Sigma<NodeAttributes, EdgeAttributes> {
  static programs: ProgramSources[] = [];
  static context: WebGL2RenderingContext | null = null;

  override createWebGLContext(...args: Parameters<Sigma['createWebGLContext']>): WebGL2RenderingContext {
    const gl = super.createWebGLContext(...args);
    RecordingSigma.context ??= gl;
    return recordingPrograms(gl, RecordingSigma.programs);
  }
}

/** The programs sigma compiles for these options, and the WebGL context of the sigma that wrote them down. */
function recordPrograms(large: boolean, labels: LabelDensity): { programs: ProgramSources[]; gl: WebGL2RenderingContext | null; sigma: RecordingSigma } {
  const programs: ProgramSources[] = [];
  RecordingSigma.programs = programs;
  RecordingSigma.context = null;
  try {
    const options = stageOptions(large, labels, { nodeReducer: () => ({}), edgeReducer: () => ({}) });
    // The container is out of the page and has no size.
    const sigma = new RecordingSigma(new graphology.MultiDirectedGraph(), document.createElement('div'), {
      ...options,
      settings: { ...options.settings, allowInvalidContainer: true },
    });
    return { programs, gl: RecordingSigma.context, sigma };
  } finally {
    RecordingSigma.programs = [];
    RecordingSigma.context = null;
  }
}

/**
 * Compiles the programs of a stage for a corpus graph (`large`) or a small one, one program per task, on a context of
 * their own out of the page. The GPU process keeps what it compiled for the page, so the stage created next finds its
 * programs compiled: sigma's constructor compiles and links a dozen programs and waits for each in one task, 400–500 ms
 * under software WebGL at low load, against 45–110 ms when they were compiled before (probes at load 1–7); each task
 * here waits for one program (10–70 ms at that load). Sigma builds the programs'
 * sources from its options, so they are learnt from a sigma of the same options whose context writes them down.
 * `stillWanted` is asked between tasks; the compilation stops when it says no.
 */
export async function compileAhead(large: boolean, labels: LabelDensity, stillWanted: () => boolean): Promise<void> {
  const { programs, gl, sigma } = recordPrograms(large, labels);
  try {
    for (const { vertex, fragment } of programs) {
      await nextTask();
      if (!gl || !stillWanted()) return;
      const program = gl.createProgram();
      for (const [type, source] of [
        [gl.VERTEX_SHADER, vertex],
        [gl.FRAGMENT_SHADER, fragment],
      ] as const) {
        const shader = gl.createShader(type);
        if (!shader) continue;
        gl.shaderSource(shader, source);
        gl.compileShader(shader);
        gl.attachShader(program, shader);
      }
      gl.linkProgram(program);
      // Waits for this program only, as sigma waits for each of its own.
      gl.getProgramParameter(program, gl.LINK_STATUS);
    }
  } finally {
    sigma.kill();
  }
}

/**
 * Resolves once the GPU has done the commands given so far on `gl`, reading the fence's status between tasks so that
 * the page never waits for it, or after WAIT_LIMIT_MS, or as soon as `stopped` says so.
 */
async function gpuDone(gl: WebGL2RenderingContext, stopped: () => boolean): Promise<void> {
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  const started = performance.now();
  const waiting = () => !stopped() && fence && gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED && performance.now() - started < WAIT_LIMIT_MS;
  do await nextPoll();
  while (waiting());
  if (fence) gl.deleteSync(fence);
}

/**
 * Draws two made-up entities, one highlighted, on the stage's canvas taken out of the page, and resolves once the GPU
 * has drawn them and the canvas is back, empty. Under software WebGL the first draw with each of sigma's programs
 * builds its pipeline in SwiftShader, and the page's commit of that frame waits for it: the corpus graph's first frames
 * were tasks of 0.6–1.3 s. Drawn while the overview is fetched, on a canvas the compositor does not read back, the page
 * goes on with no task waiting, and the graph's first frames, which hold its entities and then their names, find
 * their pipelines built. The relations' pipelines are built later, by drawAside, when their first part is handed over,
 * so that the first paint does not wait for them (0.3–0.4 s of the software GPU's time). Only for an empty stage.
 */
export async function warmUp(stage: Stage): Promise<void> {
  const { sigma, shown } = stage;
  const canvas = sigma.getContainer().querySelector('canvas.sigma-stage');
  if (!canvas || shown.order > 0) return;
  let killed = false;
  sigma.on('kill', () => (killed = true));
  const next = canvas.nextSibling;
  const parent = canvas.parentNode!;
  canvas.remove();
  const entity = (x: number, highlighted: boolean) => ({ label: null, x, y: x, size: 8, color: '#888888', highlighted }) as unknown as NodeAttributes;
  shown.addNode('warm-up:a', entity(0, true));
  shown.addNode('warm-up:b', entity(1, false));
  // Two frames, each in a task of its own: the entities, then their names, as the first frame with a name also builds
  // sigma's glyph atlas (one task of 200–440 ms when drawn together under load).
  for (const named of [false, true]) {
    if (named) shown.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, label: 'Aa' }));
    sigma.refresh();
    await gpuDone(sigma.getWebGLContext(), () => killed);
    // A stage killed meanwhile (another graph opened) has emptied the page's container.
    if (killed) return;
  }
  shown.clear();
  parent.insertBefore(canvas, next);
}

/**
 * Runs `draw` (which hands sigma items of a kind it has not drawn yet: the first relations) and has sigma draw the
 * result on its canvas taken out of the page, while a picture of the frame on screen stands in its place; resolves
 * once the GPU is done and the canvas is back. The first frame with relations builds their pipelines in SwiftShader
 * (0.3–0.4 s), which the page's commit of that frame would wait for: drawn aside, the page goes on, and the next frame
 * on screen finds the pipelines built.
 */
export async function drawAside(sigma: Sigma<NodeAttributes, EdgeAttributes>, draw: () => void): Promise<void> {
  const canvas = sigma.getContainer().querySelector<HTMLCanvasElement>('canvas.sigma-stage');
  const drawNow = () => sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  if (!canvas?.parentNode) {
    draw();
    return;
  }
  let killed = false;
  const onKill = () => (killed = true);
  sigma.on('kill', onKill);
  const gl = sigma.getWebGLContext();
  // The frame on screen is drawn again so that its pixels can be read in the same task, once the GPU is done with
  // what came before, so that the read waits for this frame alone.
  await gpuDone(gl, () => killed);
  if (killed) return;
  const picture = document.createElement('canvas');
  picture.className = 'sigma-stand-in';
  picture.width = canvas.width;
  picture.height = canvas.height;
  picture.style.cssText = canvas.style.cssText;
  picture.style.pointerEvents = 'none';
  drawNow();
  picture.getContext('2d')?.drawImage(canvas, 0, 0);
  const parent = canvas.parentNode;
  parent.insertBefore(picture, canvas);
  canvas.remove();
  try {
    // The hand-over in a task of its own.
    await nextTask();
    if (killed) return;
    draw();
    drawNow();
    await gpuDone(gl, () => killed);
    // Drawn a second time: the GPU's work on a new pipeline does not all end with its first frame, and the next frame
    // on screen waited some 300 ms for the rest.
    if (!killed) drawNow();
    await gpuDone(gl, () => killed);
  } finally {
    sigma.off('kill', onKill);
    // A sigma killed meanwhile has emptied its container.
    if (!killed) {
      parent.insertBefore(canvas, picture);
      sigma.scheduleRender();
    }
    picture.remove();
  }
}
