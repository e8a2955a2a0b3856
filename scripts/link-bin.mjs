// Makes `npx kg` and node_modules/.bin/kg work inside this checkout: npm links the bins of
// dependencies, not of the root package itself.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'kg');
fs.mkdirSync(binDir, { recursive: true });
try {
  fs.unlinkSync(link);
} catch {
  /* not there yet */
}
fs.symlinkSync(path.relative(binDir, path.join(root, 'bin', 'kg.js')), link);
