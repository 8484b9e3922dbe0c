// Lookups the API makes by something other than an id. Each statement is idempotent.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
// Names and aliases in Arabic, with Lucene's Arabic analyzer: it folds the hamza forms of alef,
// taa marbuta and alef maqsura, drops diacritics and tatweel, and strips common affixes.
CREATE FULLTEXT INDEX entity_names_ar IF NOT EXISTS FOR (e:Entity) ON EACH [e.namesAr]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
// Names, aliases and acronyms in English.
CREATE FULLTEXT INDEX entity_names_en IF NOT EXISTS FOR (e:Entity) ON EACH [e.namesEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}};
// Every name normalised (src/search/normalise.ts) and kept whole, for exact matches in either
// language whatever the spelling variant.
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
