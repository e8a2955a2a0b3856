// Compiles src/ to dist/ (one JavaScript module per TypeScript module, same folders, so that paths relative to a
// module, like ../../models/, resolve the same from both). `npm run build` and npm ci's prepare step run it; bin/kg.js
// runs it when a source changed after the last build, so the command never runs code older than its sources.
// Type checking is `npm run typecheck`'s job: esbuild only strips the types, which takes a fraction of a second.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src');
// The schema's JSON files are bundled with the modules that import them: an edit to them is an edit to the sources.
const schemaDir = path.join(root, 'graph-schema');
const distDir = path.join(root, 'dist');
// The bundle's entries: the CLI, and the worker modules it starts beside itself (siblingModule in
// src/util/module-worker.ts), named as in src/ so that the bundle finds them where the modules would.
const bundleDir = path.join(distDir, 'kg');
const BUNDLE_ENTRIES = {
  main: path.join(srcDir, 'cli/main.ts'),
  'extract-worker': path.join(srcDir, 'pipeline/extract-worker.ts'),
  'validation-worker': path.join(srcDir, 'schema/validation-worker.ts'),
};
// Its modification time is when the build that wrote dist/ started: a source changed after it is not in dist/.
const stampFile = path.join(distDir, '.built-from-src');

function sourceFiles(dir = srcDir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** True when dist/ was built after every source (and schema file) last changed. */
export function buildIsCurrent() {
  let builtAt;
  try {
    builtAt = fs.statSync(stampFile).mtimeMs;
  } catch {
    return false;
  }
  const folders = [srcDir, schemaDir];
  while (folders.length > 0) {
    const dir = folders.pop();
    if (fs.statSync(dir).mtimeMs > builtAt) return false; // a file added, removed or renamed
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else if (fs.statSync(full).mtimeMs > builtAt) return false;
    }
  }
  return true;
}

/**
 * Compiles every module of src/ into dist/. Each file is written to a temporary name and renamed into place, so a
 * `kg` started while another one rebuilds never reads half a file.
 */
export async function buildCli() {
  const startedAt = new Date();
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('kg: dist/ must be built from src/ but esbuild is not installed; run npm ci (it builds dist/), or npm install then npm run build');
  }
  // esbuild counts Node 20's Unicode property escapes (\p{Lu}) as unsupported, for the newest Unicode scripts its
  // tests ask about, and would rewrite each such literal into a `new RegExp` built on every call: regular expressions
  // inside the extraction's per-word functions then cost about a tenth of its time. Node 20 reads them natively.
  const common = {
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    supported: { 'regexp-unicode-property-escapes': true },
    sourcemap: 'linked',
    write: false,
    logLevel: 'silent',
  };
  const [modules, bundle] = await Promise.all([
    esbuild.build({ ...common, entryPoints: sourceFiles(), outdir: distDir, outbase: srcDir, bundle: false }),
    esbuild.build({ ...common, entryPoints: BUNDLE_ENTRIES, outdir: bundleDir, bundle: true, splitting: true, packages: 'external' }),
  ]);
  const outputFiles = [...modules.outputFiles, ...bundle.outputFiles];
  for (const file of outputFiles) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
  removeStaleOutputs(new Set(outputFiles.map((file) => file.path)));
  fs.writeFileSync(stampFile, '');
  fs.utimesSync(stampFile, startedAt, startedAt);
  return outputFiles.length;
}

/** Deletes what dist/ holds from a module since renamed or removed, so nothing can import code that has no source. */
function removeStaleOutputs(written, dir = distDir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      removeStaleOutputs(written, full);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    } else if (full !== stampFile && !written.has(full)) {
      fs.rmSync(full, { force: true });
    }
  }
}

/** Builds dist/ unless it is current; a failed build ends the process with its reason. */
export async function ensureCurrentBuild() {
  if (buildIsCurrent()) return;
  try {
    await buildCli();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message.startsWith('kg:') ? message : `kg: building dist/ from src/ failed: ${message}`}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const count = await buildCli();
  console.log(`dist/: ${count} files from src/ in ${Math.round(performance.now() - started)} ms`);
}
