const os = require('node:os');

// Test tiers (Jest projects), each runnable alone: npm run test:unit, test:api, test:lifecycle.
//   unit       no Neo4j; pure functions and files
//   api        two throw-away Neo4j servers started side by side: the curated dataset, loaded
//              once and only read (suites run in parallel), and a scratch one for suites that
//              write, one at a time (see __tests__/helpers/database.ts)
//   lifecycle  the server process, the local Neo4j, readiness and faults: each suite starts the
//              Neo4j it stops
//   e2e        the explorer in Debian's Chromium (playwright-core), over the api tier's shared
//              Neo4j
//   soak       the built server under issue 19's attacks, timed from outside: only with
//              OICKG_SOAK=yes (npm run test:soak, which runs it alone and in band), never in
//              npm test or .ci/run, since it measures the machine it runs on
const transform = {
  // Transpile only: `npm run typecheck` checks types (CI runs it); tests need speed and
  // decorator metadata.
  '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }],
};
const tier = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: [`<rootDir>/__tests__/${name}`],
  testMatch: ['**/*.test.ts'],
  transform,
  setupFiles: ['reflect-metadata'],
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    tier('unit'),
    tier('api', {
      globalSetup: '<rootDir>/__tests__/setup/api-setup.ts',
      globalTeardown: '<rootDir>/__tests__/setup/neo4j-teardown.ts',
    }),
    tier('lifecycle', { globalSetup: '<rootDir>/__tests__/setup/build-setup.ts' }),
    tier('e2e', {
      globalSetup: '<rootDir>/__tests__/setup/api-setup.ts',
      globalTeardown: '<rootDir>/__tests__/setup/neo4j-teardown.ts',
    }),
    ...(process.env.OICKG_SOAK === 'yes'
      ? [
          tier('soak', {
            globalSetup: '<rootDir>/__tests__/setup/soak-setup.ts',
            globalTeardown: '<rootDir>/__tests__/setup/neo4j-teardown.ts',
          }),
        ]
      : []),
  ],
  // One worker per core: the suite is bound by CPU (its Neo4j servers, the server under test,
  // Chromium), so a third worker on two cores only adds contention (npm test on 2 cores: 3
  // workers 178 s, 2 workers 160 s, 1 worker 243 s). A Neo4j named by NEO4J_URI is one database
  // for readers and writers alike: one suite at a time.
  maxWorkers: process.env.NEO4J_URI ? 1 : Math.max(2, os.availableParallelism()),
  testSequencer: '<rootDir>/__tests__/setup/sequencer.js',
  testTimeout: 120000,
};
