// Lookups the API makes by something other than an id. Each statement is idempotent.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
// Each kind's entities in id order: a page of one kind (entities(kinds:), organizations, ...) is
// an index seek from the cursor, not a scan of every entity. One per kind label of
// src/domain/kinds.ts (a test checks none is missing).
CREATE INDEX organization_id IF NOT EXISTS FOR (e:Organization) ON (e.id);
CREATE INDEX organ_id IF NOT EXISTS FOR (e:Organ) ON (e.id);
CREATE INDEX committee_id IF NOT EXISTS FOR (e:Committee) ON (e.id);
CREATE INDEX mission_id IF NOT EXISTS FOR (e:Mission) ON (e.id);
CREATE INDEX position_id IF NOT EXISTS FOR (e:Position) ON (e.id);
CREATE INDEX person_id IF NOT EXISTS FOR (e:Person) ON (e.id);
CREATE INDEX country_id IF NOT EXISTS FOR (e:Country) ON (e.id);
CREATE INDEX place_id IF NOT EXISTS FOR (e:Place) ON (e.id);
CREATE INDEX event_id IF NOT EXISTS FOR (e:Event) ON (e.id);
CREATE INDEX agreement_id IF NOT EXISTS FOR (e:Agreement) ON (e.id);
CREATE INDEX document_id IF NOT EXISTS FOR (e:Document) ON (e.id);
CREATE INDEX topic_id IF NOT EXISTS FOR (e:Topic) ON (e.id);
// Names and aliases in Arabic, with Lucene's Arabic analyzer: it folds the hamza forms of alef,
// taa marbuta and alef maqsura, drops diacritics and tatweel, and strips common affixes.
CREATE FULLTEXT INDEX entity_names_ar IF NOT EXISTS FOR (e:Entity) ON EACH [e.namesAr]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
// Names, aliases and acronyms in English.
CREATE FULLTEXT INDEX entity_names_en IF NOT EXISTS FOR (e:Entity) ON EACH [e.namesEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}};
// Every name normalised (src/domain/normalise.ts) and kept whole, for exact matches in either
// language whatever the spelling variant.
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Descriptions, for search beyond names: Arabic with the Arabic analyzer, English with the
// standard one (as the names: no stemming, so a highlighted word is the word that matched).
CREATE FULLTEXT INDEX entity_descriptions_ar IF NOT EXISTS FOR (e:Entity) ON EACH [e.descriptionAr]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX entity_descriptions_en IF NOT EXISTS FOR (e:Entity) ON EACH [e.descriptionEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}};
// The verbatim quotes of citations, for search in the words of the source (Arabic).
CREATE FULLTEXT INDEX citation_quotes IF NOT EXISTS FOR (c:Citation) ON EACH [c.quote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
// Which entity gives an alias on the strength of a citation, so a quote found by search leads to
// the fact it supports without scanning the entities.
CREATE FULLTEXT INDEX entity_alias_citations IF NOT EXISTS FOR (e:Entity) ON EACH [e.aliasCitationIds]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Which relations a citation states (or gives the title of), for the same reason. Lists every
// relation type of src/domain/relation-types.ts (a test checks none is missing).
CREATE FULLTEXT INDEX relation_citations IF NOT EXISTS
FOR ()-[r:ORGAN_OF|SERVICE_OF|MISSION_OF|POSITION_OF|ACCREDITED_TO|ESTABLISHED|IMPLEMENTS_DECISIONS_OF|HOLDS|APPOINTED|OPENED|ACCREDITED|ADOPTED|ADOPTED_AT|FOCUSES_ON|SIGNED|SIGNED_AT|PARTY|SPONSORED_BY|RESOLUTION_OF|INSTANCE_OF|PART_OF|HELD_DURING|TOOK_PLACE_IN|PARTICIPANT|ORGANISED_BY|INITIATED_BY|FOLLOWS|CONCERNS|INVOLVES|AGREED_TO_EXPAND_COOPERATION_IN|BETWEEN]-() ON EACH [r.citationIds, r.titleCitationId]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// The ids of the entities a fact is part of the story of (relation qualifier context), so a
// timeline finds its facts without scanning every relationship. Lists every relation type of
// src/domain/relation-types.ts (a test checks none is missing).
CREATE FULLTEXT INDEX relation_contexts IF NOT EXISTS
FOR ()-[r:ORGAN_OF|SERVICE_OF|MISSION_OF|POSITION_OF|ACCREDITED_TO|ESTABLISHED|IMPLEMENTS_DECISIONS_OF|HOLDS|APPOINTED|OPENED|ACCREDITED|ADOPTED|ADOPTED_AT|FOCUSES_ON|SIGNED|SIGNED_AT|PARTY|SPONSORED_BY|RESOLUTION_OF|INSTANCE_OF|PART_OF|HELD_DURING|TOOK_PLACE_IN|PARTICIPANT|ORGANISED_BY|INITIATED_BY|FOLLOWS|CONCERNS|INVOLVES|AGREED_TO_EXPAND_COOPERATION_IN|BETWEEN]-() ON EACH [r.contextIds]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Retracted relations of each type: an index holds only relations that have the property, so
// `about` counts the retracted ones in the time of their number, not the graph's size. One per
// relation type of src/domain/relation-types.ts (a test checks none is missing).
CREATE INDEX organ_of_retracted IF NOT EXISTS FOR ()-[r:ORGAN_OF]-() ON (r.retractedAt);
CREATE INDEX service_of_retracted IF NOT EXISTS FOR ()-[r:SERVICE_OF]-() ON (r.retractedAt);
CREATE INDEX mission_of_retracted IF NOT EXISTS FOR ()-[r:MISSION_OF]-() ON (r.retractedAt);
CREATE INDEX position_of_retracted IF NOT EXISTS FOR ()-[r:POSITION_OF]-() ON (r.retractedAt);
CREATE INDEX accredited_to_retracted IF NOT EXISTS FOR ()-[r:ACCREDITED_TO]-() ON (r.retractedAt);
CREATE INDEX established_retracted IF NOT EXISTS FOR ()-[r:ESTABLISHED]-() ON (r.retractedAt);
CREATE INDEX implements_decisions_of_retracted IF NOT EXISTS FOR ()-[r:IMPLEMENTS_DECISIONS_OF]-() ON (r.retractedAt);
CREATE INDEX holds_retracted IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.retractedAt);
CREATE INDEX appointed_retracted IF NOT EXISTS FOR ()-[r:APPOINTED]-() ON (r.retractedAt);
CREATE INDEX opened_retracted IF NOT EXISTS FOR ()-[r:OPENED]-() ON (r.retractedAt);
CREATE INDEX accredited_retracted IF NOT EXISTS FOR ()-[r:ACCREDITED]-() ON (r.retractedAt);
CREATE INDEX adopted_retracted IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.retractedAt);
CREATE INDEX adopted_at_retracted IF NOT EXISTS FOR ()-[r:ADOPTED_AT]-() ON (r.retractedAt);
CREATE INDEX focuses_on_retracted IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.retractedAt);
CREATE INDEX signed_retracted IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.retractedAt);
CREATE INDEX signed_at_retracted IF NOT EXISTS FOR ()-[r:SIGNED_AT]-() ON (r.retractedAt);
CREATE INDEX party_retracted IF NOT EXISTS FOR ()-[r:PARTY]-() ON (r.retractedAt);
CREATE INDEX sponsored_by_retracted IF NOT EXISTS FOR ()-[r:SPONSORED_BY]-() ON (r.retractedAt);
CREATE INDEX resolution_of_retracted IF NOT EXISTS FOR ()-[r:RESOLUTION_OF]-() ON (r.retractedAt);
CREATE INDEX instance_of_retracted IF NOT EXISTS FOR ()-[r:INSTANCE_OF]-() ON (r.retractedAt);
CREATE INDEX part_of_retracted IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.retractedAt);
CREATE INDEX held_during_retracted IF NOT EXISTS FOR ()-[r:HELD_DURING]-() ON (r.retractedAt);
CREATE INDEX took_place_in_retracted IF NOT EXISTS FOR ()-[r:TOOK_PLACE_IN]-() ON (r.retractedAt);
CREATE INDEX participant_retracted IF NOT EXISTS FOR ()-[r:PARTICIPANT]-() ON (r.retractedAt);
CREATE INDEX organised_by_retracted IF NOT EXISTS FOR ()-[r:ORGANISED_BY]-() ON (r.retractedAt);
CREATE INDEX initiated_by_retracted IF NOT EXISTS FOR ()-[r:INITIATED_BY]-() ON (r.retractedAt);
CREATE INDEX follows_retracted IF NOT EXISTS FOR ()-[r:FOLLOWS]-() ON (r.retractedAt);
CREATE INDEX concerns_retracted IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.retractedAt);
CREATE INDEX involves_retracted IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.retractedAt);
CREATE INDEX agreed_to_expand_cooperation_in_retracted IF NOT EXISTS FOR ()-[r:AGREED_TO_EXPAND_COOPERATION_IN]-() ON (r.retractedAt);
CREATE INDEX between_retracted IF NOT EXISTS FOR ()-[r:BETWEEN]-() ON (r.retractedAt);
// The audit trail of one entity or relation, newest first.
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId, a.at);
CREATE INDEX retracted_entity_id IF NOT EXISTS FOR (e:RetractedEntity) ON (e.id);
// The keys lists are ordered and filtered by (src/domain/sort-keys.ts): a name that starts with a
// text is a seek, and entities(orderBy:) of every kind reads them in index order.
CREATE INDEX entity_name_en_sort IF NOT EXISTS FOR (e:Entity) ON (e.nameEnSort);
CREATE INDEX entity_name_ar_sort IF NOT EXISTS FOR (e:Entity) ON (e.nameArSort);
CREATE INDEX entity_date_sort IF NOT EXISTS FOR (e:Entity) ON (e.dateSort);
