import type { Row } from '../db/database';
import type { PartialDate } from '../dates/partial-date';
import type { EntityKind, RelationType } from '../dataset/vocabulary';

/** An entity as read from Neo4j: what every entity type resolves its fields from. */
export interface EntityNode {
  id: string;
  kind: EntityKind;
  props: Row;
}

/** A relation seen from one of its ends (the owner), as the relations query returns it. */
export interface RelationNode {
  id: string;
  type: RelationType;
  /** OUTGOING when the owner is the source. */
  direction: 'OUTGOING' | 'INCOMING';
  ownerId: string;
  otherId: string;
  /** Position in the stable order of the owner's relations; the cursor after it. */
  sortKey: string;
  props: Row;
  /** The "as of" date the relation was listed under, if any: a tenure's basis is relative to it. */
  asOf?: PartialDate | null;
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

export const sourceOf = (relation: RelationNode): string =>
  relation.direction === 'OUTGOING' ? relation.ownerId : relation.otherId;
export const targetOf = (relation: RelationNode): string =>
  relation.direction === 'OUTGOING' ? relation.otherId : relation.ownerId;

/** A bilingual property pair <name>Ar / <name>En, or null when the entity has none. */
export function textOf(props: Row, name: string): { ar: string; en: string } | null {
  const ar = props[`${name}Ar`];
  const en = props[`${name}En`];
  return typeof ar === 'string' && typeof en === 'string' ? { ar, en } : null;
}
