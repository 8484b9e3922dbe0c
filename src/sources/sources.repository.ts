import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';

/** The only code that names the cypher/sources/ queries. */

export async function sourcesPage(
  db: Database,
  after: string | null,
  limit: number,
): Promise<{ total: number; page: Row[] }> {
  const [row] = await db.read(cypher('sources/page'), { after: after ?? '', limit });
  return { total: Number(row.total), page: row.page as Row[] };
}

/** One citation of a source, with the live entities it cites and the relations it states. */
export interface SupportRow {
  citation: Row;
  entities: Row[];
  relations: Array<{ type: string; from: string; to: string; props: Row; other: Row }>;
}

export async function supportsPage(
  db: Database,
  id: string,
  after: { start: number; id: string } | null,
  limit: number,
  counted: boolean,
): Promise<{ total: number | null; page: SupportRow[] }> {
  const [row] = await db.read(cypher('sources/supports'), {
    id,
    afterStart: after?.start ?? null,
    afterId: after?.id ?? null,
    limit,
    counted,
  });
  return { total: row.total === null ? null : Number(row.total), page: row.page as SupportRow[] };
}
