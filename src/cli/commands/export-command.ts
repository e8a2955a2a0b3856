// `kg export`: takes a piece of the graph out of Neo4j — all of it, one entity's neighbourhood, or what a read-only
// query returns — with its provenance, and writes it as GraphML, GEXF, a graph document (JSON), neo4j-admin import
// CSV files, or a Cypher script that recreates it.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openGraphDatabase, type GraphDatabase } from '../../neo4j/connection.js';
import {
  fetchExportGraph,
  findEntityCandidates,
  selectAll,
  selectByQuery,
  selectNeighbourhood,
  type ExportProgress,
  type ExportSelection,
  type TypeFilter,
} from '../../neo4j/export-queries.js';
import { DEFAULT_TIMEOUT_MS } from '../../neo4j/run-read-query.js';
import { entityTypes, relationTypes } from '../../schema/schema.js';
import { filterByTypes, type ExportGraph } from '../../export/property-graph.js';
import { renderGexf } from '../../export/render-gexf.js';
import { renderGraphml } from '../../export/render-graphml.js';
import { toGraphDocument } from '../../export/to-graph-document.js';
import { importArguments, renderCsvImport } from '../../export/render-csv-import.js';
import { cypherScriptStatements } from '../../export/cypher-script.js';
import { validateDocument } from '../../schema/validate-document.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { parseParams, positiveInteger, queryFailure } from './query-failure.js';
import { itemAt } from '../../util/checked-index.js';

const FORMATS = ['graphml', 'gexf', 'json', 'csv', 'cypher'] as const;
type Format = (typeof FORMATS)[number];
/** Rows a --query export reads at most. */
const EXPORT_QUERY_ROW_LIMIT = 1_000_000;
/** Below this many elements an export prints no progress. */
const PROGRESS_FROM = 5000;

/** Splits --types into entity types and relation types, each checked against graph-schema/. */
export function parseTypes(text: string | undefined): TypeFilter {
  const filter: TypeFilter = { entityTypes: [], relationTypes: [] };
  for (const name of (text ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)) {
    if (entityTypes.some((t) => t.name === name)) filter.entityTypes.push(name);
    else if (relationTypes.some((t) => t.name === name)) filter.relationTypes.push(name);
    else {
      throw new CliError(
        `kg export: --types "${name}" is neither an entity type (${entityTypes.map((t) => t.name).join(', ')}) nor a relation type (${relationTypes.map((t) => t.name).join(', ')})`,
      );
    }
  }
  return filter;
}

/** The one entity --entity names, said on stderr; ambiguity is an error listing the candidates. */
async function pickEntity(database: GraphDatabase, name: string): Promise<string> {
  const candidates = await findEntityCandidates(database, name);
  if (candidates.length === 0)
    throw new CliError(
      `kg export: no entity is named "${name}" (name, alias or id); check the spelling, or list names with kg query "MATCH (e:Entity) RETURN e.name, e.id"`,
    );
  const normal = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const byId = candidates.filter((c) => c.id === name);
  const exact = candidates.filter((c) => normal(c.name) === normal(name) || c.aliases.some((a) => normal(a) === normal(name)));
  const picked = byId.length === 1 ? byId : exact.length > 0 ? exact : candidates;
  if (picked.length > 1) {
    const list = picked
      .slice(0, 10)
      .map((c) => `${c.name} (${c.type}, --entity '${c.id}')`)
      .join('; ');
    throw new CliError(
      `kg export: "${name}" matches ${picked.length === 20 ? '20 or more' : picked.length} entities: ${list}${picked.length > 10 ? '; …' : ''}; give the exact name or the id`,
    );
  }
  const entity = itemAt(picked, 0);
  process.stderr.write(`kg export: --entity "${name}" → ${entity.name} (${entity.type}, ${entity.id})\n`);
  return entity.elementId;
}

function progressPrinter(): (p: ExportProgress) => void {
  let last = 0;
  return ({ stage, done, total }) => {
    if (total < PROGRESS_FROM) return;
    const now = Date.now();
    if (done === total || now - last > 1000) {
      last = now;
      process.stderr.write(`kg export: ${stage} ${done}/${total}\n`);
    }
  };
}

/** Writes the export at `out` in `format`; returns a line saying what was written. */
export async function writeExport(graph: ExportGraph, format: Format, out: string): Promise<string> {
  const counts = `${graph.selected.nodes.length} nodes and ${graph.selected.relationships.length} relationships`;
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  switch (format) {
    case 'gexf':
      fs.writeFileSync(out, renderGexf(graph));
      return `${counts} → ${out} (GEXF 1.3)`;
    case 'graphml':
      fs.writeFileSync(out, renderGraphml(graph));
      return `${counts} → ${out} (GraphML)`;
    case 'json': {
      const { document, dropped } = toGraphDocument(graph);
      const check = validateDocument(document);
      if (!check.valid) throw new Error(`the exported graph document does not validate: ${check.errors.slice(0, 3).join('; ')}`);
      fs.writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
      const left = dropped.reasons.length > 0 ? `; left out (a graph document holds entities and facts only): ${dropped.reasons.join('; ')}` : '';
      return `${document.entities.length} entities, ${document.relations.length} relations, ${document.documents.length} documents → ${out} (graph document)${left}`;
    }
    case 'cypher': {
      const fd = fs.openSync(out, 'w');
      try {
        for (const statement of cypherScriptStatements(graph)) fs.writeSync(fd, statement);
      } finally {
        fs.closeSync(fd);
      }
      return `${counts} and their provenance (${graph.provenance.nodes.length} nodes, ${graph.provenance.relationships.length} relationships) → ${out} (Cypher script; run it in an empty database, e.g. cypher-shell -f ${out})`;
    }
    case 'csv': {
      if (fs.existsSync(out) && (!fs.statSync(out).isDirectory() || fs.readdirSync(out).length > 0)) {
        throw new CliError(`kg export: --out ${out} exists and is not an empty folder; CSV export writes a folder of files, give a new path`);
      }
      fs.mkdirSync(out, { recursive: true });
      const csv = renderCsvImport(graph);
      for (const [name, text] of csv.files) fs.writeFileSync(path.join(out, name), text);
      const command = `neo4j-admin ${importArguments(csv)
        .map((a) => (/[^\w=./:-]/.test(a) ? `'${a}'` : a))
        .join(' ')}`;
      const notes = [`Import into an empty database (run from this folder, with the Neo4j server stopped):`, '', `  ${command}`, ''];
      if (csv.emptyLists.length > 0) {
        fs.writeFileSync(path.join(out, 'empty-lists.cypher'), csv.emptyLists.join(''));
        notes.push(
          'neo4j-admin cannot store empty lists (github.com/neo4j/neo4j/issues/13566); once the server runs, restore them with',
          '',
          '  cypher-shell -f empty-lists.cypher',
          '',
        );
      }
      fs.writeFileSync(path.join(out, 'IMPORT.txt'), `${notes.join('\n')}\n`);
      return `${counts} and their provenance → ${out}/ (${csv.nodeFiles.length} node and ${csv.relationshipFiles.length} relationship files for neo4j-admin import; see IMPORT.txt)`;
    }
  }
}

export const exportCommand: Command = {
  name: 'export',
  usage: `kg export --format graphml|gexf|json|csv|cypher (--query CYPHER | --entity NAME [--depth N] | --all) [--types T1,T2] --out PATH

Takes a subgraph out of Neo4j with every label and property, and the evidence of each fact (quote and article):
  --all             every entity and every relationship between entities
  --entity NAME     one entity (name or alias through the fulltext index, or its id) and the entities within
    --depth N       N hops of it (default 1), with the relationships among them
  --query CYPHER    the nodes, relationships and paths a read-only statement returns (--param name=value for its
                    parameters; --timeout ms, default ${DEFAULT_TIMEOUT_MS})
  --types T1,T2     keep only these entity types and/or relation types (from graph-schema/)

Formats:
  graphml, gexf     the selected nodes and relationships; lists as JSON text; each relation carries quotes and articles
  json              a graph document (graph-schema/graph-document.schema.json): documents, entities, relations, evidence
  csv               a folder for neo4j-admin database import: one file per label set and per relationship type, typed
                    headers, ';' between list items, with IMPORT.txt giving the command
  cypher            a script that recreates exactly this subgraph, with its Sentence and Document nodes, in an empty database`,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        query: { type: 'string' },
        entity: { type: 'string' },
        depth: { type: 'string' },
        all: { type: 'boolean' },
        types: { type: 'string' },
        out: { type: 'string' },
        param: { type: 'string', multiple: true },
        timeout: { type: 'string' },
      },
    });
    const format = values.format as Format;
    if (!FORMATS.includes(format))
      throw new CliError(
        `kg export: --format ${values.format === undefined ? 'is missing' : `"${values.format}" is unknown`}; give one of ${FORMATS.join(', ')}`,
      );
    const selectors = [values.query !== undefined, values.entity !== undefined, values.all === true].filter(Boolean).length;
    if (selectors !== 1) throw new CliError('kg export: say what to export with exactly one of --all, --entity NAME or --query CYPHER');
    if (!values.out)
      throw new CliError(`kg export: --out PATH is missing; say where to write the ${format === 'csv' ? 'folder of CSV files' : `${format} file`}`);
    if (values.depth !== undefined && values.entity === undefined) throw new CliError('kg export: --depth goes with --entity');
    const depth = positiveInteger(values.depth, 1, '--depth', 'kg export');
    const timeoutMs = positiveInteger(values.timeout, DEFAULT_TIMEOUT_MS, '--timeout', 'kg export');
    const filter = parseTypes(values.types);
    const params = parseParams(values.param ?? [], 'kg export');

    let database: GraphDatabase;
    try {
      database = await openGraphDatabase();
    } catch (error) {
      queryFailure(error, 'kg export', timeoutMs);
    }
    try {
      let selection: ExportSelection;
      if (values.all) selection = await selectAll(database, filter);
      else if (values.entity !== undefined) selection = await selectNeighbourhood(database, await pickEntity(database, values.entity), depth, filter);
      else {
        try {
          selection = await selectByQuery(database, values.query!, params, { timeoutMs, rowLimit: EXPORT_QUERY_ROW_LIMIT });
        } catch (error) {
          queryFailure(error, 'kg export', timeoutMs);
        }
      }
      let graph = await fetchExportGraph(database, selection, progressPrinter());
      if (values.query !== undefined) graph = { ...graph, selected: filterByTypes(graph.selected, filter.entityTypes, filter.relationTypes) };
      if (graph.selected.nodes.length === 0) process.stderr.write('kg export: the selection is empty; the file holds an empty graph\n');
      console.log(`kg export: ${await writeExport(graph, format, values.out)}`);
    } finally {
      await database.close();
    }
  },
};
