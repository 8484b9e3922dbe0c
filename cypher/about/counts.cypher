// Size of the knowledge graph: entities, the relations between them, and the sources cited.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
RETURN entities, relations, sources
