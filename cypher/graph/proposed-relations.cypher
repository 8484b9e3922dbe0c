// Pending proposed statements of entities, for Entity.relations(includeProposed: true). They are
// :Proposal nodes holding the ids of their ends as properties, found here by index (proposal_from,
// proposal_to), never by expanding an entity: the accepted relations a read expands are the same
// whatever is pending. Filtered like the list (types, direction, as of), the other end an entity
// of the graph, ordered by the relation id proposed then the proposal's id, cut after the cursor;
// counted only when asked.
UNWIND $requests AS req
CALL (req) {
  CALL (req) {
    MATCH (p:Proposal {fromId: req.id})
    WHERE req.direction <> 'INCOMING'
    RETURN p, 'OUTGOING' AS d, p.toId AS otherId
    UNION
    MATCH (p:Proposal {toId: req.id})
    WHERE req.direction <> 'OUTGOING'
    RETURN p, 'INCOMING' AS d, p.fromId AS otherId
  }
  WITH p, d, otherId
  WHERE p.status = 'PENDING' AND p.kind = 'RELATION'
    AND (req.types IS NULL OR p.relationType IN req.types)
    AND (req.atStart IS NULL OR (p.asOfStart <= req.atEnd AND p.asOfEnd >= req.atStart))
  MATCH (o:Entity {id: otherId})
  RETURN collect({p: p, d: d, o: o}) AS found
}
// The page is cut before anything is projected: only its rows read the other end's properties.
CALL (req, found) {
  UNWIND found AS f
  WITH f, f.p.targetId + '|' + f.p.id AS k
  WHERE req.after IS NULL OR k > req.after
  WITH f, k ORDER BY k
  WITH collect({f: f, k: k}) AS ordered
  UNWIND ordered[0..req.limit] AS c
  WITH c.k AS k, c.f.d AS d, c.f.p AS p, c.f.o AS o
  RETURN collect({k: k, d: d, proposal: p {.id, .targetId, .relationType, .fromId, .toId, .statement},
                  o: o {.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null}
         }) AS page
}
RETURN req.key AS key, CASE WHEN req.counted THEN size(found) END AS total, page
