import type { Database, Row, Tx } from '../db/database';
import type { EntityData } from '../domain/fact-data';
import { entityProps } from '../graph/records';
import { attributeSpec } from '../domain/attributes';
import { KIND_LABELS, type EntityKind } from '../domain/kinds';
import { BadUserInputError, ConflictError } from '../errors';
import { Language } from '../graphql/enums';
import { audited, checkPrecision, same, UNCHANGED, type Actor, type Change } from './change';
import { locateCitation, storeCitation, type LocatedCitation } from './citation';
import { claimId } from './id-claim';
import { lockEntity, writeEntity } from './curation.repository';
import { distinctAliases, type CitationInput, type EntityInput } from './curation.types';
import { curatedWrite } from './one-at-a-time';

/** Fields a curator edits on an entity; the rest of the stored properties are derived or kept. */
const ENTITY_FIELDS = [
  'nameAr',
  'nameEn',
  'descriptionAr',
  'descriptionEn',
  'aliasTexts',
  'aliasLangs',
  'aliasKinds',
  'aliasAttestations',
  'aliasCuratorNotesAr',
  'aliasCuratorNotesEn',
  'date',
];
const ALIAS_ORIGIN = ['aliasAttestations', 'aliasCitationIds', 'aliasCuratorNotesAr', 'aliasCuratorNotesEn'];

/**
 * An alias a curator adds through the API is the curator's; one the correction keeps (same text
 * and language) keeps its attestation, citation and note, so that re-sending the aliases of a
 * dataset entity does not turn the source's names into the curator's.
 */
function keepAliasOrigins(before: Row, next: Row): void {
  const texts = (before.aliasTexts as string[] | undefined) ?? [];
  const langs = (before.aliasLangs as string[] | undefined) ?? [];
  (next.aliasTexts as string[]).forEach((text, i) => {
    const kept = texts.findIndex((t, j) => t === text && langs[j] === (next.aliasLangs as string[])[i]);
    if (kept < 0) return;
    for (const name of ALIAS_ORIGIN) {
      const stored = before[name] as string[] | undefined;
      if (stored?.[kept] !== undefined) (next[name] as string[])[i] = stored[kept];
    }
  });
}

/**
 * Adds an entity or corrects one. One transaction: lock (or create), compare, write, cite,
 * audit. Retrying the same request finds nothing to change and writes nothing.
 */
export function saveEntity(
  db: Database,
  actor: Actor,
  input: EntityInput,
  citation: CitationInput,
): Promise<Change> {
  return curatedWrite(db, async (tx) => {
    const applied = await applyEntity(tx, actor, input, () => locateCitation(tx, citation));
    if (!applied.changed) return UNCHANGED(applied.props);
    const audit = await audited(tx, actor, {
      action: applied.created ? 'ENTITY_CREATED' : 'ENTITY_CORRECTED',
      targetId: input.id,
      targetType: 'ENTITY',
      before: applied.before,
      after: applied.props,
      citationId: applied.citationId,
    });
    return { changed: true, props: applied.props, audit };
  });
}

/** An entity write, done: what it was before (null when created), what it is, on what citation. */
export interface AppliedEntity {
  changed: boolean;
  created: boolean;
  before: Row | null;
  props: Row;
  citationId: string | null;
}

/**
 * Writes an entity as the input has it, in the caller's transaction, unaudited: saveEntity, and
 * the acceptance of a proposed entity (which audits the acceptance instead). `cite` locates the
 * citation only when there is something to write; `citedBy` is who cited it (the proposer of an
 * accepted proposal).
 */
export async function applyEntity(
  tx: Tx,
  actor: Actor,
  input: EntityInput,
  cite: () => Promise<LocatedCitation>,
  citedBy: string = actor.principal.name,
): Promise<AppliedEntity> {
  const next = entityProps(entityData(input));
  await claimId(tx, input.id, 'ENTITY', actor.requestId);
  const { created, props: before } = await lockEntity(tx, {
    id: input.id,
    kind: input.kind,
    actor: citedBy,
    requestId: actor.requestId,
  });
  checkKind(input, created ? null : before);
  if (!created) keepAliasOrigins(before, next);
  if (!created && ENTITY_FIELDS.every((field) => same(before[field], next[field])))
    return { changed: false, created, before, props: before, citationId: null };
  const cited = await storeCitation(tx, await cite(), citedBy);
  if (input.date && cited.quote) checkPrecision('entity.date', input.date, cited.quote);
  const after = await writeEntity(tx, {
    id: input.id,
    props: next,
    label: KIND_LABELS[input.kind],
    citationId: cited.id,
    actor: actor.principal.name,
  });
  return { changed: true, created, before: created ? null : before, props: after, citationId: cited.id };
}

/** An existing entity keeps its kind. */
export function checkKind(input: EntityInput, existing: Row | null | undefined): void {
  if (existing && existing.kind !== input.kind) {
    throw new ConflictError(
      `Entity "${input.id}" is a ${existing.kind}; its kind cannot change to ${input.kind}`,
    );
  }
}

/**
 * Checks an entity as a proposal offers it, before anything is stored: its date fits its kind,
 * an existing entity keeps its kind, and the date is no more precise than the quote.
 */
export function checkProposedEntity(
  input: EntityInput,
  existing: Row | null | undefined,
  quote: string | null,
): void {
  entityData(input);
  checkKind(input, existing);
  if (input.date && quote) checkPrecision('entity.date', input.date, quote);
}

export function entityData(input: EntityInput): EntityData {
  const attributes =
    input.date && attributeSpec('date').kinds.includes(input.kind) ? { date: input.date.text } : undefined;
  if (input.date && !attributes)
    throw new BadUserInputError(`entity.date: a ${input.kind} has no date`, 'entity.date');
  return {
    id: input.id,
    kind: input.kind as EntityKind,
    names: input.names,
    description: input.description,
    aliases: distinctAliases(input.aliases).map((alias) => ({
      text: alias.text,
      lang: alias.lang === Language.AR ? 'ar' : 'en',
      kind: alias.kind,
      attestation: 'CURATOR',
    })),
    attributes,
    citations: [],
  };
}
