// Retracts an entity: it leaves every read (they all match :Entity) but stays, relabelled, for
// the audit trail and for reloads, which must not bring it back.
MATCH (e:Entity {id: $id})
SET e.retractedBy = $actor, e.retractedAt = toString(datetime()), e.retractionReason = $reason,
    e.curatedBy = $actor, e.curatedAt = toString(datetime())
REMOVE e:Entity:Organization:Organ:Committee:Mission:Position:Person:Country:Place:Event:Agreement:Document:Topic
SET e:RetractedEntity
WITH e
MATCH (c:Citation {id: $citationId})
MERGE (e)-[:CITED_BY {supports: ['retraction'], position: 1001}]->(c)
RETURN properties(e) AS props
