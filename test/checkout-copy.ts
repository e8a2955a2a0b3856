// A throw-away copy of what the compiled CLI needs (bin/, dist/, src/, graph-schema/, models/, the build script and
// package.json), for tests that run `kg` with a piece missing or changed. node_modules is linked, not copied.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve('.');
const copies: string[] = [];

/** A copy of the checkout without `omit` (paths relative to the checkout); `linkModules: false` leaves out node_modules. */
export function checkoutWithout(omit: string[], options: { linkModules?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-checkout-'));
  copies.push(dir);
  for (const part of ['bin', 'dist', 'src', 'graph-schema', 'models', 'scripts/build-cli.mjs', 'package.json']) {
    fs.cpSync(path.join(root, part), path.join(dir, part), { recursive: true, preserveTimestamps: true });
  }
  if (options.linkModules !== false) fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  for (const part of omit) fs.rmSync(path.join(dir, part), { recursive: true });
  return dir;
}

/** Removes every copy made so far. */
export function removeCheckoutCopies(): void {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
