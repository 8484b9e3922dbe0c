import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * The concrete GraphQL type of a value Query.node returns. Entities, relations, citations and
 * sources are plain objects that share field names (id, kind, type, ...), so rather than guess
 * the type from their shape, the node loader tags each value with it.
 */
const NODE_TYPE = Symbol('the GraphQL type of a Node');

export type Tagged<T> = T & { readonly [NODE_TYPE]: string };

/** A copy of the value that Node's resolveType knows the type of. */
export function asNode<T extends object>(value: T, typeName: string): Tagged<T> {
  return { ...value, [NODE_TYPE]: typeName };
}

export const NODE_DESCRIPTION =
  "Anything the graph can give again by its id alone (Relay's Node): an entity of any kind, a relation, a " +
  'citation or a source, so that clients and caches (Relay, Apollo Client, urql) can refetch it with ' +
  'Query.node(id). Ids are globally unique: no two of these share one, whatever their kind. They stay readable ' +
  '(not opaque): entity, relation and source ids are lowercase slugs ("oic-secretary-general", ' +
  '"borrell-appointed-simonnet", "eeas-oic-structure-eu-relations-ar"), which the dataset loader and the ' +
  'curation mutations refuse to give two things; a citation id is "source@start-end" or "note:…", which no slug ' +
  'can be.';

@InterfaceType({
  description: NODE_DESCRIPTION,
  resolveType: (value: Tagged<object>) => value[NODE_TYPE],
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, stable and readable id; Query.node(id) gives it back.' })
  id!: string;
}
