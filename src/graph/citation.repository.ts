import type { Database } from '../db/database';
import { cypher } from '../db/queries';
import { BEYOND, type QuoteWindow } from './citation.context';

export interface QuoteWindowRequest {
  id: string;
  /** Code points wanted on each side of the quote. */
  chars: number;
}

/**
 * The text around each citation's quote, in one round trip: for each request, the quote with
 * chars + BEYOND code points on each side (fewer at the edges of the text); null for a citation
 * that quotes no source (a curator's note) or does not exist.
 */
export async function quoteWindows(
  db: Database,
  requests: readonly QuoteWindowRequest[],
): Promise<Array<QuoteWindow | null>> {
  const rows = await db.read(cypher('graph/quote-windows'), {
    requests: requests.map((request, key) => ({ key, id: request.id, reach: request.chars + BEYOND })),
  });
  const byKey = new Map(rows.map((row) => [row.key as number, row]));
  return requests.map((_, key) => {
    const row = byKey.get(key);
    if (!row) return null;
    return {
      from: row.from as number,
      text: row.text as string,
      start: row.start as number,
      end: row.end as number,
    };
  });
}
