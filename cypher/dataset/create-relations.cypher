// Relations, typed as the vocabulary names them (the type is a parameter, checked by the
// validator against the vocabulary before it gets here).
UNWIND $relations AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
