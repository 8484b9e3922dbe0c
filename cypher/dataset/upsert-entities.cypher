// Writes each entity whole: its properties replace the stored ones, its kind label replaces
// any earlier kind, and its citations replace the earlier ones.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e = row.props
REMOVE e:Organization:Organ:Committee:Mission:Position:Person:Country:Place:Event:Agreement:Document:Topic
SET e:$(row.label)
WITH e, row
CALL (e) {
  MATCH (e)-[old:CITED_BY]->(:Citation)
  DELETE old
}
WITH e, row
UNWIND row.citations AS cited
MATCH (c:Citation {id: cited.id})
CREATE (e)-[:CITED_BY {supports: cited.supports, position: cited.position}]->(c)
