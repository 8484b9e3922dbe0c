import { createHash } from 'node:crypto';
import type { Row, Tx } from '../db/database';
import { quoteOffsets } from '../domain/source-text';
import { BadUserInputError } from '../errors';
import type { CitationInput } from './curation.types';
import { createCitation, readSource } from './curation.repository';

export interface ResolvedCitation {
  id: string;
  /** The verbatim quote, when the citation quotes a source; checked against its dates. */
  quote: string | null;
}

/**
 * A citation found in its source but not stored yet: what a proposal keeps until a reviewer
 * accepts it (a quote of a pending proposal is no citation of the graph: search never finds it).
 */
export type LocatedCitation =
  | { sourceId: string; quote: string; start: number; end: number; note?: undefined }
  | { note: string; sourceId?: undefined; quote?: undefined };

/**
 * Finds where a citation's quote stands in its source: at the offset given, at the occurrence
 * given (the first is 1), or at its only occurrence. A quote the source does not hold, or holds
 * more than once when neither is given, is refused, saying which and how many times.
 */
export async function locateCitation(tx: Tx, input: CitationInput): Promise<LocatedCitation> {
  const quoting = input.sourceId !== undefined || input.quote !== undefined;
  if (quoting === (input.note !== undefined)) {
    throw new BadUserInputError(
      "citation: give either sourceId and quote (a verbatim quote of a source) or note (a curator's note), not both or neither",
      'citation',
    );
  }
  if (input.note !== undefined) return { note: input.note };
  if (!input.sourceId || !input.quote) {
    throw new BadUserInputError('citation: a quote needs both sourceId and quote', 'citation');
  }
  if (input.start !== undefined && input.occurrence !== undefined) {
    throw new BadUserInputError(
      'citation: give the quote with its start offset or its occurrence, not both',
      'citation.occurrence',
    );
  }
  const source = await readSource(tx, input.sourceId);
  if (!source)
    throw new BadUserInputError(`citation: unknown source "${input.sourceId}"`, 'citation.sourceId');
  const text = String(source.text);
  const length = Array.from(input.quote).length;
  const where = `source "${input.sourceId}"`;
  if (input.start !== undefined) {
    if (
      Array.from(text)
        .slice(input.start, input.start + length)
        .join('') !== input.quote
    ) {
      throw new BadUserInputError(
        `citation: the quote is not at offset ${input.start} of ${where}`,
        'citation.start',
      );
    }
    return located(input.sourceId, input.quote, input.start, length);
  }
  const found = quoteOffsets(text, input.quote);
  if (found.length === 0)
    throw new BadUserInputError(`citation: the quote is not in ${where}`, 'citation.quote');
  if (input.occurrence !== undefined) {
    if (input.occurrence > found.length) {
      throw new BadUserInputError(
        `citation: the quote occurs ${times(found.length)} in ${where}; occurrence ${input.occurrence} is past the last`,
        'citation.occurrence',
      );
    }
    return located(input.sourceId, input.quote, found[input.occurrence - 1], length);
  }
  if (found.length > 1) {
    throw new BadUserInputError(
      `citation: the quote occurs ${times(found.length)} in ${where} (at offsets ${found.slice(0, 5).join(', ')}` +
        `${found.length > 5 ? ', …' : ''}); give its occurrence (1 to ${found.length}) or its start offset`,
      'citation.quote',
    );
  }
  return located(input.sourceId, input.quote, found[0], length);
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

function located(sourceId: string, quote: string, start: number, length: number): LocatedCitation {
  return { sourceId, quote, start, end: start + length };
}

/**
 * Stores a located citation as the graph's citation (a quote of a stored source, or a curator's
 * note). Same input, same id: a retried request does not duplicate it.
 */
export async function storeCitation(
  tx: Tx,
  citation: LocatedCitation,
  actor: string,
): Promise<ResolvedCitation> {
  if (citation.note !== undefined) {
    const id = `note:${createHash('sha256').update(`${actor}\n${citation.note}`).digest('hex').slice(0, 24)}`;
    await createCitation(tx, id, null, {
      note: citation.note,
      curator: actor,
      addedAt: new Date().toISOString(),
    });
    return { id, quote: null };
  }
  const { sourceId, quote, start, end } = citation;
  const id = `${sourceId}@${start}-${end}`;
  const props: Row = { sourceId, quote, start, end, curator: actor };
  await createCitation(tx, id, sourceId, props);
  return { id, quote };
}

/** Makes the citation a curated fact rests on: located in its source, then stored. */
export async function resolveCitation(
  tx: Tx,
  input: CitationInput,
  actor: string,
): Promise<ResolvedCitation> {
  return storeCitation(tx, await locateCitation(tx, input), actor);
}
