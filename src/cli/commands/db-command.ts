// `kg db start|stop|status`: the project's own Neo4j server. With NEO4J_URI set, the project uses that server and
// these commands provision nothing.
import { connectionSettings, boltAnswers } from '../../neo4j/connection.js';
import { NEO4J_VERSION, localNeo4jLayout } from '../../db/local-neo4j-layout.js';
import { LocalServerError, localServerStatus, startLocalServer, stopLocalServer } from '../../db/local-neo4j-server.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { errorMessage } from '../../util/errors.js';

function layoutOrError() {
  try {
    return localNeo4jLayout();
  } catch (error) {
    throw new CliError(`kg db: ${errorMessage(error)}`);
  }
}

async function start(): Promise<void> {
  const layout = layoutOrError();
  try {
    const report = await startLocalServer({ layout, log: (line) => process.stderr.write(`kg db start: ${line}\n`) });
    if (report.alreadyRunning) {
      console.log(`Neo4j already running at ${report.state.boltUri} (pid ${report.state.pid})`);
      return;
    }
    const resolved = report.resolveMs ? `, jars resolved in ${(report.resolveMs / 1000).toFixed(1)} s (${(report.libBytes / 1e6).toFixed(0)} MB)` : '';
    console.log(
      `Neo4j ${NEO4J_VERSION} running at ${report.state.boltUri} (pid ${report.state.pid}), ready in ${(report.startMs / 1000).toFixed(1)} s${resolved}; stop it with kg db stop`,
    );
  } catch (error) {
    if (error instanceof LocalServerError) throw new CliError(`kg db start: ${error.message}`);
    throw error;
  }
}

async function stop(): Promise<void> {
  const stopped = await stopLocalServer({ layout: layoutOrError() });
  console.log(stopped ? 'Neo4j stopped' : 'Neo4j was not running');
}

async function status(): Promise<void> {
  const layout = layoutOrError();
  const { state, answering } = await localServerStatus(layout);
  if (!state) {
    console.log(`Neo4j is not running (data in ${layout.home}); start it with kg db start`);
    process.exitCode = 3;
    return;
  }
  console.log(`Neo4j ${state.version} ${answering ? 'running' : 'starting or not answering'} at ${state.boltUri} (pid ${state.pid}, since ${state.startedAt})`);
  if (!answering) process.exitCode = 3;
}

export const dbCommand: Command = {
  name: 'db',
  usage: `kg db start|stop|status

  start    resolve Neo4j Community ${NEO4J_VERSION} from Maven Central on first use (needs Java 17+ and mvn),
           start it on 127.0.0.1 and wait until Bolt answers
  stop     stop it
  status   say whether it runs (exit code 3 when it does not)

Files live in .neo4j/ (KG_NEO4J_HOME). Port: KG_NEO4J_BOLT_PORT (7687); the HTTP API is off.
Memory: KG_NEO4J_HEAP (1g), KG_NEO4J_PAGECACHE (512m). Longest transaction: KG_NEO4J_TX_TIMEOUT (10m).
Auth is on: the neo4j user's password is generated into .neo4j/run/neo4j-password (mode 0600) at the first start.
Bolt requires TLS, with a self-signed certificate for 127.0.0.1 made in .neo4j/run/bolt-tls/ (key mode 0600), which
every kg command trusts and no browser does, so no web page can reach Bolt through a WebSocket.
With NEO4J_URI set (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) every kg command uses that server instead,
and kg db provisions nothing.`,
  async run(argv) {
    const [action, ...extra] = argv;
    if (extra.length) throw new CliError(`kg db: unexpected argument "${extra[0]}"; usage: kg db start|stop|status`);
    const settings = connectionSettings();
    if (settings.external) {
      if (action === 'status') {
        const answering = await boltAnswers(settings.uri, settings);
        console.log(`NEO4J_URI is set: using ${settings.uri}, which ${answering ? 'answers' : 'does not answer'}`);
        if (!answering) process.exitCode = 3;
        return;
      }
      if (action === 'start' || action === 'stop') {
        console.log(`NEO4J_URI is set: the project uses ${settings.uri} and provisions nothing; unset NEO4J_URI to use its own server`);
        return;
      }
    }
    if (action === 'start') return start();
    if (action === 'stop') return stop();
    if (action === 'status') return status();
    throw new CliError(`kg db: ${action ? `unknown action "${action}"` : 'no action given'}; usage: kg db start|stop|status`);
  },
};
