import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import type { App } from '../../../src/app';
import type { Database } from '../../../src/db/database';
import { printSortedSchema } from '../../../src/graphql/print-schema';
import { projectRoot } from '../../../src/paths';
import { postGraphQL, startTestApp, type GraphQLResponse } from '../../helpers/app';
import { sharedDatabase } from '../../helpers/database';
import { SANDBOX_INTROSPECTION_QUERY } from './fixtures/sandbox-introspection';

/**
 * The clients analysts use load the schema with the default limits, over HTTP: GraphiQL, Altair,
 * Insomnia, Postman and graphql-codegen send graphql-js' getIntrospectionQuery(); Apollo Sandbox
 * sends its own, deeper operation.
 */
describe('real GraphQL clients', () => {
  let db: Database;
  let app: App;

  beforeAll(async () => {
    db = sharedDatabase();
    app = await startTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  /** The introspection answered 200, and the schema a client builds from it is the committed one. */
  const expectCommittedSchema = (response: GraphQLResponse) => {
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const schema = buildClientSchema(response.body.data as unknown as IntrospectionQuery);
    expect(printSortedSchema(schema)).toBe(
      fs.readFileSync(path.join(projectRoot, 'schema', 'schema.graphql'), 'utf8'),
    );
  };

  it("answers graphql-js' introspection query with every option, and the schema it gives is the committed one", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      experimentalDirectiveDeprecation: true,
      oneOf: true,
    });
    const response = await postGraphQL(app.url, query);
    expectCommittedSchema(response);
  });

  it("answers Apollo Sandbox's introspection operation, and the schema it gives is the committed one", async () => {
    const response = await postGraphQL(app.url, SANDBOX_INTROSPECTION_QUERY);
    expectCommittedSchema(response);
  });

  it('answers the introspection query by GET too, as some tools send it', async () => {
    const query = getIntrospectionQuery({ descriptions: true });
    const response = await fetch(`${app.url}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { __schema?: { queryType?: { name: string } } } };
    expect(body.data?.__schema?.queryType).toMatchObject({ name: 'Query' });
  });
});
