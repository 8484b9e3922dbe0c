import type { Database, Row, Tx } from '../db/database';
import { firstDay, lastDay, parsePartialDate, type PartialDate } from '../domain/partial-date';
import type { RelationData } from '../domain/fact-data';
import { asOfProps, factDateProps, relationProps } from '../graph/records';
import type { EntityKind } from '../domain/kinds';
import { joinProblem } from '../domain/relation-types';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import { audited, checkOrder, checkPrecision, same, UNCHANGED, type Actor, type Change } from './change';
import { locateCitation, resolveCitation, storeCitation, type LocatedCitation } from './citation';
import { claimId } from './id-claim';
import {
  createRelation,
  lockRelation,
  lockRelationStart,
  readEntities,
  retractEntity,
  updateRelation,
  type StoredRelation,
} from './curation.repository';
import type { CitationInput, RelationInput } from './curation.types';
import { curatedWrite } from './one-at-a-time';
import { rankGroup } from './rank.curation';

/** Adds a relation between two existing entities; an identical one already there is not a change. */
export function addRelation(
  db: Database,
  actor: Actor,
  input: RelationInput,
  citation: CitationInput,
): Promise<Change> {
  return curatedWrite(db, async (tx) => {
    const checked = await checkRelation(tx, input);
    const applied = await applyRelation(tx, actor, checked, () => locateCitation(tx, citation));
    if (!applied.changed) return applied;
    const audit = await audited(tx, actor, {
      action: 'RELATION_ADDED',
      targetId: checked.id,
      targetType: 'RELATION',
      before: null,
      after: applied.props,
      citationId: applied.citationId,
    });
    return { ...applied, audit };
  });
}

/** A relation input, checked against the graph: its id and the properties it would be stored with. */
export interface CheckedRelation {
  id: string;
  input: RelationInput;
  props: Row;
}

/**
 * Checks a relation against the graph as it stands, before anything is written: both ends are
 * entities its type joins, the role is an entity, the dates are in order. addRelation and
 * proposeRelation check alike, and accepting a proposal checks again (an end may be gone).
 */
export async function checkRelation(tx: Tx, input: RelationInput): Promise<CheckedRelation> {
  const ends = await readEntities(tx, [input.from, input.to, ...(input.role ? [input.role] : [])]);
  for (const [end, id] of [
    ['from', input.from],
    ['to', input.to],
  ] as const) {
    const entity = ends.get(id);
    if (!entity) throw new BadUserInputError(`relation.${end}: unknown entity "${id}"`, `relation.${end}`);
    const problem = joinProblem(input.type, end, entity.kind as EntityKind, id);
    if (problem) throw new BadUserInputError(`relation.${end}: ${problem}`, `relation.${end}`);
  }
  if (input.role && !ends.has(input.role))
    throw new BadUserInputError(`relation.role: unknown entity "${input.role}"`, 'relation.role');
  checkOrder(input.inOfficeFrom ?? input.appointedOn, input.inOfficeUntil);
  const id = input.id ?? `${input.from}-${input.type.toLowerCase().replace(/_/g, '-')}-${input.to}`;
  return { id, input, props: relationProps(relationData(id, input)) };
}

/** Dates no more precise than the quote they rest on. */
export function checkRelationPrecision(input: RelationInput, quote: string | null): void {
  if (!quote) return;
  for (const [name, date] of Object.entries({
    date: input.date,
    appointedOn: input.appointedOn,
    inOfficeFrom: input.inOfficeFrom,
    inOfficeUntil: input.inOfficeUntil,
    attestedOn: input.attestedOn,
  })) {
    if (date) checkPrecision(`relation.${name}`, date, quote);
  }
}

/** A relation write, done, unaudited: the change, and the citation it rests on (null if unchanged). */
export type AppliedRelation = Change & { citationId: string | null };

/**
 * Creates a checked relation in the caller's transaction, unaudited: addRelation, and the
 * acceptance of a proposed statement (which audits the acceptance instead, and gives its rank).
 * An identical relation already there is not a change. `citedBy` is who cited it.
 */
export async function applyRelation(
  tx: Tx,
  actor: Actor,
  { id, input, props }: CheckedRelation,
  cite: () => Promise<LocatedCitation>,
  citedBy: string = actor.principal.name,
  ranked: Row = {},
): Promise<AppliedRelation> {
  await claimId(tx, id, 'RELATION', actor.requestId);
  // Concurrent identical requests queue here, so that each sees what the one before it made.
  await lockRelationStart(tx, input.from, actor.requestId);
  const existing = await lockRelation(tx, id, actor.requestId);
  const relation = { type: input.type, from: input.from, to: input.to };
  if (existing) {
    if (
      existing.type === input.type &&
      existing.from === input.from &&
      existing.to === input.to &&
      sameQualifiers(existing.props, props)
    ) {
      return { ...UNCHANGED(existing.props), relation: existing, citationId: null };
    }
    throw new ConflictError(
      `Relation "${id}" already exists and says something else; end or retract it instead`,
    );
  }
  const cited = await storeCitation(tx, await cite(), citedBy);
  checkRelationPrecision(input, cited.quote);
  const { created, props: after } = await createRelation(tx, {
    id,
    type: input.type,
    from: input.from,
    to: input.to,
    // A fact resting on a curator's note, not on a quote, is the curator's knowledge.
    props: { ...(cited.quote ? props : { ...props, attestation: 'CURATOR' }), ...ranked },
    actor: citedBy,
    citationId: cited.id,
  });
  if (!created) return { ...UNCHANGED(after), relation, citationId: null };
  // A statement joining a group where another is preferred does not answer: the group's flags follow.
  await rankGroup(tx, relation);
  return { changed: true, props: after, audit: null, relation, citationId: cited.id };
}

/** Ends a relation at a date (a tenure's end of office). */
export function endRelation(
  db: Database,
  actor: Actor,
  id: string,
  until: PartialDate,
  citation: CitationInput,
): Promise<Change> {
  return curatedWrite(db, async (tx) => {
    const existing = await requireRelation(tx, id, actor);
    if (existing.props.inOfficeUntil === until.text)
      return { ...UNCHANGED(existing.props), relation: existing };
    checkOrder(
      dateOf(existing.props.inOfficeFrom ?? existing.props.appointedOn ?? existing.props.date),
      until,
    );
    const cited = await resolveCitation(tx, citation, actor.principal.name);
    if (cited.quote) checkPrecision('inOfficeUntil', until, cited.quote);
    const ended = {
      inOfficeUntil: until.text,
      inOfficeUntilStart: firstDay(until),
      inOfficeUntilEnd: lastDay(until),
    };
    const after = await updateRelation(tx, {
      id,
      // When it holds "as of" a date moves with its end.
      changes: {
        ...ended,
        ...asOfProps(existing.type, { ...existing.props, ...ended }),
        ...factDateProps({ ...existing.props, ...ended }),
      },
      actor: actor.principal.name,
      citationId: cited.id,
    });
    const audit = await audited(tx, actor, {
      action: 'RELATION_ENDED',
      targetId: id,
      targetType: 'RELATION',
      before: existing.props,
      after,
      citationId: cited.id,
    });
    return { changed: true, props: after, audit, relation: existing };
  });
}

/**
 * Retracts a relation or an entity: it disappears from every read and stays in the audit trail.
 * Retracting what is already retracted changes nothing.
 */
export function retractFact(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
  citation: CitationInput,
): Promise<Change> {
  return curatedWrite(db, async (tx) => {
    const relation = await lockRelation(tx, id, actor.requestId);
    if (relation) {
      if (relation.props.retractedAt) return UNCHANGED(null);
      const cited = await resolveCitation(tx, citation, actor.principal.name);
      const after = await updateRelation(tx, {
        id,
        changes: {
          retractedAt: new Date().toISOString(),
          retractedBy: actor.principal.name,
          retractionReason: reason,
        },
        actor: actor.principal.name,
        citationId: cited.id,
      });
      // The statements of its group that it outranked answer again.
      await rankGroup(tx, relation);
      const audit = await audited(tx, actor, {
        action: 'FACT_RETRACTED',
        targetId: id,
        targetType: 'RELATION',
        before: relation.props,
        after,
        citationId: cited.id,
        reason,
      });
      return { changed: true, props: null, audit, relation };
    }
    const [entity] = (await readEntities(tx, [id])).values();
    if (!entity)
      throw new NotFoundError(`No entity or relation has the id "${id}" (or it is already retracted)`);
    const cited = await resolveCitation(tx, citation, actor.principal.name);
    const after = await retractEntity(tx, { id, actor: actor.principal.name, reason, citationId: cited.id });
    const audit = await audited(tx, actor, {
      action: 'FACT_RETRACTED',
      targetId: id,
      targetType: 'ENTITY',
      before: entity,
      after,
      citationId: cited.id,
      reason,
    });
    return { changed: true, props: null, audit };
  });
}

async function requireRelation(tx: Tx, id: string, actor: Actor): Promise<StoredRelation> {
  const existing = await lockRelation(tx, id, actor.requestId);
  if (!existing) throw new NotFoundError(`No relation has the id "${id}"`);
  if (existing.props.retractedAt) throw new ConflictError(`Relation "${id}" has been retracted`);
  return existing;
}

export function relationData(id: string, input: RelationInput): RelationData {
  return {
    id,
    type: input.type,
    from: input.from,
    to: input.to,
    citations: [],
    qualifiers: {
      ...(input.date ? { date: input.date.text } : {}),
      ...(input.appointedOn ? { appointedOn: input.appointedOn.text } : {}),
      ...(input.inOfficeFrom ? { inOfficeFrom: input.inOfficeFrom.text } : {}),
      ...(input.inOfficeUntil ? { inOfficeUntil: input.inOfficeUntil.text } : {}),
      ...(input.attestedOn ? { attestedOn: input.attestedOn.text } : {}),
      ...(input.former !== undefined ? { former: input.former } : {}),
      ...(input.role ? { role: input.role } : {}),
      ...(input.note ? { note: input.note } : {}),
    },
  };
}

function dateOf(value: unknown): PartialDate | null {
  return typeof value === 'string' ? parsePartialDate(value) : null;
}

const QUALIFIER_KEYS = [
  'date',
  'appointedOn',
  'inOfficeFrom',
  'inOfficeUntil',
  'attestedOn',
  'former',
  'roleId',
  'noteAr',
  'noteEn',
];

function sameQualifiers(stored: Row, next: Row): boolean {
  return QUALIFIER_KEYS.every((key) => same(stored[key], next[key]));
}
