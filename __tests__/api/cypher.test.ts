import type { Database } from '../../src/db/database';
import { allCypherNames, cypherStatements, explained } from '../../src/db/queries';
import { KIND_LABELS } from '../../src/domain/kinds';
import { RELATION_TYPES } from '../../src/domain/relation-types';
import { sharedDatabase } from '../helpers/database';

/** Every query file is planned by the real Neo4j, so a broken query fails the build, not a user. */
describe('the Cypher files', () => {
  let db: Database;
  beforeAll(() => {
    db = sharedDatabase();
  });
  afterAll(() => db.close());

  // Schema commands cannot be EXPLAINed; applying them (the tier's setup does) is their test.
  const names = allCypherNames().filter((name) => !name.startsWith('schema/'));

  it('gives every relation type of the vocabulary its id constraint', () => {
    const constraints = cypherStatements('schema/constraints').map((statement) => statement.text);
    for (const type of Object.keys(RELATION_TYPES)) {
      expect(constraints).toContain(
        `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
      );
    }
  });

  it.each(['relation_contexts', 'relation_citations', 'relation_ids', 'relation_dates'])(
    'indexes every relation type of the vocabulary in %s',
    (name) => {
      const index = cypherStatements('schema/indexes').find((s) => s.text.includes(`INDEX ${name} `))!;
      const indexed = /\[r:([A-Z_|]+)\]/.exec(index.text)![1].split('|').sort();
      expect(indexed).toEqual(Object.keys(RELATION_TYPES).sort());
    },
  );

  it('indexes the ids of every kind of the vocabulary under its label', () => {
    const indexes = cypherStatements('schema/indexes').map((statement) => statement.text);
    for (const label of Object.values(KIND_LABELS)) {
      const name = label.replace(/(?<!^)(?=[A-Z])/g, '_').toLowerCase();
      expect(indexes).toContain(`CREATE INDEX ${name}_id IF NOT EXISTS FOR (e:${label}) ON (e.id)`);
    }
  });

  it('relies on a substring() that counts Unicode code points, the unit of citation offsets', async () => {
    // cypher/graph/quote-windows.cypher cuts the text around quotes with it.
    const [row] = await db.read({
      name: 'test/substring',
      text: "RETURN substring('a😀b😀c', 2, 2) AS cut, size('a😀b😀c') AS size",
    });
    expect(row).toEqual({ cut: 'b😀', size: 5 });
  });

  it.each(names)('plans cypher/%s.cypher', async (name) => {
    for (const statement of cypherStatements(name)) {
      const { query, params } = explained(statement);
      await expect(db.read(query, params)).resolves.toEqual([]);
    }
  });
});
