import type { Row } from '../db/database';
import type { Rank } from '../domain/ranks';
import { toEntityNode } from '../graph/graph.nodes';
import { entityProps } from '../graph/records';
import { toProposedRelation } from '../graph/proposed';
import { entityData } from './entity.curation';
import { entityInputOf, type EntityPayload } from './proposal.payload';
import type { ProposalRow } from './proposal.repository';
import type { ProposalKind, ProposalNode, ProposalStatus } from './proposal.types';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * A proposal as the API shows it: what it proposes decoded as the graph would store it (an
 * entity, or a statement seen from its source with the entities at its ends), and its citation
 * with the text around the quote.
 */
export function toProposalNode(row: ProposalRow): ProposalNode {
  const props = row.props;
  const kind = props.kind as ProposalKind;
  const payload = JSON.parse(String(props.payload)) as unknown;
  return {
    id: String(props.id),
    kind,
    status: props.status as ProposalStatus,
    targetId: String(props.targetId),
    proposedBy: String(props.proposedBy),
    proposedAt: String(props.proposedAt),
    reviewedBy: text(props.reviewedBy),
    reviewedAt: text(props.reviewedAt),
    reviewReason: text(props.reviewReason),
    acceptedRank: (text(props.acceptedRank) as Rank | null) ?? null,
    entity: kind === 'ENTITY' ? proposedEntity(payload as EntityPayload, props) : null,
    relation: kind === 'RELATION' ? proposedRelation(row) : null,
    citation: {
      sourceId: text(props.sourceId),
      quote: text(props.quote),
      start: typeof props.quoteStart === 'number' ? props.quoteStart : null,
      end: typeof props.quoteEnd === 'number' ? props.quoteEnd : null,
      note: text(props.note),
      window:
        row.window && typeof props.quoteStart === 'number' && typeof props.quoteEnd === 'number'
          ? { ...row.window, start: props.quoteStart, end: props.quoteEnd }
          : null,
    },
  };
}

function proposedEntity(payload: EntityPayload, props: Row) {
  return toEntityNode({
    ...entityProps(entityData(entityInputOf(payload))),
    origin: 'curator',
    addedBy: props.proposedBy,
    addedAt: props.proposedAt,
  });
}

function proposedRelation(row: ProposalRow) {
  if (!row.from || !row.to) return null;
  return toProposedRelation(row.props, row.to);
}
