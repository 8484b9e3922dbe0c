// The source holding this very text, if any (by the hash of its normalised text).
MATCH (s:Source {sha256: $sha256})
RETURN s.id AS id
LIMIT 1
