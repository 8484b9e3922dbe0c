import type { Database, Tx } from '../db/database';
import type { Rank } from '../domain/ranks';
import { rankGroups, type Group } from '../graph/ranking';
import { ConflictError, NotFoundError } from '../errors';
import { audited, UNCHANGED, type Actor, type Change } from './change';
import { lockRelation, rankRelation } from './curation.repository';
import { curatedWrite } from './one-at-a-time';

/** Marks which statements of a group answer, in the caller's transaction (graph/ranking.ts). */
export function rankGroup(tx: Tx, group: Group): Promise<void> {
  return rankGroups(tx, [group]);
}

/**
 * Sets a statement's rank and why (a deprecated statement says why it is deprecated). One
 * transaction: the statement's lock, its rank, its group's flags, the audit entry. The same rank
 * and reason again changes nothing.
 */
export function rankStatement(
  db: Database,
  actor: Actor,
  id: string,
  rank: Rank,
  reason: string,
): Promise<Change> {
  return curatedWrite(db, async (tx) => {
    const existing = await lockRelation(tx, id, actor.requestId);
    if (!existing) throw new NotFoundError(`No relation has the id "${id}"`);
    if (existing.props.retractedAt) throw new ConflictError(`Relation "${id}" has been retracted`);
    const stored = rank === 'NORMAL' ? null : rank;
    if ((existing.props.rank ?? null) === stored && existing.props.rankReason === reason)
      return { ...UNCHANGED(existing.props), relation: existing };
    const after = await rankRelation(tx, { id, rank: stored, reason, actor: actor.principal.name });
    await rankGroup(tx, existing);
    const audit = await audited(tx, actor, {
      action: 'STATEMENT_RANKED',
      targetId: id,
      targetType: 'RELATION',
      before: existing.props,
      after,
      citationId: null,
      reason,
    });
    return { changed: true, props: after, audit, relation: existing };
  });
}
