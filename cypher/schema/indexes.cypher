// Lookups the API makes by something other than an id. Each statement is idempotent.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
