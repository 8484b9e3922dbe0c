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
import { ENTITY_PROJECTION } from '../store/relation-page';
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
const FACT_ID_FIELDS = new Set(['id', 'type', 'direction']);

type AnyField = GraphQLField<unknown, unknown>;

/** A type whose values are facts: it declares one of its fields an end of the fact (@End). */
function isFactType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && Object.values(type.getFields()).some((field) => field.extensions?.end);
}

/**
 * Whether an entity's field reads nothing of it but its id, kind and names, and whether it reads
 * whole the relations it lists (a value computed from them, Mission.openedOn, reads what it
 * needs of them without saying which).
 */
function entityField(field: AnyField): { slim: boolean; wholeRelations: boolean } {
  if (ENTITY_SLIM_FIELDS.has(field.name) || field.extensions?.relations || field.extensions?.relationField) {
    return { slim: true, wholeRelations: false };
  }
  if (field.extensions?.reads) return { slim: true, wholeRelations: true };
  return { slim: false, wholeRelations: false };
}

/**
 * The stored properties a fact's field reads: none for its id, type and ends; what it declares
 * (@Stored); null (all of them) for a field that declares nothing.
 */
function factFieldProps(field: AnyField): readonly string[] | null {
  // A field that reads relations of one end matches them by their properties (Tenure.appointedBy:
  // the appointment whose role is this office), which it does not list: it reads them whole.
  if (field.extensions?.reads) return null;
  if (FACT_ID_FIELDS.has(field.name) || field.extensions?.end) return [];
  return (field.extensions?.stored as readonly string[] | undefined) ?? null;
}

/** What a whole operation asks of entities and facts, read once (each fragment once). */
export function projectionOf(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): Projection {
  let slimEntities = true;
  let relationProps: Set<string> | null = new Set();
  // Fragment names already visited: at most the document's fragments, for one operation.
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
          slimEntities = false;
          relationProps = null;
          continue;
        }
        if (isEntityType(type)) {
          const read = entityField(field);
          slimEntities &&= read.slim;
          if (read.wholeRelations) relationProps = null;
        } else if (isFactType(type) && relationProps) {
          const props = factFieldProps(field);
          if (props === null) relationProps = null;
          else for (const prop of props) relationProps.add(prop);
        }
        visit(part.selectionSet, getNamedType(field.type));
      }
    }
  };
  visit(selectionSet, schema.getQueryType());
  return { slimEntities, relationProps };
}

/** An entity's projection in Cypher: without the properties only search reads, or slim. */
export function entityProjection(projection: Projection): string {
  return projection.slimEntities ? '{.id, .kind, .nameEn, .nameAr}' : ENTITY_PROJECTION;
}

/** A relation's properties in Cypher, of the relation bound to `rel`: its id and what is read, or all. */
export function relationProjection(projection: Projection, rel: string): string {
  if (!projection.relationProps) return `properties(${rel})`;
  return `${rel} {${['id', ...[...projection.relationProps].sort()].map((prop) => `.${prop}`).join(', ')}}`;
}
