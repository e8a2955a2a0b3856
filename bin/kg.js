#!/usr/bin/env node
// The `kg` command: runs the CLI bundled in dist/kg/ (`npm run build`; npm ci builds it). In a checkout whose sources
// changed since the last build it rebuilds first (a fraction of a second), so the command never runs stale code;
// if it cannot build, it says why and stops.
import { ensureCurrentBuild } from '../scripts/build-cli.mjs';

await ensureCurrentBuild();
// Stack traces of --debug point into src/ rather than dist/.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await import('../dist/kg/main.js');
await main(process.argv.slice(2));
