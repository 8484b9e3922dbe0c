import type { Row } from '../db/database';
import type { PartialDate } from '../domain/partial-date';
import { decodeEntity, decodeRelation, type DecodedEntity, type DecodedRelation } from './decode';

/** An entity as read from Neo4j and decoded: what every entity type resolves its fields from. */
export type EntityNode = DecodedEntity;

/** A relation seen from one of its ends (the owner), decoded. */
export interface RelationNode extends DecodedRelation {
  id: string;
  /** OUTGOING when the owner is the source. */
  direction: 'OUTGOING' | 'INCOMING';
  ownerId: string;
  otherId: string;
  /** Position in the stable order of the owner's relations; the cursor after it. */
  sortKey: string;
  /** The "as of" date the relation was listed under, if any: a tenure's basis is relative to it. */
  asOf?: PartialDate | null;
  /** The entity at the other end, when it was read with the relation. */
  other?: EntityNode;
  /** For a statement proposed and not yet accepted: the proposal (Entity.relations(includeProposed)). */
  proposalId?: string;
}

export interface CitationNode {
  id: string;
  sourceId?: string | null;
  quote: string | null;
  start: number | null;
  end: number | null;
  note?: string | null;
  curator?: string | null;
  addedAt?: string | null;
  /** For an entity's citation: which of its attributes the quote supports. */
  supports?: string[];
}

export const toEntityNode = (props: Row): EntityNode => decodeEntity(props);

/** A stored relation, seen from `ownerId`, one of its two ends. */
export function toRelationNode(
  stored: { type: unknown; source: string; target: string; props: Row; sortKey?: string },
  ownerId: string,
): RelationNode {
  const outgoing = stored.source === ownerId;
  return {
    ...decodeRelation(stored.type, stored.props),
    id: String(stored.props.id),
    direction: outgoing ? 'OUTGOING' : 'INCOMING',
    ownerId,
    otherId: outgoing ? stored.target : stored.source,
    sortKey: stored.sortKey ?? String(stored.props.id),
  };
}

export const sourceOf = (relation: RelationNode): string =>
  relation.direction === 'OUTGOING' ? relation.ownerId : relation.otherId;
export const targetOf = (relation: RelationNode): string =>
  relation.direction === 'OUTGOING' ? relation.otherId : relation.ownerId;
