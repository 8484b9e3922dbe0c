import type { Database, Row } from '../db/database';
import type { EntityData } from '../domain/fact-data';
import { entityProps } from '../graph/records';
import { attributeSpec } from '../domain/attributes';
import { KIND_LABELS, type EntityKind } from '../domain/kinds';
import { BadUserInputError, ConflictError } from '../errors';
import { Language } from '../graphql/enums';
import { audited, checkPrecision, same, UNCHANGED, type Actor, type Change } from './change';
import { resolveCitation } from './citation';
import { claimId } from './id-claim';
import { lockEntity, writeEntity } from './curation.repository';
import type { CitationInput, EntityInput } from './curation.types';
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
    const data = entityData(input);
    const next = entityProps(data);
    await claimId(tx, input.id, 'ENTITY', actor.requestId);
    const { created, props: before } = await lockEntity(tx, {
      id: input.id,
      kind: input.kind,
      actor: actor.principal.name,
      requestId: actor.requestId,
    });
    if (!created && before.kind !== input.kind) {
      throw new ConflictError(
        `Entity "${input.id}" is a ${before.kind}; its kind cannot change to ${input.kind}`,
      );
    }
    if (!created) keepAliasOrigins(before, next);
    if (!created && ENTITY_FIELDS.every((field) => same(before[field], next[field])))
      return UNCHANGED(before);
    const cited = await resolveCitation(tx, citation, actor.principal.name);
    if (input.date && cited.quote) checkPrecision('entity.date', input.date, cited.quote);
    const after = await writeEntity(tx, {
      id: input.id,
      props: next,
      label: KIND_LABELS[input.kind],
      citationId: cited.id,
      actor: actor.principal.name,
    });
    const audit = await audited(
      tx,
      actor,
      created ? 'ENTITY_CREATED' : 'ENTITY_CORRECTED',
      input.id,
      'ENTITY',
      created ? null : before,
      after,
      cited.id,
    );
    return { changed: true, props: after, audit };
  });
}

function entityData(input: EntityInput): EntityData {
  const attributes =
    input.date && attributeSpec('date').kinds.includes(input.kind) ? { date: input.date.text } : undefined;
  if (input.date && !attributes)
    throw new BadUserInputError(`entity.date: a ${input.kind} has no date`, 'entity.date');
  return {
    id: input.id,
    kind: input.kind as EntityKind,
    names: input.names,
    description: input.description,
    aliases: (input.aliases ?? []).map((alias) => ({
      text: alias.text,
      lang: alias.lang === Language.AR ? 'ar' : 'en',
      kind: alias.kind,
      attestation: 'CURATOR',
    })),
    attributes,
    citations: [],
  };
}
