// `kg extract`: reads articles and writes one graph document for all of them.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ingestInputs } from '../../pipeline/ingest.js';
import { extractGraph } from '../../pipeline/extract-graph.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract entities and relations from articles into a graph document',
  usage: `kg extract <file|dir|->... [--out FILE] [--published YYYY-MM-DD]

Reads .txt, .md and .html articles (folders recursively, "-" for stdin) and writes one graph document
(JSON, see graph-schema/graph-document.schema.json) to --out, or to stdout when --out is not given.
Inputs that cannot be read are reported on stderr and skipped; the others are still extracted.

  --out FILE               where to write the graph document
  --published YYYY-MM-DD   publication date of the articles, when they do not say (reference for "last year")`,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, published: { type: 'string' } } });
    if (positionals.length === 0) throw new CliError('kg extract: no input given; name a file, a folder or "-" for stdin');
    if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new CliError(`kg extract: --published "${values.published}" is not a date; write it as YYYY-MM-DD`);
    const started = performance.now();
    const { inputs, failures } = await ingestInputs(positionals);
    for (const failure of failures) process.stderr.write(`kg extract: skipped ${failure.source}: ${failure.reason}\n`);
    if (inputs.length === 0) throw new CliError('kg extract: none of the inputs could be read; see the messages above');
    const { graph, report } = extractGraph(inputs, { published: values.published });
    for (const skipped of report.skipped) process.stderr.write(`kg extract: skipped ${skipped.source}: ${skipped.reason}\n`);
    failures.push(...report.skipped);
    if (graph.documents.length === 0) throw new CliError('kg extract: no input had article text; see the messages above');
    const json = `${JSON.stringify(graph, null, 1)}\n`;
    if (values.out) await fs.writeFile(values.out, json);
    else process.stdout.write(json);
    const seconds = (performance.now() - started) / 1000;
    const dropped = Object.values(report.dropped).reduce((a, b) => a + b, 0);
    // Counted apart: RELATED_TO marks verbs the schema has no type for, the list to grow the schema from.
    const relatedTo = graph.relations.filter((r) => r.type === 'RELATED_TO').length;
    const negated = graph.relations.filter((r) => r.properties.negated === true).length;
    process.stderr.write(`kg extract: ${graph.documents.length} document(s), ${graph.entities.length} entities, ${graph.relations.length} relations (${relatedTo} untyped RELATED_TO, ${negated} negated, ${dropped} dropped by the schema), ${report.tokens} tokens in ${seconds.toFixed(2)}s${values.out ? ` → ${values.out}` : ''}\n`);
    if (failures.length) process.exitCode = 2;
  },
};
