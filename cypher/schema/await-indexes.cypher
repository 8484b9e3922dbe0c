// Waits until every index is online, so the first queries after start do not scan.
CALL db.awaitIndexes(120)
