import type { Database } from '../db/database';
import type { EntityData } from '../domain/fact-data';
import { entityProps } from '../graph/records';
import { attributeSpec } from '../domain/attributes';
import { KIND_LABELS, type EntityKind } from '../domain/kinds';
import { BadUserInputError, ConflictError } from '../errors';
import { Language } from '../graphql/enums';
import { audited, checkPrecision, same, UNCHANGED, type Actor, type Change } from './change';
import { resolveCitation } from './citation';
import { lockEntity, writeEntity } from './curation.repository';
import type { CitationInput, EntityInput } from './curation.types';

/** Fields a curator edits on an entity; the rest of the stored properties are derived or kept. */
const ENTITY_FIELDS = [
  'nameAr',
  'nameEn',
  'descriptionAr',
  'descriptionEn',
  'aliasTexts',
  'aliasLangs',
  'aliasKinds',
  'date',
];

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
  return db.writeTransaction(async (tx) => {
    const data = entityData(input);
    const next = entityProps(data);
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
    })),
    attributes,
    citations: [],
  };
}
