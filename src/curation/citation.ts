import { createHash } from 'node:crypto';
import type { Row, Tx } from '../db/database';
import { BadUserInputError } from '../errors';
import type { CitationInput } from './curation.types';
import { createCitation, readSource } from './curation.repository';

export interface ResolvedCitation {
  id: string;
  /** The verbatim quote, when the citation quotes a source; checked against its dates. */
  quote: string | null;
}

/**
 * Makes the citation a curated fact rests on: a quote checked verbatim against the stored source
 * (at the offsets given, or at its only occurrence), or a curator's note. Same input, same id:
 * a retried request does not duplicate it.
 */
export async function resolveCitation(
  tx: Tx,
  input: CitationInput,
  actor: string,
): Promise<ResolvedCitation> {
  const quoting = input.sourceId !== undefined || input.quote !== undefined;
  if (quoting === (input.note !== undefined)) {
    throw new BadUserInputError(
      "citation: give either sourceId and quote (a verbatim quote of a source) or note (a curator's note), not both or neither",
      'citation',
    );
  }
  if (input.note !== undefined) {
    const id = `note:${createHash('sha256').update(`${actor}\n${input.note}`).digest('hex').slice(0, 24)}`;
    await createCitation(tx, id, null, {
      note: input.note,
      curator: actor,
      addedAt: new Date().toISOString(),
    });
    return { id, quote: null };
  }
  if (!input.sourceId || !input.quote) {
    throw new BadUserInputError('citation: a quote needs both sourceId and quote', 'citation');
  }
  const source = await readSource(tx, input.sourceId);
  if (!source)
    throw new BadUserInputError(`citation: unknown source "${input.sourceId}"`, 'citation.sourceId');
  const text = Array.from(String(source.text));
  const quote = Array.from(input.quote);
  const at = (start: number) => text.slice(start, start + quote.length).join('') === input.quote;
  let start = input.start;
  if (start === undefined) {
    const found: number[] = [];
    for (let i = 0; i + quote.length <= text.length && found.length < 2; i++) if (at(i)) found.push(i);
    if (found.length !== 1) {
      throw new BadUserInputError(
        found.length === 0
          ? `citation: the quote is not in source "${input.sourceId}"`
          : `citation: the quote occurs more than once in source "${input.sourceId}"; give its start offset`,
        'citation.quote',
      );
    }
    start = found[0];
  } else if (!at(start)) {
    throw new BadUserInputError(
      `citation: the quote is not at offset ${start} of source "${input.sourceId}"`,
      'citation.start',
    );
  }
  const end = start + quote.length;
  const id = `${input.sourceId}@${start}-${end}`;
  const props: Row = { sourceId: input.sourceId, quote: input.quote, start, end, curator: actor };
  await createCitation(tx, id, input.sourceId, props);
  return { id, quote: input.quote };
}
