import type { PartialDate } from '../domain/partial-date';
import type { EntityNode, RelationNode } from '../graph/graph.nodes';

export type EntryKind =
  | 'EVENT'
  | 'AGREEMENT'
  | 'DOCUMENT'
  | 'INSTITUTIONALISED'
  | 'APPOINTMENT'
  | 'TAKING_OFFICE'
  | 'LEAVING_OFFICE'
  | 'IN_OFFICE'
  | 'FACT';

/**
 * One entry of a timeline, as cypher/timeline/entity-items.cypher and graph-items.cypher order
 * it (those statements hold the rules: which things and facts make a timeline, how an undated event is placed, which dated fact
 * a thing stands for): dated things sort by date (the partial-date rule: first day, then coarser
 * first); an undated event the source places after another sorts just after it, one placed
 * before another just before it.
 */
export interface Entry {
  kind: EntryKind;
  date: PartialDate | null;
  notBefore: PartialDate | null;
  notAfter: PartialDate | null;
  entity: EntityNode | null;
  relation: RelationNode | null;
  /** The entry's place in the order, inside its cursor. */
  key: string;
}
