// What the dataset loader needs to know of the stored graph: the hash of the dataset it holds,
// and each element the dataset wrote, with its content hash and whether a curator has since
// changed or retracted it (curatedAt), and each element a curator added through the API (the
// dataset holds it too once npm run data:export has written it back): the loader must not undo
// a curator's work, nor write a second element under the id of a curator's.
CALL () {
  OPTIONAL MATCH (state:DatasetState {id: 'curated'})
  RETURN state.hash AS hash
}
CALL () {
  MATCH (e)
  WHERE (e:Entity OR e:RetractedEntity) AND e.origin IN ['dataset', 'curator']
  RETURN collect({id: e.id, hash: e.contentHash, origin: e.origin,
                  curated: e.curatedAt IS NOT NULL OR e.origin = 'curator'}) AS entities
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE r.origin IN ['dataset', 'curator']
  RETURN collect({id: r.id, hash: r.contentHash, from: a.id, origin: r.origin,
                  curated: r.curatedAt IS NOT NULL OR r.origin = 'curator' OR a:RetractedEntity OR b:RetractedEntity}) AS relations
}
RETURN hash, entities, relations
