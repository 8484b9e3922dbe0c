// Tenures stored before their start key existed (startSort, graph/records.ts factDateProps): the
// dataset's are written again with it when it changes; a curator's are not, and are found here.
MATCH ()-[r:HOLDS]->()
WHERE r.startSort IS NULL
RETURN r.id AS id, properties(r) AS props
