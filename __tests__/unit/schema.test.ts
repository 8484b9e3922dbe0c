import fs from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from '../../src/graphql/print-schema';
import { projectRoot } from '../../src/paths';
import { buildGraphQLSchema } from '../../src/server';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing it)', async () => {
    const committed = fs.readFileSync(path.join(projectRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema(await buildGraphQLSchema()));
  });
});
