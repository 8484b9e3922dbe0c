import { getOperationAST, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS } from '../../../src/config';
import type { EntityLevel } from '../../../src/graph/planner/plan';
import { compile, type CompiledRoot } from '../../../src/graph/planner/planner';
import { shapeKey, shapeOf } from '../../../src/graph/store/relation-page';
import { EXAMPLE_OPERATIONS } from '../../../src/http/apollo/examples';
import { buildGraphQLSchema } from '../../../src/server';
import { NESTED_QUESTIONS, PROJECTION_CASES } from '../../fixtures/planner-cases';

/*
 * The planner's compile step, without Neo4j: an operation in, the statement's text, its
 * parameters and the shape of the answer it assembles out (as @neo4j/graphql's TCK checks its
 * Cypher per feature). The api tier checks the same operations against Neo4j, planned and not.
 */

const documentOf = (document: DocumentNode) => ({ hash: print(document), node: document });

/** The answer's shape: per level, each field plan, what it reads and which fields it answers. */
function shapeOfLevel(level: EntityLevel): unknown[] {
  return level.fields.map((field) => ({
    reads: `${field.id}:${shapeKey(shapeOf(field.filter))}${field.kinds ? `@${field.kinds.join('|')}` : ''}`,
    answers: field.uses.map((use) =>
      use.kind === 'reads'
        ? 'a computed field (through the loader)'
        : use.kind === 'field'
          ? `${use.key}: ${use.field.spec.owner}.${use.field.spec.name} (${use.field.shape})`
          : `${use.key}: relations`,
    ),
    ...(field.citations ? { citations: true } : {}),
    ...(field.next && field.next.fields.length ? { next: shapeOfLevel(field.next) } : {}),
  }));
}

const described = (root: CompiledRoot) => ({
  statement: root.statement.query.name,
  text: root.statement.query.text,
  params: { ...root.statement.params, ...root.params },
  shape: root.level ? shapeOfLevel(root.level) : 'a walk, hop by hop',
});

describe('the planner’s compile step', () => {
  let schema: Awaited<ReturnType<typeof buildGraphQLSchema>>;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });
  const compiled = (query: string, name?: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return compile(
      schema,
      documentOf(document),
      getOperationAST(document, name)!,
      variables,
      DEFAULT_LIMITS.maxPageSize,
    );
  };

  it.each(Object.entries(NESTED_QUESTIONS))(
    'compiles the nested question "%s" into one statement',
    (_, query) => {
      const roots = compiled(query);
      expect(roots).toHaveLength(1);
      expect(described(roots[0])).toMatchSnapshot();
    },
  );

  it('compiles every example operation: one statement per planned root, every value a parameter', () => {
    const document = parse(EXAMPLE_OPERATIONS);
    const plans: Record<string, unknown[]> = {};
    for (const definition of document.definitions as OperationDefinitionNode[]) {
      const name = definition.name!.value;
      plans[name] = compile(
        schema,
        documentOf(document),
        getOperationAST(document, name)!,
        {},
        DEFAULT_LIMITS.maxPageSize,
      ).map(described);
    }
    expect(Object.keys(plans)).toHaveLength(document.definitions.length);
    expect(plans).toMatchSnapshot();
    // No value of an operation is in a statement's text: ids and dates are parameters.
    for (const roots of Object.values(plans) as Array<Array<{ text: string }>>) {
      for (const { text } of roots) expect(text).not.toMatch(/"oic"|'oic'|'20\d\d/);
    }
  });

  it.each(PROJECTION_CASES)(
    'reads what the operation asks of entities and facts: %s',
    (_, query, name, counted) => {
      const [root] = compiled(query);
      expect(root.statement.query.name).toBe(name);
      // Whether to count is a parameter of the request: one text either way (a list that is not
      // paged never counts, and has no such parameter).
      expect((root.statement.params.p as { r0: { counted?: boolean } }).r0.counted ?? false).toBe(counted);
    },
  );

  it('writes the relation types a request names as a parameter, never into the text', () => {
    const query =
      'query R($t: [RelationType!]) { entity(id: "oic") { relations(types: $t) { nodes { id } } } }';
    const [one] = compiled(query, 'R', { t: ['HOLDS'] });
    const [two] = compiled(query, 'R', { t: ['ORGAN_OF', 'HOLDS'] });
    expect(one.statement.query.text).toBe(two.statement.query.text);
    expect(one.statement.query.text).not.toMatch(/HOLDS|ORGAN_OF/);
    expect((two.statement.params.p as { r0: { types: string[] } }).r0.types).toEqual(['HOLDS', 'ORGAN_OF']);
  });

  it('walks a document of fragments that spread each other twice in linear time', () => {
    // 2^24 paths through 25 fragments: a walk that followed each spread again would not end.
    let query = `query Bomb { entity(id: "oic") { ...F24 } } fragment F0 on Entity { relations(first: 1) { nodes { id } } } `;
    for (let i = 1; i <= 24; i++) query += `fragment F${i} on Entity { ...F${i - 1} ...F${i - 1} } `;
    const started = Date.now();
    const [root] = compiled(query, 'Bomb');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(root.statement.query.name).toBe('planner/entity[0:*:BOTH:at];slim:er');
  });
});
