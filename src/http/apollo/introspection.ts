import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { answerLength, executeIntrospection } from './introspection.execute';
import type { Context } from '../../context';
import { ErrorCode, LimitError } from '../../errors';
import { coerceVariables } from '../../graphql/variables';

/*
 * Introspection reads the schema, not the graph, so the cost limit does not price it and the
 * depth limit skips it (graphql-armor's ignoreIntrospection). That exemption gets limits of its
 * own, so that no introspection request costs more than the standard one:
 * - at most one `__schema` and MAX_TYPE_LOOKUPS `__type` per operation (30 aliased `__schema`
 *   through one fragment answered 20 MB for a 1.8 KB request);
 * - inside introspection, a field is selected once per selection set: no aliases that repeat the
 *   type list or a type's fields (no real client sends them);
 * - graphql-js's MaxIntrospectionDepthRule (among the specified rules) bounds the nesting of
 *   fields, interfaces, possibleTypes and inputFields;
 * - the answers to introspection-only operations are cached (introspectionCache).
 */

/** `__type(name:)` lookups one operation may make (a doc explorer asks one at a time). */
export const MAX_TYPE_LOOKUPS = 10;

const INTROSPECTION_TYPES = new Set([
  '__Schema',
  '__Type',
  '__Field',
  '__InputValue',
  '__EnumValue',
  '__Directive',
]);

/** How many `__schema` and `__type` fields a selection set reaches, each fragment counted once and reused. */
function rootLookups(
  document: DocumentNode,
): (selectionSet: SelectionSetNode) => { schema: number; type: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, { schema: number; type: number }>();
  const count = (set: SelectionSetNode, inProgress: Set<string>): { schema: number; type: number } => {
    const total = { schema: 0, type: 0 };
    for (const selection of set.selections) {
      let part = { schema: 0, type: 0 };
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema') part = { schema: 1, type: 0 };
        else if (selection.name.value === '__type') part = { schema: 0, type: 1 };
        else if (selection.selectionSet) part = count(selection.selectionSet, inProgress);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        part = count(selection.selectionSet, inProgress);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation refuses cycles; the guard keeps this walk from looping before it does.
        if (!fragment || inProgress.has(name)) continue;
        let found = memo.get(name);
        if (!found) {
          inProgress.add(name);
          found = count(fragment.selectionSet, inProgress);
          inProgress.delete(name);
          memo.set(name, found);
        }
        part = found;
      }
      // Counts only compare with small limits: stop them growing past what a number holds.
      total.schema = Math.min(total.schema + part.schema, 1e9);
      total.type = Math.min(total.type + part.type, 1e9);
    }
    return total;
  };
  return (selectionSet) => count(selectionSet, new Set());
}

/**
 * The response keys each field name takes in a selection set on an introspection type, with its
 * inline fragments and spread fragments merged in (each fragment's own fields memoised).
 */
function repeatedIntrospectionField(context: {
  getFragment(name: string): FragmentDefinitionNode | null | undefined;
}): (selectionSet: SelectionSetNode) => string | null {
  const ownFields = new Map<string, Array<[string, string]>>();
  const fieldsOf = (set: SelectionSetNode, inProgress: Set<string>): Array<[string, string]> => {
    const fields: Array<[string, string]> = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        fields.push([selection.name.value, selection.alias?.value ?? selection.name.value]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fields.push(...fieldsOf(selection.selectionSet, inProgress));
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || inProgress.has(name)) continue;
        let own = ownFields.get(name);
        if (!own) {
          inProgress.add(name);
          own = fieldsOf(fragment.selectionSet, inProgress);
          inProgress.delete(name);
          ownFields.set(name, own);
        }
        fields.push(...own);
      }
    }
    return fields;
  };
  return (selectionSet) => {
    const keys = new Map<string, string>();
    for (const [field, key] of fieldsOf(selectionSet, new Set())) {
      if (field === '__typename') continue;
      const seen = keys.get(field);
      if (seen !== undefined && seen !== key) return field;
      keys.set(field, key);
    }
    return null;
  };
}

/**
 * The validation rule of introspection's own limits. It reports the first limit exceeded with
 * its code and numbers (INTROSPECTION_TOO_LARGE); linear in the document.
 */
export function introspectionLimitsRule(context: ValidationContext): ASTVisitor {
  return {
    Document(document) {
      const lookups = rootLookups(document);
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const found = lookups(definition.selectionSet);
        if (found.schema > 1) {
          context.reportError(
            new LimitError(
              ErrorCode.INTROSPECTION_TOO_LARGE,
              `An operation may select __schema once; this one selects it ${found.schema} times`,
              1,
              found.schema,
            ),
          );
          return null;
        }
        if (found.type > MAX_TYPE_LOOKUPS) {
          context.reportError(
            new LimitError(
              ErrorCode.INTROSPECTION_TOO_LARGE,
              `An operation may select __type at most ${MAX_TYPE_LOOKUPS} times; this one selects it ${found.type} times`,
              MAX_TYPE_LOOKUPS,
              found.type,
            ),
          );
          return null;
        }
      }
      const repeated = repeatedIntrospectionField(context);
      const typeInfo = new TypeInfo(context.getSchema());
      let refusal: LimitError | null = null;
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          SelectionSet(selectionSet) {
            if (refusal) return false;
            const parent = typeInfo.getParentType();
            const named = parent && getNamedType(parent);
            if (!named || !INTROSPECTION_TYPES.has(named.name)) return undefined;
            const field = repeated(selectionSet);
            if (field) {
              refusal = new LimitError(
                ErrorCode.INTROSPECTION_TOO_LARGE,
                `Introspection may select ${named.name}.${field} once per selection set, not under several aliases`,
                1,
                2,
              );
              return false;
            }
            return undefined;
          },
        }),
      );
      if (refusal) {
        context.reportError(refusal);
        return null;
      }
      return undefined;
    },
  };
}

/** Whether every root field of the operation is introspection (`__schema`, `__type`, `__typename`). */
function introspectionOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
    )
  );
}

/**
 * The longest introspection answer, in characters of its JSON: twice Sandbox's (507,134 for this
 * schema; graphql-js's standard query 407,975). An 877-byte document within every other limit,
 * its fragments nesting type references in fields of fields, answered 7 MB.
 */
export const MAX_INTROSPECTION_ANSWER = 1_000_000;

/** The size of the answers the cache keeps, in characters of their JSON, all entries together. */
export const INTROSPECTION_CACHE_MAX_SIZE = 32_000_000;

/**
 * Answers introspection-only operations without graphql-js's executor (introspection.execute.ts)
 * and keeps the answers of those that declare no variables in a cache: GraphiQL, Sandbox, Postman
 * and codegen send the same few documents again and again. Keyed on what the request declares:
 * the query's hash and the operation's name. Bounded to 16 entries and
 * INTROSPECTION_CACHE_MAX_SIZE characters of answers.
 */
export function introspectionPlugin(): ApolloServerPlugin<Context> {
  const cache = new LRUCache<string, { json: string; data: Record<string, unknown> }>({
    max: 16,
    maxSize: INTROSPECTION_CACHE_MAX_SIZE,
    sizeCalculation: (entry, key) => entry.json.length + key.length,
  });
  const answer = (data: Record<string, unknown>) => ({
    http: { status: undefined, headers: new HeaderMap() },
    // Each answer gets its own result object: plugins after this one add extensions to it.
    body: { kind: 'single' as const, singleResult: { data } },
  });
  const refuse = (length: number) => ({
    http: { status: 400, headers: new HeaderMap() },
    body: {
      kind: 'single' as const,
      singleResult: {
        errors: [
          {
            message: `The introspection answer would be more than ${length} characters long, past the limit of ${MAX_INTROSPECTION_ANSWER}; select less (graphql-js's standard introspection query answers about 400,000)`,
            extensions: {
              code: ErrorCode.INTROSPECTION_TOO_LARGE,
              limit: MAX_INTROSPECTION_ANSWER,
              received: length,
            },
          },
        ],
      },
    },
  });
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, queryHash, request, schema, document }) {
          // Apollo's type says an operation is here, but a name that names none (or two
          // operations unnamed) leaves it undefined: execution refuses those with a 400.
          if (!(operation as OperationDefinitionNode | undefined) || !introspectionOnly(operation))
            return null;
          const declaresVariables = Boolean(operation.variableDefinitions?.length);
          const key = `${queryHash}\u0000${request.operationName ?? ''}`;
          const hit = declaresVariables ? undefined : cache.get(key);
          if (hit) return answer(hit.data);
          const coerced = coerceVariables(schema, operation, request.variables ?? {});
          if (coerced.errors) return null;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          }
          let data: Record<string, unknown> | null;
          try {
            data = executeIntrospection(schema, operation, fragments, coerced.coerced);
          } catch {
            // Whatever it cannot answer, graphql-js answers, with its errors.
            return null;
          }
          if (!data) return null;
          const length = answerLength(data, MAX_INTROSPECTION_ANSWER);
          if (length > MAX_INTROSPECTION_ANSWER) return refuse(length);
          if (!declaresVariables) cache.set(key, { json: JSON.stringify(data), data });
          return answer(data);
        },
      };
    },
  };
}
