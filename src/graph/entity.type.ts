import { Field, ID, InterfaceType } from 'type-graphql';
import { KIND_LABELS, type EntityKind } from '../domain/kinds';
import { EntityKindEnum } from '../graphql/enums';
import type { EntityNode } from './graph.nodes';
import { Node } from './node.type';

/**
 * What every entity shares: identity, names in both languages, aliases, description,
 * citations, and the generic relations an analyst can walk. Its other fields
 * (name, relations, ...) are resolved by EntityResolver for every implementing type.
 */
@InterfaceType({
  implements: Node,
  description:
    'Anything the graph holds facts about: an organisation, organ, position, person, place, event, agreement, ' +
    'document or topic. Every entity has a stable readable id, names in Arabic and English, aliases, a ' +
    'description, the citations that attest it, and relations to other entities.',
  resolveType: (value: EntityNode) => KIND_LABELS[value.kind],
})
export abstract class Entity {
  @Field(() => ID, {
    description: 'Stable readable id (a slug such as "oic-secretary-general"); it survives reloads.',
  })
  id!: string;

  @Field(() => EntityKindEnum, { description: 'What sort of entity this is; it decides the concrete type.' })
  kind!: EntityKind;
}
