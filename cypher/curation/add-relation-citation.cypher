// Another citation for a relation already held: a fact several sources state holds all their
// citations (the relation_citations index then leads search from each quote to it).
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id = $id AND r.retractedAt IS NULL
SET r.citationIds = CASE WHEN $citationId IN r.citationIds THEN r.citationIds ELSE r.citationIds + $citationId END,
    r.curatedBy = $actor, r.curatedAt = toString(datetime())
RETURN properties(r) AS props
