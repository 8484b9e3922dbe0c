import { KIND_LABELS, type EntityKind } from '../src/domain/kinds';
import { RELATION_TYPES, type RelationType } from '../src/domain/relation-types';

/**
 * Type definitions for the Neo4j GraphQL Library (@neo4j/graphql 7) over the very graph our
 * server reads: one type per entity kind, mapped to its labels with @node, implementing an
 * Entity interface; every relation type of the vocabulary as @relationship fields in both
 * directions, with the relation's properties as a @relationshipProperties type. Read-only: no
 * mutations, no aggregations.
 *
 * What @relationship cannot say, @cypher says: a @relationship field names one relationship type,
 * so "any relation of an entity, in a stable order" (scenario 3) and "everything within two hops"
 * (scenario 5) are @cypher fields, which the library inlines into its one compiled query.
 *
 * A query through the Entity interface compiles to a UNION of one subquery per kind (12), and a
 * nested interface field multiplies them (12 x 12 x 12 for two hops). So the schema also maps
 * the same nodes as one concrete type, AnyEntity over the :Entity label, and the benchmark asks
 * the generic questions (1, 3, 5) both ways.
 */

/** The stable order of an entity's relations in our server (cypher/graph/relations-by-entity-ids). */
export const RELATION_SORT_KEY = "type(r) + '|' + direction + '|' + other.id + '|' + r.id";

/**
 * The first five relations of `this`. The page size is written into the statement: in 7.6.3 an
 * argument of a @cypher field queried through an interface reaches only the first implementing
 * type's subquery, the others get `LIMIT NULL` and fail.
 */
const FIRST_RELATIONS = `
  MATCH (this)-[r]-(other:Entity)
  WITH r, other, CASE WHEN startNode(r) = this THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
  WITH r, other, direction ORDER BY ${RELATION_SORT_KEY} LIMIT 5
  RETURN {type: type(r), direction: direction, otherId: other.id, otherName: other.nameEn} AS relation`;

const NEIGHBOURS = 'MATCH (this)--(n:Entity) RETURN DISTINCT n';
const RELATION_IDS = 'MATCH (this)-[r]-(:Entity) RETURN r.id AS id';

/** Readable names for the fields the scenarios use; the others are named after the relation type. */
const FIELD_NAMES: Partial<Record<string, string>> = {
  'POSITION.HOLDS.IN': 'holders',
  'PERSON.HOLDS.OUT': 'holds',
  'ORGANIZATION.ORGAN_OF.IN': 'organs',
  'ORGAN.ORGAN_OF.OUT': 'organization',
  'ORGANIZATION.POSITION_OF.IN': 'positions',
  'POSITION.POSITION_OF.OUT': 'positionOf',
};

const KIND_FIELDS: Partial<Record<EntityKind, string>> = {
  EVENT: 'date: String\n  eventType: String\n  ordinal: Int',
  AGREEMENT: 'date: String\n  documentType: String',
  DOCUMENT: 'date: String\n  documentType: String',
};

const camel = (type: string): string =>
  type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The GraphQL type at the other end: the kind's own type when there is one kind, else Entity. */
function targetType(kinds: readonly EntityKind[]): string {
  return kinds.length === 1 ? KIND_LABELS[kinds[0]] : 'Entity';
}

function relationshipFields(kind: EntityKind): string[] {
  const fields: string[] = [];
  for (const [type, spec] of Object.entries(RELATION_TYPES) as Array<
    [RelationType, (typeof RELATION_TYPES)[RelationType]]
  >) {
    const ends: Array<['OUT' | 'IN', readonly EntityKind[], readonly EntityKind[]]> = [
      ['OUT', spec.from, spec.to],
      ['IN', spec.to, spec.from],
    ];
    for (const [direction, here, there] of ends) {
      if (!here.includes(kind)) continue;
      const name =
        FIELD_NAMES[`${kind}.${type}.${direction}`] ?? camel(type) + (direction === 'IN' ? 'In' : '');
      fields.push(
        `${name}: [${targetType(there)}!]! @relationship(type: "${type}", direction: ${direction}, ` +
          `properties: "Fact", aggregate: false, nestedOperations: [])`,
      );
    }
  }
  return fields;
}

const ENTITY_FIELDS = `id: ID!
  kind: String!
  nameEn: String!
  nameAr: String
  descriptionEn: String
  descriptionAr: String
  aliasTexts: [String!]`;

function kindType(kind: EntityKind): string {
  const label = KIND_LABELS[kind];
  return `type ${label} implements Entity @node(labels: ["${label}", "Entity"]) @mutation(operations: []) @query(aggregate: false) {
  ${ENTITY_FIELDS}
  ${KIND_FIELDS[kind] ?? ''}
  firstRelations: [RelationSummary!]! @cypher(statement: """${FIRST_RELATIONS}""", columnName: "relation")
  neighbours: [Entity!]! @cypher(statement: "${NEIGHBOURS}", columnName: "n")
  relationIds: [ID!]! @cypher(statement: "${RELATION_IDS}", columnName: "id")
  ${relationshipFields(kind).join('\n  ')}
}`;
}

export function libraryTypeDefs(): string {
  return `
interface Entity {
  ${ENTITY_FIELDS}
  "The first five relations, in our server's order (type, direction, other end's id, relation id)."
  firstRelations: [RelationSummary!]!
  "The entities one relation away, either way."
  neighbours: [Entity!]!
  "The ids of this entity's relations to other entities."
  relationIds: [ID!]!
}

"One relation seen from an entity (a @cypher result, not a node)."
type RelationSummary {
  type: String!
  direction: String!
  otherId: ID!
  otherName: String!
}

"The properties every relation carries: its id, citations and time qualifiers."
type Fact @relationshipProperties {
  id: ID!
  citationIds: [String!]
  date: String
  appointedOn: String
  inOfficeFrom: String
  inOfficeUntil: String
  attestedOn: String
  former: Boolean
  roleId: String
}

${(Object.keys(KIND_LABELS) as EntityKind[]).map(kindType).join('\n\n')}

"Any entity, as one concrete type over the :Entity label: what a generic traversal needs."
type AnyEntity @node(labels: ["Entity"]) @mutation(operations: []) @query(aggregate: false) {
  ${ENTITY_FIELDS}
  firstRelations: [RelationSummary!]! @cypher(statement: """${FIRST_RELATIONS}""", columnName: "relation")
  neighbours: [AnyEntity!]! @cypher(statement: "${NEIGHBOURS}", columnName: "n")
  relationIds: [ID!]! @cypher(statement: "${RELATION_IDS}", columnName: "id")
}
`;
}
