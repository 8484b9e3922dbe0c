import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Resolves a field with a plain function instead of type-graphql's handler. The handler converts
 * and checks each argument in an async step, so a field that takes any argument (an entity's
 * name(lang)) answers with a promise, and graphql-js then completes every object above it
 * through promises; it also rebuilds the parameter list on every call. A field declared with
 * @Direct(resolve) is resolved by `resolve` itself (withDirectResolvers), given arguments
 * graphql-js has already coerced; its method stays the declaration of its type and arguments,
 * and calls the same function.
 */
export function Direct<TSource = never, TContext = never, TArgs = never>(
  resolve: (
    source: TSource,
    args: TArgs,
    context: TContext,
    info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3],
  ) => unknown,
) {
  return Extensions({ direct: resolve });
}

/** Puts each field's @Direct resolver in place of type-graphql's handler. */
export function withDirectResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const direct = field.extensions?.direct as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (direct) field.resolve = direct;
    }
  }
  return schema;
}
