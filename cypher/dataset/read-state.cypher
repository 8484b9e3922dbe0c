// What the dataset loader needs to know of the stored graph: the hash of the dataset it holds,
// and each element the dataset wrote, with its content hash and whether a curator has since
// changed or retracted it (curatedAt): the loader must not undo a curator's work.
CALL () {
  OPTIONAL MATCH (state:DatasetState {id: 'curated'})
  RETURN state.hash AS hash
}
CALL () {
  MATCH (e)
  WHERE (e:Entity OR e:RetractedEntity) AND e.origin = 'dataset'
  RETURN collect({id: e.id, hash: e.contentHash, curated: e.curatedAt IS NOT NULL}) AS entities
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE r.origin = 'dataset'
  RETURN collect({id: r.id, hash: r.contentHash, from: a.id,
                  curated: r.curatedAt IS NOT NULL OR a:RetractedEntity OR b:RetractedEntity}) AS relations
}
RETURN hash, entities, relations
