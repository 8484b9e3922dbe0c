// The architecture as rules (npm run lint): arrows point down, concept folders never import
// each other, and src/domain/ imports nothing else in src/. See README, "How the code is laid out".
const CONCEPTS = [
  'about',
  'curation',
  'dataset',
  'search',
  'sources',
  'timeline',
  'traversal',
  'organization',
  'position',
  'person',
  'event',
  'document',
  'place',
  'topic',
];
const concept = `^src/(${CONCEPTS.join('|')})/`;
const wiring = '^src/(main|app|server)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle of imports means two modules are one idea, or one is in the wrong layer.',
      from: { path: '^src/' },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-is-a-leaf',
      severity: 'error',
      comment: 'The vocabulary and its rules import nothing else of the project.',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'concepts-do-not-import-each-other',
      severity: 'error',
      comment:
        'A concept folder may use graph/, graphql/, domain/, db/ and auth/, never another concept: ' +
        'a type both need belongs in graph/ (entity-types.ts, fact-types.ts).',
      from: { path: concept },
      to: { path: concept, pathNot: '^src/$1/' },
    },
    {
      name: 'lower-layers-do-not-import-concepts',
      severity: 'error',
      comment:
        'graph/, graphql/, db/, auth/ and domain/ serve the concept folders; they never call up into them.',
      from: { path: '^src/(graph|graphql|db|auth|domain)/' },
      to: { path: [concept, '^src/http/', wiring] },
    },
    {
      name: 'the-kit-knows-no-database',
      severity: 'error',
      comment: 'The GraphQL kit (connections, page args, enums, value types) is pure schema.',
      from: { path: '^src/graphql/' },
      to: { path: '^src/(db|graph)/' },
    },
    {
      name: 'db-is-below-the-graph-view',
      severity: 'error',
      comment: 'The driver choke point knows nothing of GraphQL or of the graph view.',
      from: { path: '^src/db/' },
      to: { path: '^src/(graph|graphql)/' },
    },
    {
      name: 'only-db-imports-the-driver',
      severity: 'error',
      comment: 'One choke point for neo4j-driver: src/db/.',
      from: { path: '^src/', pathNot: '^src/db/' },
      to: { path: 'node_modules/neo4j-driver' },
    },
    {
      name: 'nothing-imports-the-wiring',
      severity: 'error',
      comment: 'main.ts, app.ts and server.ts assemble the rest; nothing below imports them.',
      from: { path: '^src/', pathNot: wiring },
      to: { path: wiring },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
