import type { Database, Row, Tx } from '../db/database';
import type { Rank } from '../domain/ranks';
import { BadUserInputError, ConflictError, CodedError, NotFoundError } from '../errors';
import { audited, type Actor } from './change';
import { locateCitation, storeCitation, type LocatedCitation } from './citation';
import { claimId } from './id-claim';
import { lockRelation, readEntities } from './curation.repository';
import type { AuditAction, AuditEntry, CitationInput, EntityInput, RelationInput } from './curation.types';
import { applyEntity, checkProposedEntity } from './entity.curation';
import { curatedWrite } from './one-at-a-time';
import {
  citationOf,
  citationProps,
  entityInputOf,
  entityPayload,
  proposalId,
  relationInputOf,
  relationPayload,
  type EntityPayload,
  type RelationPayload,
} from './proposal.payload';
import {
  addEntityCitation,
  addRelationCitation,
  createProposal,
  lockProposal,
  proposalById,
  reviewProposal,
} from './proposal.repository';
import { toProposalNode } from './proposal.view';
import type { ProposalKind, ProposalNode } from './proposal.types';
import { applyRelation, checkRelation, checkRelationPrecision } from './relation.curation';

/**
 * Proposals and review. An editor's facts and entities are proposed: kept as :Proposal nodes,
 * apart from the graph, until a reviewer accepts them (then written exactly as a reviewer's direct
 * write would write them, checked again against the graph as it then stands) or rejects them.
 * Each step is one transaction, audited once: identical proposals made at once are one proposal,
 * and concurrent reviews of one proposal wait on its lock, so that it is accepted once.
 */

export interface ProposalOutcome {
  proposal: ProposalNode;
  changed: boolean;
  audit: AuditEntry | null;
}

/** Proposes an entity, or a correction of one (same id). */
export function proposeEntity(
  db: Database,
  actor: Actor,
  input: EntityInput,
  citation: CitationInput,
): Promise<ProposalOutcome> {
  return curatedWrite(db, async (tx) => {
    const located = await locateCitation(tx, citation);
    const existing = (await readEntities(tx, [input.id])).get(input.id);
    checkProposedEntity(input, existing, located.quote ?? null);
    await claimId(tx, input.id, 'ENTITY', actor.requestId);
    return propose(tx, actor, 'ENTITY', input.id, entityPayload(input), located, {});
  });
}

/** Proposes a statement: a relation between two entities of the graph, with its qualifiers. */
export function proposeRelation(
  db: Database,
  actor: Actor,
  input: RelationInput,
  citation: CitationInput,
): Promise<ProposalOutcome> {
  return curatedWrite(db, async (tx) => {
    const checked = await checkRelation(tx, input);
    const located = await locateCitation(tx, citation);
    checkRelationPrecision(input, located.quote ?? null);
    await claimId(tx, checked.id, 'RELATION', actor.requestId);
    if (await lockRelation(tx, checked.id, actor.requestId)) {
      throw new ConflictError(
        `Relation "${checked.id}" already exists: give the new statement an id of its own (relation.id), or ` +
          'propose another citation for it (proposeCitation) if it says the same',
      );
    }
    return propose(tx, actor, 'RELATION', checked.id, relationPayload(checked.id, input), located, {
      fromId: input.from,
      toId: input.to,
      relationType: input.type,
      // The statement as it would be stored, and when it would hold: what
      // Entity.relations(includeProposed: true) reads and filters by (graph/proposed.ts).
      statement: JSON.stringify({ ...checked.props, id: checked.id, citationIds: [] }),
      asOfStart: checked.props.asOfStart,
      asOfEnd: checked.props.asOfEnd,
    });
  });
}

/** Proposes another citation (another source) for a relation or an entity the graph holds. */
export function proposeCitation(
  db: Database,
  actor: Actor,
  factId: string,
  citation: CitationInput,
): Promise<ProposalOutcome> {
  return curatedWrite(db, async (tx) => {
    const located = await locateCitation(tx, citation);
    const relation = await lockRelation(tx, factId, actor.requestId);
    const entity = relation ? null : (await readEntities(tx, [factId])).get(factId);
    if (relation?.props.retractedAt || (!relation && !entity))
      throw new NotFoundError(`No entity or relation has the id "${factId}" (or it is retracted)`);
    const ends = relation ? { fromId: relation.from, toId: relation.to, relationType: relation.type } : {};
    return propose(tx, actor, 'CITATION', factId, { factId }, located, {
      ...ends,
      targetType: relation ? 'RELATION' : 'ENTITY',
    });
  });
}

const PROPOSED: Record<ProposalKind, AuditAction> = {
  ENTITY: 'ENTITY_PROPOSED',
  RELATION: 'RELATION_PROPOSED',
  CITATION: 'CITATION_PROPOSED',
};

async function propose(
  tx: Tx,
  actor: Actor,
  kind: ProposalKind,
  targetId: string,
  payload: EntityPayload | RelationPayload | { factId: string },
  located: LocatedCitation,
  extra: Row,
): Promise<ProposalOutcome> {
  const id = proposalId(kind, targetId, payload, located);
  const targetType = (extra.targetType as string | undefined) ?? (kind === 'ENTITY' ? 'ENTITY' : 'RELATION');
  const props = {
    kind,
    targetId,
    targetType,
    payload: JSON.stringify(payload),
    requestId: actor.requestId,
    ...citationProps(located),
    ...extra,
  };
  const { created, props: stored } = await createProposal(tx, { id, props, actor: actor.principal.name });
  const proposal = await readProposal(tx, id);
  if (!created) return { proposal, changed: false, audit: null };
  const audit = await audited(tx, actor, {
    action: PROPOSED[kind],
    targetId,
    targetType: targetType as 'ENTITY' | 'RELATION',
    before: null,
    after: stored,
    citationId: null,
    proposalId: id,
  });
  return { proposal, changed: true, audit: audit as unknown as AuditEntry };
}

/**
 * Accepts a proposal: writes what it proposes (a statement with the rank given, NORMAL unless
 * told), marks it ACCEPTED, and audits the acceptance once. Accepting it again changes nothing; a
 * rejected proposal stays rejected.
 */
export function acceptProposal(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
  rank: Rank | null,
  rankReason: string | null,
): Promise<ProposalOutcome> {
  return curatedWrite(db, async (tx) => {
    const stored = await requireProposal(tx, id, actor);
    if (stored.status === 'ACCEPTED')
      return { proposal: await readProposal(tx, id), changed: false, audit: null };
    if (stored.status === 'REJECTED') {
      throw new ConflictError(
        `Proposal "${id}" was rejected by ${String(stored.reviewedBy)} ("${String(stored.reviewReason)}"); it stays rejected`,
      );
    }
    if (rank && stored.kind !== 'RELATION')
      throw new BadUserInputError(`rank: only a statement (a RELATION proposal) has a rank`, 'rank');
    if (rank === 'DEPRECATED' && !rankReason)
      throw new BadUserInputError(
        'rankReason: a DEPRECATED statement says why it is deprecated',
        'rankReason',
      );
    const effect = await stillApplies(id, () => apply(tx, actor, stored, rank, rankReason));
    await reviewProposal(tx, { id, status: 'ACCEPTED', actor: actor.principal.name, reason, rank });
    const audit = await audited(tx, actor, {
      action: 'PROPOSAL_ACCEPTED',
      targetId: String(stored.targetId),
      targetType: stored.targetType as 'ENTITY' | 'RELATION',
      before: effect.before,
      after: effect.after,
      citationId: effect.citationId,
      reason,
      proposalId: id,
    });
    return { proposal: await readProposal(tx, id), changed: true, audit: audit as unknown as AuditEntry };
  });
}

/** Rejects a proposal, with a reason. Rejecting it again changes nothing; an accepted one stays accepted. */
export function rejectProposal(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
): Promise<ProposalOutcome> {
  return curatedWrite(db, async (tx) => {
    const stored = await requireProposal(tx, id, actor);
    if (stored.status === 'REJECTED')
      return { proposal: await readProposal(tx, id), changed: false, audit: null };
    if (stored.status === 'ACCEPTED') {
      throw new ConflictError(
        `Proposal "${id}" was accepted by ${String(stored.reviewedBy)}; retract or rank the fact instead`,
      );
    }
    await reviewProposal(tx, { id, status: 'REJECTED', actor: actor.principal.name, reason, rank: null });
    const audit = await audited(tx, actor, {
      action: 'PROPOSAL_REJECTED',
      targetId: String(stored.targetId),
      targetType: stored.targetType as 'ENTITY' | 'RELATION',
      before: null,
      after: null,
      citationId: null,
      reason,
      proposalId: id,
    });
    return { proposal: await readProposal(tx, id), changed: true, audit: audit as unknown as AuditEntry };
  });
}

async function requireProposal(tx: Tx, id: string, actor: Actor): Promise<Row> {
  const stored = await lockProposal(tx, id, actor.requestId);
  if (!stored) throw new NotFoundError(`No proposal has the id "${id}"`);
  return stored;
}

/** A proposal as the queue shows it, read in the transaction that changed it. */
async function readProposal(tx: Tx, id: string): Promise<ProposalNode> {
  return toProposalNode((await proposalById(tx, id))!);
}

interface Effect {
  before: Row | null;
  after: Row | null;
  citationId: string | null;
}

/**
 * A proposal checked again when accepted: the graph may have changed since (an end retracted, the
 * id taken). What no longer fits is a CONFLICT for the reviewer, saying why.
 */
async function stillApplies<T>(id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof BadUserInputError ||
      (error instanceof CodedError && error.extensions.code === 'NOT_FOUND')
    )
      throw new ConflictError(`Proposal "${id}" no longer fits the graph: ${error.message}`);
    throw error;
  }
}

/** Writes what a proposal proposes, in the acceptance's transaction, as its proposer's citation. */
async function apply(
  tx: Tx,
  actor: Actor,
  stored: Row,
  rank: Rank | null,
  rankReason: string | null,
): Promise<Effect> {
  const citation = citationOf(stored);
  const proposer = String(stored.proposedBy);
  const cite = async () => citation;
  const payload = JSON.parse(String(stored.payload)) as unknown;
  if (stored.kind === 'ENTITY') {
    const applied = await applyEntity(tx, actor, entityInputOf(payload as EntityPayload), cite, proposer);
    return { before: applied.before, after: applied.props, citationId: applied.citationId };
  }
  if (stored.kind === 'RELATION') {
    const input = relationInputOf(payload as RelationPayload);
    const checked = await checkRelation(tx, input);
    const ranked =
      rank && rank !== 'NORMAL'
        ? { rank, rankReason, rankedBy: actor.principal.name, rankedAt: new Date().toISOString() }
        : {};
    const applied = await applyRelation(tx, actor, checked, cite, proposer, {
      ...ranked,
      acceptedBy: actor.principal.name,
      acceptedAt: new Date().toISOString(),
    });
    if (applied.changed) return { before: null, after: applied.props, citationId: applied.citationId };
    // The very statement is held already: the proposal adds its citation to it.
    return corroborate(tx, actor, 'RELATION', checked.id, citation, proposer);
  }
  return corroborate(tx, actor, String(stored.targetType), String(stored.targetId), citation, proposer);
}

/** Another citation for a fact or entity held: a fact several sources state holds all their citations. */
async function corroborate(
  tx: Tx,
  actor: Actor,
  targetType: string,
  id: string,
  citation: LocatedCitation,
  proposer: string,
): Promise<Effect> {
  const cited = await storeCitation(tx, citation, proposer);
  const params = { id, citationId: cited.id, actor: actor.principal.name };
  const after =
    targetType === 'RELATION' ? await addRelationCitation(tx, params) : await addEntityCitation(tx, params);
  if (!after) throw new NotFoundError(`No entity or relation has the id "${id}" (or it is retracted)`);
  return { before: null, after, citationId: cited.id };
}
