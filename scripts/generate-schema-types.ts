// Writes src/schema/schema-types.generated.ts from graph-schema/, so TypeScript's type names follow the schema data.
// Run with `npm run gen:schema` after editing graph-schema/; a unit test fails when the file is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { renderSchemaTypes } from '../src/schema/render-schema-types.js';

const target = path.resolve(import.meta.dirname, '../src/schema/schema-types.generated.ts');
fs.writeFileSync(target, renderSchemaTypes());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
