// A source added through the API: its text (normalised, see src/domain/source-text.ts) with its
// hash and length, and what the curator says of it. Created once: the id was claimed under the
// curation lock first (curation/id-uses), so no concurrent request can create it meanwhile.
CREATE (s:Source)
SET s = $props, s.origin = 'curator', s.addedBy = $actor, s.addedAt = toString(datetime())
RETURN properties(s) AS props
