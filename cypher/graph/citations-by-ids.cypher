// Citations by id: a relation lists its citations by id.
UNWIND $ids AS id
MATCH (c:Citation {id: id})
RETURN id, properties(c) AS props
