import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { ENTITY_PROJECTION } from '../relation-query';
import { isEntityType, type Projection } from './plan';

/*
 * How much of each entity and relation a planned statement reads. Reading a property is a
 * database hit; an entity stores a dozen (descriptions, aliases, attributes, the search keys)
 * and a relation up to twenty, so projecting them all (`{.*}`) for a question that shows names
 * costs most of its work. The planner projects the slim form when the whole operation asks
 * nothing more of any entity or any fact (anywhere, through any fragment): the loaders it primes
 * then hold exactly what every resolver of the request will read. Anything the walk does not
 * know reads everything, as without a plan.
 */

/** Fields of an entity read from its id, kind and names alone (the rest read through loaders). */
const ENTITY_SLIM_FIELDS = new Set(['id', 'kind', 'name', 'names', 'citations']);

/** Fields of a fact (Relation, Tenure, ...) read from its id, type and direction alone. */
const FACT_SLIM_FIELDS = new Set(['id', 'type', 'direction']);

type AnyField = GraphQLField<unknown, unknown>;

/** A type whose values are facts: it declares one of its fields an end of the fact (@End). */
function isFactType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && Object.values(type.getFields()).some((field) => field.extensions?.end);
}

/**
 * Whether an entity's field reads nothing of it but its id, kind and names (entity), and nothing
 * of its relations but their ids and ends (relations).
 */
function entityFieldIsSlim(field: AnyField): { entity: boolean; relations: boolean } {
  if (ENTITY_SLIM_FIELDS.has(field.name) || field.extensions?.relations) {
    return { entity: true, relations: true };
  }
  // A typed field read from the entity's relations (their order is worked out in Cypher from the
  // stored keys): slim; the fields of the facts it returns, if it does, say what they read. A
  // value computed from them (Mission.openedOn) reads their properties.
  if (field.extensions?.relationField) return { entity: true, relations: true };
  if (field.extensions?.reads) return { entity: true, relations: false };
  return { entity: false, relations: true };
}

/**
 * Whether a fact's field reads nothing of it but its id, type and ends. A field reading the
 * relations of one of its ends (@RelatedOfEnd, such as Tenure.appointedBy) matches them by their
 * properties (the appointment whose role is this post): not slim.
 */
function factFieldIsSlim(field: AnyField): boolean {
  return FACT_SLIM_FIELDS.has(field.name) || Boolean(field.extensions?.end);
}

/** What a whole operation asks of entities and facts, read once (each fragment once). */
export function projectionOf(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): Projection {
  const projection: Projection = { slimEntities: true, slimRelations: true };
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, type: GraphQLNamedType | null | undefined): void => {
    if (!set || !type) return;
    for (const part of set.selections) {
      if (part.kind === Kind.INLINE_FRAGMENT) {
        visit(part.selectionSet, part.typeCondition ? schema.getType(part.typeCondition.name.value) : type);
      } else if (part.kind === Kind.FRAGMENT_SPREAD) {
        if (seen.has(part.name.value)) continue;
        seen.add(part.name.value);
        const fragment = fragments.get(part.name.value);
        if (fragment) visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      } else {
        if (part.name.value === '__typename') continue;
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
        const field = fields[part.name.value] as AnyField | undefined;
        if (!field) {
          // Nothing it does not know is slim.
          projection.slimEntities = projection.slimRelations = false;
          continue;
        }
        if (isEntityType(type)) {
          const slim = entityFieldIsSlim(field);
          projection.slimEntities &&= slim.entity;
          projection.slimRelations &&= slim.relations;
        } else if (isFactType(type)) {
          projection.slimRelations &&= factFieldIsSlim(field);
        }
        visit(part.selectionSet, getNamedType(field.type));
      }
    }
  };
  visit(selectionSet, schema.getQueryType());
  return projection;
}

/** An entity's projection in Cypher: without the properties only search reads, or slim. */
export function entityProjection(projection: Projection): string {
  return projection.slimEntities ? '{.id, .kind, .nameEn, .nameAr}' : ENTITY_PROJECTION;
}

/** A relation's properties in Cypher, of the relation bound to `rel`. */
export function relationProjection(projection: Projection, rel: string): string {
  return projection.slimRelations ? `{id: ${rel}.id}` : `properties(${rel})`;
}
