// One page of an entity's timeline, windowed and paged here so that a record never holds a whole
// history. The whole graph's timeline is graph-items.cypher: one statement serving both took
// seconds to plan; apart, each plans fast. From `CALL (things, facts)` on, both are the same text:
// change them together.
//   scope   the entity and its members: organs, positions, missions, services, sessions, and
//           what is part of it (the events of "EU–OIC relations")
//   things  events, agreements and documents in scope, or linked to the entity or to one of its
//           members that is not itself one, and the dated events they follow or precede
//   facts   dated relations touching the scope, and those whose context names the entity (the
//           relation_contexts index), with a date in the window
// Each thing or date qualifier of a fact is an entry with a sort key: its first day, its
// precision (the coarser first), its side (an undated event placed just before or after a dated
// one), the id, the qualifier's place. The key orders entries as domain/partial-date.ts says,
// and is the cursor: the page is the $limit entries past $after, taken before projecting anything.
// A window [$fromDay, $toDay] keeps what may fall in it (a "2016" event is within 2016-06..2017),
// and is applied as each thing and fact is matched, before anything is deduplicated or collected:
// a hub's scope reaches thousands of relations and things, and only those of the window (and
// the undated, to be placed) are kept.
// No row for an unknown id.
MATCH (x:Entity {id: $id})
CALL (x) {
  OPTIONAL MATCH (m:Entity)-[r:ORGAN_OF|POSITION_OF|MISSION_OF|SERVICE_OF|INSTANCE_OF|PART_OF]->(x)
  WHERE r.retractedAt IS NULL
  WITH x, collect(DISTINCT m) AS members
  RETURN [x] + members AS scope
}
CALL (x, scope) {
  UNWIND scope AS s
  CALL (x, s) {
    WITH s WHERE s:Event OR s:Agreement OR s:Document
    RETURN s AS t
    UNION
    WITH x, s WHERE s = x OR NOT (s:Event OR s:Agreement OR s:Document)
    MATCH (s)-[r]-(t:Event|Agreement|Document)
    WHERE r.retractedAt IS NULL AND (t.date IS NULL OR t.dateEnd >= $fromDay AND t.dateStart <= $toDay)
    RETURN t
  }
  WITH DISTINCT t
  CALL (t) {
    RETURN t AS thing
    UNION
    MATCH (t)-[f:FOLLOWS]-(thing:Event)
    WHERE f.retractedAt IS NULL AND thing.dateEnd >= $fromDay AND thing.dateStart <= $toDay
    RETURN thing
  }
  RETURN collect(DISTINCT thing) AS things
}
CALL (x, scope) {
  CALL (x, scope) {
    UNWIND scope AS s
    MATCH (s)-[r]-(:Entity)
    RETURN r
    UNION ALL
    CALL db.index.fulltext.queryRelationships('relation_contexts', $contextQuery) YIELD relationship
    RETURN relationship AS r
  }
  WITH r WHERE r.retractedAt IS NULL AND (size($types) = 0 OR type(r) IN $types)
    AND any(span IN [[r.dateStart, r.dateEnd], [r.appointedOnStart, r.appointedOnEnd],
                     [r.inOfficeFromStart, r.inOfficeFromEnd], [r.inOfficeUntilStart, r.inOfficeUntilEnd],
                     [r.attestedOnStart, r.attestedOnEnd]]
            WHERE span[0] <= $toDay AND span[1] >= $fromDay)
  RETURN collect(DISTINCT r) AS facts
}
CALL (things, facts) {
  CALL (things, facts) {
    UNWIND things AS t
    // An undated thing is placed by the latest dated event it follows, else the earliest it precedes.
    CALL (t) {
      OPTIONAL MATCH (t)-[f:FOLLOWS]->(u:Event)
      WHERE t.date IS NULL AND t.institutionalised IS NULL AND f.retractedAt IS NULL AND u.date IS NOT NULL
      RETURN u AS before ORDER BY u.dateStart DESC, size(u.date) DESC, u.id DESC LIMIT 1
    }
    CALL (t) {
      OPTIONAL MATCH (t)<-[f:FOLLOWS]-(u:Event)
      WHERE t.date IS NULL AND t.institutionalised IS NULL AND f.retractedAt IS NULL AND u.date IS NOT NULL
      RETURN u AS after ORDER BY u.dateStart, size(u.date), u.id LIMIT 1
    }
    WITH t, before, after,
         CASE
           WHEN t.date IS NULL AND t.institutionalised IS NOT NULL THEN 'INSTITUTIONALISED'
           WHEN t:Agreement THEN 'AGREEMENT'
           WHEN t:Document THEN 'DOCUMENT'
           ELSE 'EVENT'
         END AS kind,
         CASE
           WHEN t.date IS NOT NULL THEN [t.date, t.dateStart, t.dateEnd, 1]
           WHEN t.institutionalised IS NOT NULL
             THEN [t.institutionalised, t.institutionalisedStart, t.institutionalisedEnd, 1]
           WHEN before IS NOT NULL THEN [before.date, before.dateStart, before.dateEnd, 2]
           WHEN after IS NOT NULL THEN [after.date, after.dateStart, after.dateEnd, 0]
         END AS at
    WITH * WHERE at IS NOT NULL AND at[2] >= $fromDay AND at[1] <= $toDay AND (size($kinds) = 0 OR kind IN $kinds)
    RETURN at[1] + CASE size(at[0]) WHEN 4 THEN '0' WHEN 7 THEN '1' ELSE '2' END + toString(at[3]) + t.id + ' 0' AS key,
           kind, t AS thing, null AS fact,
           CASE WHEN at[3] = 1 THEN at[0] END AS date, before.date AS notBefore, after.date AS notAfter
    UNION ALL
    UNWIND facts AS r
    WITH r, startNode(r) AS a, endNode(r) AS b
    UNWIND [['date', r.date, r.dateStart, r.dateEnd, 0], ['appointedOn', r.appointedOn, r.appointedOnStart, r.appointedOnEnd, 1],
            ['inOfficeFrom', r.inOfficeFrom, r.inOfficeFromStart, r.inOfficeFromEnd, 2],
            ['inOfficeUntil', r.inOfficeUntil, r.inOfficeUntilStart, r.inOfficeUntilEnd, 3],
            ['attestedOn', r.attestedOn, r.attestedOnStart, r.attestedOnEnd, 4]] AS q
    WITH r, a, b, q WHERE q[1] IS NOT NULL AND q[3] >= $fromDay AND q[2] <= $toDay
    WITH r, a, b, q, CASE q[0]
           WHEN 'date' THEN CASE type(r) WHEN 'APPOINTED' THEN 'APPOINTMENT' ELSE 'FACT' END
           WHEN 'appointedOn' THEN 'APPOINTMENT'
           WHEN 'inOfficeFrom' THEN 'TAKING_OFFICE'
           WHEN 'inOfficeUntil' THEN 'LEAVING_OFFICE'
           ELSE 'IN_OFFICE' END AS kind
    // Left out when a thing of the timeline stands for it (a signing on its agreement's date), or,
    // for a tenure's appointment, when the appointment itself is a fact of the timeline.
    WHERE (size($kinds) = 0 OR kind IN $kinds)
      AND NOT (a.date IS NOT NULL AND a.date = q[1] AND a IN things)
      AND NOT (b.date IS NOT NULL AND b.date = q[1] AND b IN things)
      AND NOT CASE WHEN type(r) = 'HOLDS' AND q[0] = 'appointedOn' THEN EXISTS {
            MATCH (:Entity)-[ap:APPOINTED]->(a)
            WHERE ap.roleId = b.id AND ap.date = q[1] AND ap IN facts
          } ELSE false END
    RETURN q[2] + CASE size(q[1]) WHEN 4 THEN '0' WHEN 7 THEN '1' ELSE '2' END + '1' + r.id + ' ' + toString(q[4]) AS key,
           kind, null AS thing, r AS fact, q[1] AS date, null AS notBefore, null AS notAfter
  }
  RETURN collect({key: key, kind: kind, thing: thing, fact: fact, date: date, notBefore: notBefore,
                  notAfter: notAfter}) AS entries
}
CALL (entries) {
  UNWIND entries AS e
  WITH e WHERE e.key > $after
  WITH e ORDER BY e.key LIMIT $limit
  RETURN collect(e) AS page
}
// A thing neither dated nor placed: recurring when it has a rhythm, else undated.
CALL (things) {
  UNWIND things AS t
  WITH t WHERE t.date IS NULL AND t.institutionalised IS NULL
    AND NOT EXISTS { MATCH (t)-[f:FOLLOWS]-(u:Event) WHERE f.retractedAt IS NULL AND u.date IS NOT NULL }
  WITH t ORDER BY t.id
  RETURN collect(t) AS unplaced
}
CALL (entries) {
  UNWIND entries AS e
  WITH e WHERE e.date IS NOT NULL
  WITH toInteger(left(e.date, 4)) AS year, count(*) AS count ORDER BY year
  RETURN collect({year: year, count: count}) AS years
}
RETURN x {.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null} AS entity,
       size(entries) AS total, years,
       [e IN page | {key: e.key, kind: e.kind, date: e.date, notBefore: e.notBefore, notAfter: e.notAfter,
                     thing: [t IN [e.thing] WHERE t IS NOT NULL | t {.*, namesAr: null, namesEn: null,
                                                 searchKeys: null, nameArSort: null, nameEnSort: null}][0],
                     fact: [f IN [e.fact] WHERE f IS NOT NULL
                              | {type: type(f), source: startNode(f).id, target: endNode(f).id, props: properties(f)}][0]}]
         AS page,
       [t IN unplaced WHERE t.recurrenceEn IS NOT NULL | t {.*, namesAr: null, namesEn: null, searchKeys: null,
                                                           nameArSort: null, nameEnSort: null}] AS recurring,
       [t IN unplaced WHERE t.recurrenceEn IS NULL AND NOT $windowed
          | t {.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null, nameEnSort: null}] AS undated
