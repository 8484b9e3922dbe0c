import {
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Limits } from '../config';
import { CodedError, ErrorCode, LimitError } from '../errors';
import { MAX_NEIGHBOURHOOD_HOPS, MAX_PATH_HOPS } from '../graph/traversal.resolver';

/** The cost of a list with no page size: about how many items such a list holds. */
export const ESTIMATED_LIST_SIZE = 10;

interface Shape {
  depth: number;
  aliases: number;
  directives: number;
}

/**
 * Checks an operation against the limits before anything runs: depth, aliases, directives,
 * page sizes, traversal bounds, then cost. Throws the first LimitError met.
 */
export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const shape: Shape = { depth: 0, aliases: 0, directives: operation.directives?.length ?? 0 };
  measure(operation.selectionSet, 1, fragments, shape, new Set());
  const over = (code: ErrorCode, what: string, limit: number, received: number) => {
    if (received > limit)
      throw new LimitError(code, `${what} ${received} exceeds the limit of ${limit}`, limit, received);
  };
  over(ErrorCode.QUERY_TOO_DEEP, 'Query depth', limits.maxDepth, shape.depth);
  over(ErrorCode.TOO_MANY_ALIASES, 'Number of aliases', limits.maxAliases, shape.aliases);
  over(ErrorCode.TOO_MANY_DIRECTIVES, 'Number of directives', limits.maxDirectives, shape.directives);
  // Variables that do not fit their types are refused by execution before any resolver runs;
  // the bounds below need them coerced, so without that they have nothing to check.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return;
  checkArguments(schema, [operation, ...fragments.values()], coerced.coerced, limits);
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] },
      // It coerces the variables itself, so it gets them as the request sent them.
      variables,
      estimators: [estimateCost],
    });
  } catch (error) {
    throw badInput(error);
  }
  over(ErrorCode.QUERY_TOO_COSTLY, 'Query cost', limits.maxCost, cost);
}

/** Depth of fields, aliases and directives, following fragment spreads as they are used. */
function measure(
  selectionSet: SelectionSetNode,
  depth: number,
  fragments: Map<string, FragmentDefinitionNode>,
  shape: Shape,
  path: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    shape.directives += selection.directives?.length ?? 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) shape.aliases += 1;
      shape.depth = Math.max(shape.depth, depth);
      // An introspection type reference nests ofType up to 9 deep (graphql-js, GraphiQL): a walk
      // down one reference, no fan-out, so it does not deepen the query.
      const deeper = selection.name.value === 'ofType' ? depth : depth + 1;
      if (selection.selectionSet) measure(selection.selectionSet, deeper, fragments, shape, path);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, depth, fragments, shape, path);
    } else {
      const fragment = fragments.get(selection.name.value);
      // Validation has refused fragment cycles already; the path guards against them anyway.
      if (!fragment || path.has(fragment.name.value)) continue;
      path.add(fragment.name.value);
      measure(fragment.selectionSet, depth, fragments, shape, path);
      path.delete(fragment.name.value);
    }
  }
}

/** Page sizes and traversal bounds, with variables substituted, refused before resolvers run. */
function checkArguments(
  schema: GraphQLSchema,
  definitions: Array<OperationDefinitionNode | FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: Limits,
): void {
  const typeInfo = new TypeInfo(schema);
  const bounds: Record<string, [ErrorCode, string, number]> = {
    first: [ErrorCode.PAGE_TOO_LARGE, 'Page size (first)', limits.maxPageSize],
    hops: [ErrorCode.TRAVERSAL_TOO_DEEP, 'Neighbourhood hops', MAX_NEIGHBOURHOOD_HOPS],
    maxHops: [ErrorCode.TRAVERSAL_TOO_DEEP, 'Path length (maxHops)', MAX_PATH_HOPS],
  };
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (!field || field.args.length === 0) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variables);
      } catch (error) {
        // A null for a non-null argument can pass validation through a nullable variable.
        throw badInput(error);
      }
      for (const [name, [code, what, limit]] of Object.entries(bounds)) {
        const value = values[name];
        if (typeof value === 'number' && value > limit) {
          throw new LimitError(code, `${what} ${value} exceeds the limit of ${limit}`, limit, value);
        }
      }
    },
  });
  for (const definition of definitions) visit(definition, visitor);
}

/**
 * A field costs 1 plus what it selects, times how many items it may return: its page size
 * (first) when it has one, about ESTIMATED_LIST_SIZE for other lists, 1 otherwise. The edges
 * and nodes of a connection are counted by the connection's page size, not again.
 */
function estimateCost({ type: parent, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  let type: GraphQLOutputType = field.type;
  if (isNonNullType(type)) type = type.ofType;
  const inConnection = parent.name.endsWith('Connection');
  // Introspection reads the schema, not the graph: its lists are as long as the schema, bounded
  // by the depth limit, whatever the graph holds.
  const introspection = parent.name.startsWith('__');
  const items =
    typeof args.first === 'number'
      ? args.first
      : isListType(type) && !inConnection && !introspection
        ? ESTIMATED_LIST_SIZE
        : 1;
  const traversal =
    getNamedType(field.type).name === 'Subgraph' || getNamedType(field.type).name === 'Timeline' ? 50 : 0;
  return traversal + items * (1 + childComplexity);
}

/** An argument graphql-js refuses at run time, refused here instead, as the request's fault (400). */
function badInput(error: unknown): CodedError {
  return new CodedError(ErrorCode.BAD_USER_INPUT, error instanceof Error ? error.message : String(error), {
    http: { status: 400 },
  });
}
