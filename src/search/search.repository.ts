import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import type { EntityKind } from '../domain/kinds';

export interface SearchRow {
  props: Row;
  score: number;
  hows: string[];
}

export async function searchNames(
  db: Database,
  queries: { exact: string | null; arabic: string | null; english: string | null },
  kinds: EntityKind[] | null,
  limit: number,
): Promise<SearchRow[]> {
  const rows = await db.read(cypher('search/names'), { ...queries, kinds, limit });
  return rows.map((row) => ({
    props: row.props as Row,
    score: row.score as number,
    hows: row.hows as string[],
  }));
}
