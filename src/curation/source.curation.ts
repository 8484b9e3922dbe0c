import { createHash } from 'node:crypto';
import type { Database, Row } from '../db/database';
import { firstDay, lastDay } from '../domain/partial-date';
import { MAX_SOURCE_CODE_POINTS, normaliseSourceText } from '../domain/source-text';
import { BadUserInputError, ConflictError } from '../errors';
import { audited, UNCHANGED, type Actor, type Change } from './change';
import { createSource, readSource, sourceWithText } from './curation.repository';
import type { SourceInput } from './source.types';
import { claimId } from './id-claim';
import { curatedWrite } from './one-at-a-time';

/**
 * Adds a source document: its text kept verbatim in the form every source is kept in (NFC, LF
 * line breaks, no byte-order mark: domain/source-text.ts), with its SHA-256 and length in code
 * points, and what the curator says of it. One transaction, audited. The same request again
 * changes nothing; the same text under another id is refused, naming the source that holds it.
 */
export function addSource(db: Database, actor: Actor, input: SourceInput): Promise<Change> {
  return curatedWrite(db, async (tx) => {
    const text = normaliseSourceText(input.text);
    const length = Array.from(text).length;
    if (length > MAX_SOURCE_CODE_POINTS) {
      throw new BadUserInputError(
        `source.text: ${length} code points; a source holds at most ${MAX_SOURCE_CODE_POINTS}`,
        'source.text',
      );
    }
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    await claimId(tx, input.id, 'SOURCE', actor.requestId);
    const holder = await sourceWithText(tx, sha256);
    if (holder === input.id) return UNCHANGED(await readSource(tx, input.id));
    if (holder) throw new ConflictError(`The graph already holds this text, as source "${holder}"`);
    const props: Row = {
      id: input.id,
      kind: input.kind,
      language: input.language,
      text,
      sha256,
      length,
      titleAr: input.title.ar,
      titleEn: input.title.en,
      publisherAr: input.publisher.ar,
      publisherEn: input.publisher.en,
      coversAr: input.covers.ar,
      coversEn: input.covers.en,
      ...(input.url ? { url: input.url } : {}),
      ...(input.retrievedAt ? { retrievedAt: input.retrievedAt } : {}),
      ...(input.publishedOn
        ? {
            publishedOn: input.publishedOn.text,
            publishedOnStart: firstDay(input.publishedOn),
            publishedOnEnd: lastDay(input.publishedOn),
          }
        : {}),
    };
    if (await readSource(tx, input.id))
      throw new ConflictError(`Source "${input.id}" already exists and holds another text`);
    const after = await createSource(tx, { props, actor: actor.principal.name });
    // The audit trail keeps what was said of the text, not the text: the source holds it.
    const recorded = { ...after };
    delete recorded.text;
    const audit = await audited(tx, actor, {
      action: 'SOURCE_ADDED',
      targetId: input.id,
      targetType: 'SOURCE',
      before: null,
      after: recorded,
      citationId: null,
    });
    return { changed: true, props: after, audit };
  });
}
