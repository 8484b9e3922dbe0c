import {
  getArgumentValues,
  getDirectiveValues,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/*
 * Executes an operation made only of introspection (`__schema`, `__type`, `__typename` at its
 * root), already validated, as graphql-js would and with graphql-js's own introspection resolvers,
 * but without the machinery a general executor keeps per field (paths, info objects, promise
 * checks): the schema's introspection is some 30,000 fields, which graphql-js's execute() takes
 * 60 ms of CPU to resolve, and this a small part of that. Only what introspection needs: object,
 * list, non-null and leaf types, no abstract types, no promises, no errors from resolvers (a
 * resolver that throws makes the whole answer fall back to graphql-js). The unit tier compares
 * its answers with execute()'s.
 */

type Fields = Map<string, FieldNode[]>;

interface Run {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Sub-selections collected per field nodes (their type is fixed): each set is collected once. */
  collected: WeakMap<FieldNode[], Fields>;
  /** Argument values per field node: they depend on the node and the variables only. */
  args: WeakMap<FieldNode, Record<string, unknown>>;
  /**
   * Completed objects per field nodes and schema element: a type reference to String, completed
   * under the same selection, is the same answer wherever it appears (thousands of times).
   */
  completed: WeakMap<FieldNode[], Map<unknown, unknown>>;
}

/** The answer's data, or null when the operation is not introspection only. */
export function executeIntrospection(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Record<string, unknown> | null {
  if (operation.operation !== 'query') return null;
  const queryType = schema.getQueryType();
  if (!queryType) return null;
  const run: Run = {
    schema,
    fragments,
    variables,
    collected: new WeakMap(),
    args: new WeakMap(),
    completed: new WeakMap(),
  };
  const roots = collect(run, queryType, [operation.selectionSet]);
  const data: Record<string, unknown> = {};
  for (const [key, nodes] of roots) {
    const name = nodes[0].name.value;
    const info = { schema, parentType: queryType } as GraphQLResolveInfo;
    if (name === '__typename') data[key] = queryType.name;
    else if (name === '__schema') data[key] = complete(run, SchemaMetaFieldDef.type, schema, nodes);
    else if (name === '__type') {
      const args = getArgumentValues(TypeMetaFieldDef, nodes[0], variables);
      data[key] = complete(
        run,
        TypeMetaFieldDef.type,
        TypeMetaFieldDef.resolve!(null, args, null, info),
        nodes,
      );
    } else return null;
  }
  return data;
}

function included(
  run: Run,
  node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1],
) {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, run.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, run.variables)?.if !== false;
}

/** graphql-js's CollectFields over object types: response keys in order, their field nodes merged. */
function collect(run: Run, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Fields {
  const fields: Fields = new Map();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(run, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = fields.get(key);
        if (nodes) nodes.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === type.name) {
          walk(selection.selectionSet);
        }
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = run.fragments.get(name);
        if (fragment && fragment.typeCondition.name.value === type.name) walk(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return fields;
}

function complete(run: Run, type: GraphQLOutputType, value: unknown, nodes: FieldNode[]): unknown {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.from(value as Iterable<unknown>, (item) => complete(run, nullable.ofType, item, nodes));
  }
  if (isLeafType(nullable)) return nullable.serialize(value);
  if (!isObjectType(nullable))
    throw new Error(`introspection returned an abstract type: ${String(nullable)}`);
  let done = run.completed.get(nodes);
  if (!done) run.completed.set(nodes, (done = new Map()));
  const found = done.get(value);
  if (found) return found;
  const object = completeObject(run, nullable, value, nodes);
  done.set(value, object);
  return object;
}

function completeObject(
  run: Run,
  type: GraphQLObjectType,
  value: unknown,
  nodes: FieldNode[],
): Record<string, unknown> {
  let fields = run.collected.get(nodes);
  if (!fields) {
    const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    fields = collect(run, type, sets);
    run.collected.set(nodes, fields);
  }
  const info = { schema: run.schema, parentType: type } as GraphQLResolveInfo;
  const object: Record<string, unknown> = {};
  for (const [key, fieldNodes] of fields) {
    const name = fieldNodes[0].name.value;
    if (name === TypeNameMetaFieldDef.name) {
      object[key] = type.name;
      continue;
    }
    const field = type.getFields()[name] as GraphQLField<unknown, unknown>;
    let args = run.args.get(fieldNodes[0]);
    if (!args) {
      args = field.args.length ? getArgumentValues(field, fieldNodes[0], run.variables) : {};
      run.args.set(fieldNodes[0], args);
    }
    const resolved = field.resolve
      ? field.resolve(value, args, null, info)
      : (value as Record<string, unknown>)[name];
    object[key] = complete(run, field.type, resolved, fieldNodes);
  }
  return object;
}

/**
 * The length of an answer's JSON, at most a little past `limit`: its objects are shared (a type
 * reference completed under one selection is one object wherever it appears), so each is measured
 * once and the whole is counted without writing it.
 */
export function answerLength(value: unknown, limit: number): number {
  const sizes = new WeakMap<object, number>();
  const measure = (item: unknown): number => {
    if (item === null || typeof item !== 'object') return JSON.stringify(item ?? null).length;
    const known = sizes.get(item);
    if (known !== undefined) return known;
    // Brackets, and a comma between two entries; "key": before each value of an object.
    let size = 1;
    if (Array.isArray(item)) for (const element of item) size += measure(element) + 1;
    else
      for (const [key, element] of Object.entries(item))
        if (element !== undefined) size += JSON.stringify(key).length + 2 + measure(element);
    size = Math.max(size, 2);
    sizes.set(item, size);
    if (size > limit) throw new TooLong(size);
    return size;
  };
  try {
    return measure(value);
  } catch (error) {
    if (error instanceof TooLong) return error.size;
    throw error;
  }
}

class TooLong {
  constructor(readonly size: number) {}
}
