// What a timeline of one entity is built from:
//   scope   the entity and its members: organs, positions, missions, services, sessions, and
//           what is part of it (the events of "EU–OIC relations")
//   things  events, agreements and documents in scope, or linked to the entity or to one of
//           its members that is not itself one (the events of its organs and positions, but
//           not the surroundings of the events that make up a relationship)
//   follows for each thing, the events it came after or before (to place undated ones)
//   facts   dated relations touching the scope, and those whose context names the entity
MATCH (x:Entity {id: $id})
CALL (x) {
  OPTIONAL MATCH (m:Entity)-[r:ORGAN_OF|POSITION_OF|MISSION_OF|SERVICE_OF|INSTANCE_OF|PART_OF]->(x)
  WHERE r.retractedAt IS NULL
  WITH x, collect(DISTINCT m) AS members
  RETURN [x] + members AS scope
}
CALL (x, scope) {
  UNWIND [s IN scope WHERE s = x OR NOT (s:Event OR s:Agreement OR s:Document)] AS s
  OPTIONAL MATCH (s)-[r]-(t:Event|Agreement|Document)
  WHERE r.retractedAt IS NULL
  WITH scope, collect(DISTINCT t) AS linked
  UNWIND linked + [s IN scope WHERE s:Event OR s:Agreement OR s:Document] AS t
  RETURN collect(DISTINCT t) AS things
}
CALL (things) {
  UNWIND things AS t
  MATCH (t)-[f:FOLLOWS]-(u:Event)
  WHERE f.retractedAt IS NULL
  RETURN collect({thing: t.id, other: u {.*, namesAr: null, namesEn: null, searchKeys: null}, thingCameAfter: startNode(f) = t}) AS follows
}
CALL (scope) {
  UNWIND scope AS s
  MATCH (s)-[r]-(:Entity)
  WHERE r.retractedAt IS NULL
    AND (r.date IS NOT NULL OR r.appointedOn IS NOT NULL OR r.inOfficeFrom IS NOT NULL
         OR r.inOfficeUntil IS NOT NULL OR r.attestedOn IS NOT NULL)
  RETURN collect(DISTINCT r) AS touching
}
CALL () {
  CALL db.index.fulltext.queryRelationships('relation_contexts', $contextQuery) YIELD relationship
  WHERE relationship.retractedAt IS NULL
  RETURN collect(relationship) AS contextual
}
RETURN [t IN things | t {.*, namesAr: null, namesEn: null, searchKeys: null}] AS things, follows,
       [r IN touching + contextual | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                                       props: properties(r)}] AS facts
