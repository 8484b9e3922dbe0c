// Gives each tenure its start key, worked out by the loader's own rule ($rows: {id, startSort}).
UNWIND $rows AS row
MATCH ()-[r:HOLDS {id: row.id}]->()
SET r.startSort = row.startSort
