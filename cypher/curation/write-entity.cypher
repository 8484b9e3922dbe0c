// Writes a curator's version of an entity over what it was, keeping who first added it and
// recording who changed it and when, with the citation the change rests on.
MATCH (e:Entity {id: $id})
WITH e, e.origin AS origin, e.addedBy AS addedBy, e.addedAt AS addedAt, e.contentHash AS contentHash
SET e = $props
SET e.origin = origin, e.addedBy = addedBy, e.addedAt = addedAt, e.contentHash = contentHash,
    e.curatedBy = $actor, e.curatedAt = toString(datetime())
REMOVE e:Organization:Organ:Committee:Mission:Position:Person:Country:Place:Event:Agreement:Document:Topic
SET e:$($label)
WITH e
MATCH (c:Citation {id: $citationId})
MERGE (e)-[cited:CITED_BY]->(c)
ON CREATE SET cited.supports = ['curation'], cited.position = 1000
RETURN properties(e) AS props
