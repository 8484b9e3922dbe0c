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
// Every relation by its id, whatever its type: one lookup for node(id)/relation(id) and for
// curation's check that an id is free, cheap for Neo4j to plan (a pattern naming all 31 types,
// each with its own id constraint, took about a second to plan); and the retracted relations, by
// retractedAt, which `about` counts in the time of their number. Lists every relation type of
// src/domain/relation-types.ts (a test checks none is missing).
CREATE FULLTEXT INDEX relation_ids IF NOT EXISTS
FOR ()-[r:ORGAN_OF|SERVICE_OF|MISSION_OF|POSITION_OF|ACCREDITED_TO|ESTABLISHED|IMPLEMENTS_DECISIONS_OF|HOLDS|APPOINTED|OPENED|ACCREDITED|ADOPTED|ADOPTED_AT|FOCUSES_ON|SIGNED|SIGNED_AT|PARTY|SPONSORED_BY|RESOLUTION_OF|INSTANCE_OF|PART_OF|HELD_DURING|TOOK_PLACE_IN|PARTICIPANT|ORGANISED_BY|INITIATED_BY|FOLLOWS|CONCERNS|INVOLVES|AGREED_TO_EXPAND_COOPERATION_IN|BETWEEN]-() ON EACH [r.id, r.retractedAt]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// The audit trail of one entity or relation, newest first.
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId, a.at);
CREATE INDEX retracted_entity_id IF NOT EXISTS FOR (e:RetractedEntity) ON (e.id);
// The keys lists are ordered and filtered by (src/domain/sort-keys.ts): a name that starts with a
// text is a seek, and entities(orderBy:) of every kind reads them in index order.
CREATE INDEX entity_name_en_sort IF NOT EXISTS FOR (e:Entity) ON (e.nameEnSort);
CREATE INDEX entity_name_ar_sort IF NOT EXISTS FOR (e:Entity) ON (e.nameArSort);
CREATE INDEX entity_date_sort IF NOT EXISTS FOR (e:Entity) ON (e.dateSort);
// Dated things by their first day: the whole graph's timeline and events(where: {date}) seek a
// window's events, agreements and documents instead of reading every one (cypher/timeline/).
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.dateStart);
CREATE INDEX event_institutionalised IF NOT EXISTS FOR (e:Event) ON (e.institutionalisedStart);
CREATE INDEX agreement_date IF NOT EXISTS FOR (e:Agreement) ON (e.dateStart);
CREATE INDEX document_date IF NOT EXISTS FOR (e:Document) ON (e.dateStart);
// The first days of relations' dates: the whole graph's timeline finds the facts of a window by a
// range query here rather than by reading every relationship (a relationship range index takes
// one type; a full-text index takes them all, and a keyword field of fixed-width days sorts as
// dates). Lists every relation type of src/domain/relation-types.ts (a test checks none is missing).
CREATE FULLTEXT INDEX relation_dates IF NOT EXISTS
FOR ()-[r:ORGAN_OF|SERVICE_OF|MISSION_OF|POSITION_OF|ACCREDITED_TO|ESTABLISHED|IMPLEMENTS_DECISIONS_OF|HOLDS|APPOINTED|OPENED|ACCREDITED|ADOPTED|ADOPTED_AT|FOCUSES_ON|SIGNED|SIGNED_AT|PARTY|SPONSORED_BY|RESOLUTION_OF|INSTANCE_OF|PART_OF|HELD_DURING|TOOK_PLACE_IN|PARTICIPANT|ORGANISED_BY|INITIATED_BY|FOLLOWS|CONCERNS|INVOLVES|AGREED_TO_EXPAND_COOPERATION_IN|BETWEEN]-() ON EACH [r.dateStart, r.appointedOnStart, r.inOfficeFromStart, r.inOfficeUntilStart, r.attestedOnStart]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Recurring events: the whole graph's timeline lists them without reading every event.
CREATE INDEX event_recurrence IF NOT EXISTS FOR (e:Event) ON (e.recurrenceEn);
// The review queue, oldest first, and the proposals about one entity (curation/proposals-page):
// proposals are nodes of their own, found by these indexes, never by expanding an entity.
CREATE INDEX proposal_status IF NOT EXISTS FOR (p:Proposal) ON (p.status, p.proposedAt);
CREATE INDEX proposal_target IF NOT EXISTS FOR (p:Proposal) ON (p.targetId);
CREATE INDEX proposal_from IF NOT EXISTS FOR (p:Proposal) ON (p.fromId);
CREATE INDEX proposal_to IF NOT EXISTS FOR (p:Proposal) ON (p.toId);
// A source by the hash of its text: addSource refuses a text the graph already holds.
CREATE INDEX source_sha256 IF NOT EXISTS FOR (s:Source) ON (s.sha256);
// A source's citations in the order of the text (Source.supports).
CREATE INDEX citation_source_start IF NOT EXISTS FOR (c:Citation) ON (c.sourceId, c.start);
