// The test runner's configuration: four projects, the first three run in this order by `npm test` (and CI).
// - unit: no database, files in parallel, one per core, sharing each worker's modules (`npm run test:unit`);
// - integration: against the real Neo4j test server (`npm run test:integration`);
// - browser: the viewer in real Chromium, also against that server (`npm run test:browser`);
// - reliability: the project under attack and accident — a locked-down server, abused read paths, interrupted and
//   concurrent loads, load order (`npm run test:reliability`; minutes of server restarts, so `npm test` leaves it to
//   CI, which runs it after the others).
// Every project's global set-up rebuilds dist/ if a source changed (the tests run the compiled CLI). The Neo4j server
// is started by the global set-up of the projects that need it, and only when one of their files runs. Integration
// and browser tests share its one database, so their files run one after another, and the two projects do too
// (sequence.groupOrder).
import { defineConfig } from 'vitest/config';

const withNeo4j = {
  // Builds dist/ when stale, then starts the project's own Neo4j (on test ports) unless NEO4J_URI names one.
  globalSetup: ['test/build-setup.ts', 'test/global-setup.ts'],
  fileParallelism: false,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          globalSetup: ['test/build-setup.ts'],
          // A file per core (Vitest's default leaves one core to itself, which on two cores runs the files one by one).
          maxWorkers: '100%',
          // Files share their worker's modules instead of importing the pipeline and loading the models again each:
          // this halves the unit tests' CPU time. It holds because every unit test puts back what it changes (rule
          // switches in afterAll or finally, process.exitCode and spies in kg-extract-run.ts) and the modules' own
          // caches (the models, the lexicons) are read-only.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], ...withNeo4j, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], ...withNeo4j, sequence: { groupOrder: 2 } } },
      { extends: true, test: { name: 'reliability', include: ['test/reliability/**/*.test.ts'], ...withNeo4j, sequence: { groupOrder: 3 } } },
    ],
  },
});
