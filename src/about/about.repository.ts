import type { Database } from '../db/database';
import { cypher } from '../db/queries';
import type { About } from './about.type';

export async function readAbout(db: Database): Promise<About> {
  const [[component], [counts]] = await Promise.all([
    db.read(cypher('about/database')),
    db.read(cypher('about/counts')),
  ]);
  return {
    database: { name: db.name, version: String(component.version), edition: String(component.edition) },
    entityCount: Number(counts.entities),
    relationCount: Number(counts.relations),
    sourceCount: Number(counts.sources),
  };
}
