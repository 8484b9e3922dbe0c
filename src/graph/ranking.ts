import type { Tx } from '../db/database';
import { cypher } from '../db/queries';
import { outranked, type Rank } from '../domain/ranks';

/** A group of statements: the relations of one type between the same two entities. */
export interface Group {
  type: string;
  from: string;
  to: string;
}

/**
 * Marks, in the caller's transaction, which statements of the groups answer (Wikidata's rule,
 * domain/ranks.ts), so that a read tests one stored flag: wherever a rank or a group changes
 * (a rank set, a statement added or retracted by a curator, relations the dataset loader wrote).
 * Two statements, whatever the number of groups.
 */
export async function rankGroups(tx: Tx, groups: readonly Group[]): Promise<void> {
  if (groups.length === 0) return;
  const keyed = [...new Map(groups.map((g) => [`${g.type}|${g.from}|${g.to}`, g])).values()].map(
    (g, key) => ({
      ...g,
      key,
    }),
  );
  const rows = await tx.run(cypher('graph/rank-groups'), { groups: keyed });
  const members = new Map<number, Array<{ id: string; rank: Rank }>>();
  for (const row of rows) {
    const key = Number(row.key);
    members.set(key, [...(members.get(key) ?? []), { id: row.id as string, rank: row.rank as Rank }]);
  }
  await tx.run(cypher('graph/set-outranked'), {
    groups: keyed.map((g) => ({ ...g, outranked: [...outranked(members.get(g.key) ?? [])] })),
  });
}
