import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLError,
  type GraphQLInputType,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Limits } from '../../config';
import { CodedError, ErrorCode, LimitError } from '../../errors';
import { MAX_NEIGHBOURHOOD_HOPS, MAX_PATH_HOPS } from '../../traversal/traversal.resolver';
import { operationCost } from '../../graphql/cost';
import { coerceVariables, MAX_VARIABLE_ERRORS } from '../../graphql/variables';

const over = (code: ErrorCode, what: string, limit: number, received: number): LimitError | null =>
  received > limit
    ? new LimitError(code, `${what} ${received} exceeds the limit of ${limit}`, limit, received)
    : null;

/**
 * The limits a document is held to before graphql-js validates it, since validation itself can be
 * dear (comparing fields that share a response key is quadratic). Depth, aliases and directives
 * are measured by graphql-armor's rules, which measure each fragment once and exempt `__schema`
 * from depth; every operation of the document counts. Returns the first limit exceeded, or null.
 * Linear in the size of the document.
 */
export function checkDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: Limits,
): LimitError | null {
  const worst = { depth: 0, aliases: 0, directives: 0 };
  const record = (key: keyof typeof worst) => (_: ValidationContext | null, details: { n: number }) => {
    worst[key] = Math.max(worst[key], details.n);
  };
  // Each rule only measures (an infinite limit never rejects); the limits are applied below, so
  // that each refusal carries its own code and numbers.
  validate(schema, document, [
    maxDepthRule({
      n: Infinity,
      flattenFragments: true,
      ignoreIntrospection: true,
      onAccept: [record('depth')],
    }),
    maxAliasesRule({ n: Infinity, onAccept: [record('aliases')] }),
    maxDirectivesRule({ n: Infinity, onAccept: [record('directives')] }),
  ]);
  return (
    over(ErrorCode.QUERY_TOO_DEEP, 'Query depth', limits.maxDepth, worst.depth) ??
    over(ErrorCode.TOO_MANY_ALIASES, 'Number of aliases', limits.maxAliases, worst.aliases) ??
    over(ErrorCode.TOO_MANY_DIRECTIVES, 'Number of directives', limits.maxDirectives, worst.directives) ??
    over(
      ErrorCode.TOO_MANY_REPEATED_SELECTIONS,
      'Number of repeated selections',
      limits.maxRepeatedSelections,
      repeatedSelections(document),
    )
  );
}

/**
 * How many selections graphql-js has to compare with another one when it checks that fields can be
 * merged: in each selection set, with the inline fragments in it merged in as graphql-js merges
 * them, every field whose response key is already selected there, and every fragment spread after
 * the first. That check compares such selections pairwise and then their sub-selections pairwise,
 * so its work grows with the square of these repeats (and multiplies when repeats nest); real
 * clients rarely repeat a selection at all, while `{ about { n } about { n } ... }` 740 times costs
 * a second. Each selection is counted once, in the selection set that owns it: linear.
 */
export function repeatedSelections(document: DocumentNode): number {
  let repeats = 0;
  const owner = (selectionSet: SelectionSetNode) => {
    const keys = new Set<string>();
    const spreads = new Set<string>();
    const merge = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          if (keys.has(key)) repeats += 1;
          else keys.add(key);
          if (selection.selectionSet) owner(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          merge(selection.selectionSet);
        } else if (!spreads.has(selection.name.value)) {
          if (spreads.size > 0) repeats += 1;
          spreads.add(selection.name.value);
        }
      }
    };
    merge(selectionSet);
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      owner(definition.selectionSet);
    }
  }
  return repeats;
}

/**
 * The limits that need the operation's variables, checked once the document is valid and before
 * anything runs: page sizes, traversal bounds, then the estimated cost.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits,
  /** The hash of the query text: an operation found within its limits once is not walked again. */
  queryHash?: string,
): void {
  // No argument takes a list longer than MAX_LIST_LENGTH, and no operation's input objects have
  // that many fields together: wider variables are refused before coercion reads them. 123,750 valid enum
  // values cost 50 ms to coerce; an input object of 110,000 unknown fields cost 3 s, each of the 50
  // errors coercion reports printing the whole object.
  const sizes = sizesOf(variables, MAX_LIST_LENGTH);
  if (sizes.longestList > MAX_LIST_LENGTH) {
    throw new LimitError(
      ErrorCode.LIST_TOO_LONG,
      `The variables hold a list of ${sizes.longestList} items; no argument takes more than ${MAX_LIST_LENGTH}`,
      MAX_LIST_LENGTH,
      sizes.longestList,
    );
  }
  if (sizes.fields > MAX_LIST_LENGTH) {
    throw new LimitError(
      ErrorCode.BAD_USER_INPUT,
      `The variables hold objects of more than ${MAX_LIST_LENGTH} fields in all; no operation needs that many`,
      MAX_LIST_LENGTH,
      sizes.fields,
    );
  }
  // Variables that do not fit their types are refused by execution before any resolver runs;
  // the bounds below need them coerced, so without that they have nothing to check. Past the
  // error limit they are refused here, as the client's mistake.
  const coerced = coerceVariables(schema, operation, variables);
  if (coerced.errors) {
    if (coerced.tooMany) throw badInput(new Error(tooManyMessage(coerced.errors)));
    return;
  }
  const key =
    queryHash === undefined
      ? null
      : `${queryHash}\u0000${operation.name?.value ?? ''}\u0000${JSON.stringify(coerced.coerced)}`;
  if (key !== null && withinLimits.get(key) === limits) return;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  checkArguments(schema, [operation, ...fragments.values()], coerced.coerced, limits);
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return;
  let cost: number;
  try {
    cost = operationCost(schema, operation.selectionSet, rootType, fragments, coerced.coerced);
  } catch (error) {
    throw badInput(error);
  }
  const tooCostly = over(ErrorCode.QUERY_TOO_COSTLY, 'Query cost', limits.maxCost, cost);
  if (tooCostly) throw tooCostly;
  if (key !== null && key.length <= 4_096) withinLimits.set(key, limits);
}

/**
 * The operations found within the limits, keyed on what the request declares (the query's hash,
 * the operation, its declared variables coerced) with the limits they were checked against: the
 * same request again is not walked again. At most 2,000 keys of at most 4 KB each.
 */
const withinLimits = new LRUCache<string, Limits>({ max: 2_000 });

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
      for (const arg of field.args) {
        const tooLong = overlongList(arg.type, values[arg.name], [arg.name], field.name);
        if (tooLong) throw tooLong;
      }
      for (const [name, [code, what, limit]] of Object.entries(bounds)) {
        const value = values[name];
        if (typeof value === 'number' && value > limit) {
          throw new LimitError(code, `${what} ${value} exceeds the limit of ${limit}`, limit, value);
        }
      }
    },
  });
  // Each definition is visited once, fragments included, so this stays linear.
  for (const definition of definitions) visit(definition, visitor);
}

/** The most items a list argument that is not of an enum may hold (ids in a where, ...). */
export const MAX_LIST_LENGTH = 1000;

/**
 * The first list in an argument's value (through input objects and nested lists) longer than it
 * can mean: a list of an enum holds at most each of its values once (31 relation types, 12
 * kinds), any other list MAX_LIST_LENGTH items. Duplicates within the bound are dropped where the
 * list is read. Null when none is.
 */
function overlongList(
  type: GraphQLInputType,
  value: unknown,
  path: string[],
  field: string,
): LimitError | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return overlongList(nullable.ofType, value, path, field);
    const item = getNamedType(nullable.ofType);
    const limit = isEnumType(item) ? item.getValues().length : MAX_LIST_LENGTH;
    if (value.length > limit) {
      const meaning = isEnumType(item) ? ` (the ${limit} values of ${item.name}, each once)` : '';
      return new LimitError(
        ErrorCode.LIST_TOO_LONG,
        `${field}(${path.join('.')}): a list of ${value.length} items exceeds the limit of ${limit}${meaning}`,
        limit,
        value.length,
      );
    }
    for (const element of value) {
      const found = overlongList(nullable.ofType, element, path, field);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const [name, input] of Object.entries(nullable.getFields())) {
      const found = overlongList(
        input.type,
        (value as Record<string, unknown>)[name],
        [...path, name],
        field,
      );
      if (found) return found;
    }
  }
  return null;
}

/** An argument graphql-js refuses at run time, refused here instead, as the request's fault (400). */
/**
 * The longest list in a request's variables, and the fields of all their objects counted together
 * (the variables themselves included), down to a depth no input type of the schema reaches (deeper
 * values are refused by coercion at their first level); stops once either is past `limit`.
 * Objects are counted in all, not one by one, since coercion prints a wrong object whole, nested
 * objects two levels down included, in each of its errors.
 */
function sizesOf(variables: unknown, limit: number): { longestList: number; fields: number } {
  const sizes = { longestList: 0, fields: 0 };
  const walk = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 16) return;
    if (Array.isArray(value)) {
      sizes.longestList = Math.max(sizes.longestList, value.length);
      if (sizes.longestList > limit) return;
      for (const item of value) {
        walk(item, depth + 1);
        if (sizes.longestList > limit || sizes.fields > limit) return;
      }
      return;
    }
    const keys = Object.keys(value);
    sizes.fields += keys.length;
    if (sizes.fields > limit) return;
    for (const key of keys) {
      walk((value as Record<string, unknown>)[key], depth + 1);
      if (sizes.longestList > limit || sizes.fields > limit) return;
    }
  };
  walk(variables, 0);
  return sizes;
}

/** The first errors of variables refused past the error limit, in one message. */
function tooManyMessage(errors: readonly GraphQLError[]): string {
  const first = errors.filter((error) => !/^Too many errors/.test(error.message)).slice(0, 3);
  return `The variables hold more than ${MAX_VARIABLE_ERRORS} wrong values; the first: ${first.map((error) => error.message).join(' ')}`;
}

function badInput(error: unknown): CodedError {
  return new CodedError(ErrorCode.BAD_USER_INPUT, error instanceof Error ? error.message : String(error), {
    http: { status: 400 },
  });
}
