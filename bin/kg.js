#!/usr/bin/env node
// The `kg` command: runs the TypeScript sources through tsx's loader (no build step needed after npm ci).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
