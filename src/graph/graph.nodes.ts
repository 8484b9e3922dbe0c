import type { Row } from '../db/database';
import type { EntityKind } from '../domain/kinds';
import type { RelationType } from '../domain/relation-types';

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
