// `kg serve`: starts the viewer (web/dist) and its API over the graph in Neo4j, and prints the URL.
import { parseArgs } from 'node:util';
import { startViewerServer, ViewerServerError, isLoopback } from '../../server/viewer-server.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';

export const serveCommand: Command = {
  name: 'serve',
  usage: `kg serve [--port N] [--host H]

Serves the viewer on http://127.0.0.1:5173/ with a read-only JSON API over the graph in Neo4j (the project's own
server, or NEO4J_URI). Without Neo4j the viewer still opens graph documents from files. Stop it with Ctrl-C.

  --port N   port to listen on (default 5173; 0 for any free port)
  --host H   address to bind (default 127.0.0.1); any other address exposes the graph to the network`,
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, host: { type: 'string' } } });
    const port = values.port === undefined ? 5173 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`kg serve: --port "${values.port}" is not a port number (0-65535)`);
    const host = values.host ?? '127.0.0.1';
    let server;
    try {
      server = await startViewerServer({ host, port, allowRemote: values.host !== undefined && !isLoopback(host) });
    } catch (error) {
      if (error instanceof ViewerServerError) throw new CliError(error.message);
      throw error;
    }
    console.log(`kg serve: viewer at ${server.url}${server.connected ? '' : ' (no Neo4j: open a graph document from a file)'}  (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
  },
};
