// Sources with their full text, so a citation can always be checked against the graph itself.
UNWIND $sources AS row
MERGE (s:Source {id: row.id})
SET s = row
