// Renders an export as the CSV texts, in the layout `neo4j-admin database import full` reads: one node file per label
// set and one relationship file per type, each with a typed header (`:ID`, `name`, `aliases:string[]`,
// `confidence:double`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`). Node keys in `:ID` are the export's own (n0, n1, …),
// not stored as properties, so every node keeps exactly its own properties. neo4j-admin cannot store an empty list
// (github.com/neo4j/neo4j/issues/13566), so empty lists are listed in empty-lists.cypher, to run after the import.
import type { ExportGraph, JsonValue, PropertyNode, PropertyRelationship } from './property-graph.js';
import { exportUnion } from './property-graph.js';
import { csvHeaderType, csvScalar, cypherName, cypherString, propertyType, type PropertyType } from './neo4j-values.js';
import { csvLine, type CsvCell } from '../neo4j/admin-import-csv.js';

export interface CsvImport {
  /** File name → CSV text (header line first). */
  files: Map<string, string>;
  nodeFiles: string[];
  relationshipFiles: string[];
  arrayDelimiter: string;
  /** Statements restoring empty list properties after the import (empty when there are none). */
  emptyLists: string[];
  /** Empty lists on elements without an `id` property, which the fix-up cannot find again. */
  unrestorableEmptyLists: number;
}

const ARRAY_DELIMITERS = [';', '|', '¦', '\u001f'];

type Element = PropertyNode | PropertyRelationship;

function typesOf(element: Element): Map<string, PropertyType> {
  return new Map(
    Object.entries(element.properties)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, propertyType(v, element.propertyTypes?.[k])] as const),
  );
}

/** Splits a group so that no property has two types in one file (a column has one type). */
function splitByConflicts<T extends Element>(elements: T[]): { elements: T[]; columns: Map<string, PropertyType> }[] {
  const seen = new Map<string, Set<string>>();
  for (const element of elements) {
    for (const [k, t] of typesOf(element)) {
      if (t.element === 'NOTHING') continue;
      const key = csvHeaderType(t);
      seen.set(k, (seen.get(k) ?? new Set()).add(key));
    }
  }
  const conflicting = [...seen.entries()]
    .filter(([, s]) => s.size > 1)
    .map(([k]) => k)
    .sort();
  const groups = new Map<string, T[]>();
  for (const element of elements) {
    const types = typesOf(element);
    const signature = conflicting
      .map((k) => {
        const type = types.get(k);
        return type === undefined ? '' : csvHeaderType(type);
      })
      .join('|');
    const group = groups.get(signature);
    if (group) group.push(element);
    else groups.set(signature, [element]);
  }
  return [...groups.values()].map((group) => {
    const columns = new Map<string, PropertyType>();
    for (const element of group) {
      for (const [k, t] of typesOf(element)) {
        const known = columns.get(k);
        if (!known || known.element === 'NOTHING') columns.set(k, t);
      }
    }
    for (const [k, t] of columns) if (t.element === 'NOTHING') columns.set(k, { list: true, element: 'STRING' });
    return { elements: group, columns: new Map([...columns.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) };
  });
}

/** A property value as the cell of a column of type `type` (admin-import-csv.ts writes it). */
function cell(value: JsonValue | undefined, type: PropertyType): CsvCell {
  if (value === undefined || value === null) return null;
  if (type.list) return Array.isArray(value) ? value.map((v) => csvScalar(v, type.element)) : null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return csvScalar(value, type.element);
}

function fileName(prefix: string, name: string, taken: Set<string>): string {
  const base = `${prefix}-${name.replace(/[^A-Za-z0-9_-]+/g, '_') || 'none'}`;
  let candidate = `${base}.csv`;
  for (let i = 2; taken.has(candidate); i += 1) candidate = `${base}-${i}.csv`;
  taken.add(candidate);
  return candidate;
}

/** The CSV files and the fix-up statements for an export. */
export function renderCsvImport(graph: ExportGraph): CsvImport {
  const all = exportUnion(graph);
  const listElements = [...all.nodes, ...all.relationships].flatMap((e) => Object.values(e.properties).filter(Array.isArray).flat());
  const arrayDelimiter = ARRAY_DELIMITERS.find((d) => !listElements.some((v) => String(csvScalar(v as JsonValue, 'STRING')).includes(d))) ?? ';';
  const key = new Map(all.nodes.map((n, i) => [n.id, `n${i}`]));
  const files = new Map<string, string>();
  const taken = new Set<string>();
  const nodeFiles: string[] = [];
  const relationshipFiles: string[] = [];
  const emptyLists: string[] = [];
  let unrestorableEmptyLists = 0;

  // (pattern, property) → ids of the elements whose list is empty; one statement per pair keeps the fix-up short.
  const empties = new Map<string, { pattern: string; key: string; ids: string[] }>();
  const collectEmpty = (element: Element, pattern: string) => {
    for (const [k, v] of Object.entries(element.properties)) {
      if (!Array.isArray(v) || v.length > 0) continue;
      if (typeof element.properties.id !== 'string') {
        unrestorableEmptyLists += 1;
        continue;
      }
      const group = empties.get(`${pattern}|${k}`) ?? { pattern, key: k, ids: [] };
      group.ids.push(element.properties.id);
      empties.set(`${pattern}|${k}`, group);
    }
  };

  const byLabels = new Map<string, PropertyNode[]>();
  for (const n of all.nodes) {
    const group = byLabels.get(n.labels.join(':'));
    if (group) group.push(n);
    else byLabels.set(n.labels.join(':'), [n]);
  }
  for (const [labels, nodes] of byLabels) {
    for (const { elements, columns } of splitByConflicts(nodes)) {
      const name = fileName('nodes', labels.replace(/:/g, '_'), taken);
      const header = [':ID', ...[...columns.entries()].map(([k, t]) => `${k}:${csvHeaderType(t)}`), ':LABEL'];
      const lines = [header.join(',')];
      for (const n of elements) {
        lines.push(
          csvLine([key.get(n.id), ...[...columns.entries()].map(([k, t]) => cell(n.properties[k], t)), n.labels.join(arrayDelimiter)], arrayDelimiter),
        );
        const labelText = n.labels.map(cypherName).join(':');
        collectEmpty(n, `MATCH (x${labelText ? `:${labelText}` : ''} {id: id})`);
      }
      files.set(name, `${lines.join('\n')}\n`);
      nodeFiles.push(name);
    }
  }
  const byType = new Map<string, PropertyRelationship[]>();
  for (const r of all.relationships) {
    const group = byType.get(r.type);
    if (group) group.push(r);
    else byType.set(r.type, [r]);
  }
  for (const [type, relationships] of byType) {
    for (const { elements, columns } of splitByConflicts(relationships)) {
      const name = fileName('relationships', type, taken);
      const header = [':START_ID', ':END_ID', ':TYPE', ...[...columns.entries()].map(([k, t]) => `${k}:${csvHeaderType(t)}`)];
      const lines = [header.join(',')];
      for (const r of elements) {
        lines.push(csvLine([key.get(r.start), key.get(r.end), r.type, ...[...columns.entries()].map(([k, t]) => cell(r.properties[k], t))], arrayDelimiter));
        collectEmpty(r, `MATCH ()-[x:${cypherName(r.type)} {id: id}]->()`);
      }
      files.set(name, `${lines.join('\n')}\n`);
      relationshipFiles.push(name);
    }
  }
  for (const { pattern, key: property, ids } of empties.values()) {
    for (let i = 0; i < ids.length; i += 1000) {
      emptyLists.push(
        `UNWIND [${ids
          .slice(i, i + 1000)
          .map(cypherString)
          .join(', ')}] AS id ${pattern} SET x.${cypherName(property)} = [];\n`,
      );
    }
  }
  return { files, nodeFiles, relationshipFiles, arrayDelimiter, emptyLists, unrestorableEmptyLists };
}

/** The neo4j-admin arguments that import these files (paths relative to the export folder unless `folder` is given). */
export function importArguments(csv: CsvImport, folder = '.', database = 'neo4j'): string[] {
  return [
    'database',
    'import',
    'full',
    ...csv.nodeFiles.map((f) => `--nodes=${folder}/${f}`),
    ...csv.relationshipFiles.map((f) => `--relationships=${folder}/${f}`),
    `--array-delimiter=${csv.arrayDelimiter}`,
    '--multiline-fields=true',
    database,
  ];
}
