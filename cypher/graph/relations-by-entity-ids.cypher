// Relations of entities, one request per (entity, filter), all answered in one round trip.
// Each request: {key, id, types, direction, atStart, atEnd, after, limit}
//   types      relation types to keep, or null for all
//   direction  OUTGOING, INCOMING or BOTH, seen from the entity
//   atStart, atEnd  first and last day of the "as of" date, or null: see below
//   after      sort key of the last relation of the previous page, or null
//   limit      one more than the page size, to tell whether another page follows
// Results come in a stable order (type, direction, other entity's id, relation id), with the
// total, and with the entity at the other end so that resolvers need not fetch it again (less
// the search-only properties namesAr, namesEn and searchKeys, which no resolver reads).
// "As of" a date: a relation without time qualifiers is timeless and always kept; one with
// only a date (an appointment, a signing) is kept once that date may have come; a tenure is
// kept while in office: from its start (in office from, or the appointment when the source
// gives no separate start) until its end, or when the source attests it at that date. A
// tenure with no date (one the source only calls "former", say) has no known period and is not
// kept. How sure each kept tenure is (its basis) is worked out by the resolvers
// (src/position/tenure-basis.ts) from the same dates.
UNWIND $requests AS req
MATCH (e:Entity {id: req.id})
CALL (e, req) {
  MATCH (e)-[r]-(other:Entity)
  WHERE (req.types IS NULL OR type(r) IN req.types)
    AND r.retractedAt IS NULL
    AND (req.atStart IS NULL
      OR (r.inOfficeFromStart IS NULL AND r.appointedOnStart IS NULL AND r.attestedOnStart IS NULL
          AND r.inOfficeUntilStart IS NULL AND r.former IS NULL AND type(r) <> 'HOLDS'
          AND (r.dateStart IS NULL OR r.dateStart <= req.atEnd))
      OR (coalesce(r.inOfficeFromStart, r.appointedOnStart) <= req.atEnd
          AND (r.inOfficeUntilEnd IS NULL OR r.inOfficeUntilEnd >= req.atStart))
      OR (r.attestedOnStart <= req.atEnd AND r.attestedOnEnd >= req.atStart))
  WITH r, other, CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
  WHERE req.direction = 'BOTH' OR direction = req.direction
  WITH r, other, direction, type(r) + '|' + direction + '|' + other.id + '|' + r.id AS sortKey
  ORDER BY sortKey
  WITH collect({r: r, other: other {.*, namesAr: null, namesEn: null, searchKeys: null}, direction: direction,
                sortKey: sortKey}) AS matched
  RETURN size(matched) AS total,
         [x IN matched WHERE req.after IS NULL OR x.sortKey > req.after][0..req.limit] AS page
}
RETURN req.key AS key, total,
       [x IN page | {id: x.r.id, type: type(x.r), direction: x.direction, other: x.other,
                     sortKey: x.sortKey, props: properties(x.r)}] AS page
