// What the dataset loader needs to know of the stored graph: the hash of the dataset it holds,
// and the content hash of every element the dataset wrote (curators' elements are not listed).
CALL () {
  OPTIONAL MATCH (state:DatasetState {id: 'curated'})
  RETURN state.hash AS hash
}
CALL () {
  MATCH (e:Entity {origin: 'dataset'})
  RETURN collect({id: e.id, hash: e.contentHash}) AS entities
}
CALL () {
  MATCH (a:Entity)-[r]->(:Entity)
  WHERE r.origin = 'dataset'
  RETURN collect({id: r.id, hash: r.contentHash, from: a.id}) AS relations
}
RETURN hash, entities, relations
