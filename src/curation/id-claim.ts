import type { Tx } from '../db/database';
import { ConflictError } from '../errors';
import { idUses, type IdKind } from './curation.repository';

const NAMED: Record<IdKind, string> = { ENTITY: 'an entity', RELATION: 'a relation', SOURCE: 'a source' };

/**
 * Refuses an id that already names another kind of thing: ids are globally unique, so that
 * Query.node finds anything by its id alone. (A citation id, "source@start-end" or "note:…", is
 * never a slug, which entity and relation ids must be.) The check takes the curation lock for
 * the rest of the transaction, so that no concurrent curation can give the id away meanwhile.
 */
export async function claimId(tx: Tx, id: string, kind: IdKind, requestId: string): Promise<void> {
  const other = (await idUses(tx, id, requestId)).find((used) => used !== kind);
  if (other) {
    throw new ConflictError(
      `Id "${id}" already names ${NAMED[other]}; an id names one thing only (entity, relation, citation or ` +
        `source), so ${NAMED[kind]} needs another id`,
    );
  }
}
