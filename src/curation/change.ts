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

export function audited(
  tx: Tx,
  actor: Actor,
  action: AuditAction,
  targetId: string,
  targetType: 'ENTITY' | 'RELATION',
  before: Row | null,
  after: Row | null,
  citationId: string,
  reason: string | null = null,
): Promise<Row> {
  return writeAudit(tx, {
    id: randomUUID(),
    actor: actor.principal.name,
    role: actor.principal.role,
    action,
    targetId,
    targetType,
    before: before ? JSON.stringify(before) : null,
    after: after ? JSON.stringify(after) : null,
    reason,
    citationId,
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
