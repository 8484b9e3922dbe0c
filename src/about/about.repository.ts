import type { Database } from '../db/database';
import { cypher, type CypherQuery } from '../db/queries';
import { RELATION_TYPES } from '../domain/relation-types';
import type { About } from './about.type';

const TYPES = Object.keys(RELATION_TYPES);

/**
 * The size of the graph, from Neo4j's count store: entities by label, relations by type (all the
 * vocabulary's types in one pattern, one count-store lookup). The count store knows
 * ()-[:TYPE]->() but not a type between two labels, so the relations that touch a retracted
 * entity, and the retracted relations themselves (found by the relation_ids index on
 * retractedAt), are counted apart and taken off: both are as few as curators made them. Nothing
 * here reads every relation, whatever the graph's size, and the statement is cheap to plan. The
 * text names every type of the vocabulary, so it is built here rather than kept in a file.
 */
export const COUNTS: CypherQuery = {
  name: 'about/counts',
  text: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH ()-[r:${TYPES.join('|')}]->() RETURN count(r) AS stored }
CALL () {
  MATCH (:RetractedEntity)-[r]-()
  WHERE type(r) IN $types
  RETURN count(DISTINCT r) AS touchingRetracted
}
CALL () {
  CALL db.index.fulltext.queryRelationships('relation_ids', 'retractedAt:[0 TO 9]') YIELD relationship AS r
  WITH r WHERE r.retractedAt IS NOT NULL AND startNode(r):Entity AND endNode(r):Entity
  RETURN count(r) AS retracted
}
RETURN entities, stored - touchingRetracted - retracted AS relations, sources`,
};

export async function readAbout(db: Database): Promise<About> {
  const [[component], [counts]] = await Promise.all([
    db.read(cypher('about/database')),
    db.read(COUNTS, { types: TYPES }),
  ]);
  return {
    database: { name: db.name, version: String(component.version), edition: String(component.edition) },
    entityCount: Number(counts.entities),
    relationCount: Number(counts.relations),
    sourceCount: Number(counts.sources),
  };
}
