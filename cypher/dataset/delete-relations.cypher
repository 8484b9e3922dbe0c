// Relations the dataset changed or no longer holds, found from their indexed start entity.
UNWIND $relations AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity)
WHERE r.id = row.id
DELETE r
