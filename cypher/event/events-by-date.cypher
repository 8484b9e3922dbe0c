// Events dated within a window, in date order (domain/partial-date.ts: first day, then the
// coarser date first, then id), a page at a time. The window is two range seeks on the
// event_date index ([$fromFloor, $toDay] on the first day, since a partial date spans at most one
// calendar year), so the cost follows the window, not the number of events; the page is cut past
// the cursor key before anything is projected.
CALL () {
  MATCH (e:Event)
  WHERE e.dateStart >= $fromFloor AND e.dateStart <= $toDay AND e.dateEnd >= $fromDay
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Event)
  WHERE e.dateStart >= $fromFloor AND e.dateStart <= $toDay AND e.dateEnd >= $fromDay
  WITH e, e.dateStart + CASE size(e.date) WHEN 4 THEN '0' WHEN 7 THEN '1' ELSE '2' END + e.id AS key
  WHERE key > $after
  WITH e, key ORDER BY key LIMIT $limit
  RETURN collect({key: key,
                  entity: e {.*, namesAr: null, namesEn: null, searchKeys: null, nameArSort: null,
                             nameEnSort: null}}) AS page
}
RETURN total, page
