import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/auth';
import type { Row, Tx } from '../db/database';
import { firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import { unsupportedPrecision } from '../domain/date-mentions';
import { BadUserInputError } from '../errors';
import { writeAudit } from './curation.repository';
import type { AuditAction } from './curation.types';

/** Who is changing the graph, for locks and the audit trail. */
export interface Actor {
  principal: Principal;
  requestId: string;
}

export interface Change {
  changed: boolean;
  props: Row | null;
  audit: Row | null;
  /** For a relation: its type and ends, to show it. */
  relation?: { type: string; from: string; to: string };
}

export const UNCHANGED = (props: Row | null): Change => ({ changed: false, props, audit: null });

/** What an audit entry says: what was done, to what, before and after, on which citation, why. */
export interface Audited {
  action: AuditAction;
  targetId: string;
  targetType: 'ENTITY' | 'RELATION' | 'SOURCE';
  before: Row | null;
  after: Row | null;
  citationId: string | null;
  reason?: string | null;
  proposalId?: string | null;
}

export function audited(tx: Tx, actor: Actor, entry: Audited): Promise<Row> {
  return writeAudit(tx, {
    id: randomUUID(),
    actor: actor.principal.name,
    role: actor.principal.role,
    action: entry.action,
    targetId: entry.targetId,
    targetType: entry.targetType,
    before: entry.before ? JSON.stringify(entry.before) : null,
    after: entry.after ? JSON.stringify(entry.after) : null,
    reason: entry.reason ?? null,
    citationId: entry.citationId,
    proposalId: entry.proposalId ?? null,
    requestId: actor.requestId,
  });
}

export function checkPrecision(argument: string, date: PartialDate, quote: string): void {
  const reason = unsupportedPrecision(date, quote);
  if (reason)
    throw new BadUserInputError(
      `${argument}: "${date.text}" is more precise than the quote (${reason})`,
      argument,
    );
}

export function checkOrder(start: PartialDate | null | undefined, end: PartialDate | null | undefined): void {
  if (start && end && lastDay(end) < firstDay(start)) {
    throw new BadUserInputError(
      `inOfficeUntil: ${end.text} is before the start ${start.text}`,
      'inOfficeUntil',
    );
  }
}

export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
