/**
 * The operations Apollo Sandbox opens with: each answers a question an analyst asks of this
 * graph. The tests run every one of them against the real graph (__tests__/api/examples.test.ts).
 */
export const EXAMPLE_OPERATIONS = `# Example questions. Pick one and press Run; change the ids and dates freely.

# Who represents the EU to the OIC, since when, who appointed him, and which sentence says so?
query WhoRepresentsTheEUToTheOIC {
  entity(id: "eu-representative-to-the-oic") {
    name
    nameAr: name(lang: AR)
    ... on Position {
      accreditedTo { name }
      holders {
        person { name nameAr: name(lang: AR) }
        appointedOn { text precision }
        inOfficeFrom { text precision }
        basis
        appointedBy { name }
        citations { quote start end source { title { en } publisher { en } } }
      }
    }
  }
}

# How is the OIC organised: its organs, what they do and how often they meet?
query OICStructure {
  entity(id: "oic") {
    name
    nameAr: name(lang: AR)
    aliases { text lang kind attestation }
    ... on Organization {
      organs {
        name
        role { en }
        composition { en }
        functions { en }
        meetingRhythm { interval unit description { en ar } }
        implementsDecisionsOf { name }
      }
      committees { name level { en } chairs { en } purpose { en } }
      positions { name holders { person { name } appointedOn { text } inOfficeFrom { text } } }
      adopted { name ... on Document { date { text precision } horizon { en } focus { name } } }
    }
  }
}

# What happened between the EU and the OIC, in order?
query EUOICTimeline {
  timeline(entity: "eu-oic-relations") {
    entries {
      date { text precision }
      notBefore { text }
      notAfter { text }
      kind
      summary
      citations { quote }
    }
    recurring { name ... on Event { recurrence { description { en } } } }
  }
}

# What happened in 2015–2016, across the whole graph? (A page at a time, with a count by year.)
query GlobalTimeline($from: DateText = "2015", $to: DateText = "2016", $after: String) {
  timeline(from: $from, to: $to, first: 10, after: $after) {
    totalCount
    years { year count }
    entries { date { text } kind summary citations { quote } }
    pageInfo { hasNextPage endCursor }
  }
}

# Which events took place between 2011 and 2015, in date order?
query EventsBetween($from: DateText = "2011", $to: DateText = "2015") {
  events(where: { date: { from: $from, to: $to } }) {
    totalCount
    nodes { name date { text precision } }
  }
}

# What connects Patrick Simonnet to Hissein Brahim Taha?
query PathBetweenTwoPeople($from: ID! = "patrick-simonnet", $to: ID! = "hissein-brahim-taha") {
  shortestPath(from: $from, to: $to, maxHops: 5) {
    length
    steps { from { name } relation { type reading } to { name } }
  }
}

# Who was OIC Secretary-General on a given date? (Appointed is not yet in office.)
query SecretaryGeneralOnDate($date: DateText! = "2021-11-17") {
  entity(id: "oic-secretary-general") {
    name
    ... on Position {
      holders(at: $date) {
        person { name }
        appointedOn { text }
        inOfficeFrom { text }
        attestedOn { text }
        basis
        citations { quote }
      }
    }
  }
}

# Who held the EU High Representative office, under what title does the source name each, and how sure is each?
query HighRepresentativesAndTheirTitles {
  entity(id: "eu-high-representative") {
    name
    ... on Position {
      holders {
        person { name }
        former
        attestedOn { text }
        basis
        title {
          wording { en ar }
          includesVicePresident
          curatorReading { en }
          citation { quote start end }
        }
      }
    }
  }
}

# When did the EU accredit a head of delegation to the OIC, and how is that sentence read?
query EUHeadOfDelegationToTheOIC {
  entity(id: "head-of-eu-delegation-to-the-oic") {
    name
    ... on Position {
      accreditations {
        accreditedBy { name }
        accreditedTo { name }
        date { text precision }
        note { en }
        citations { quote }
      }
    }
  }
}

# Fetch anything again by its id alone: a fact with its quote in its sentence, and the source it quotes.
query ByIdWithQuoteInContext($fact: ID! = "borrell-appointed-simonnet", $source: ID! = "eeas-oic-structure-eu-relations-ar") {
  fact: relation(id: $fact) {
    type
    reading
    source { name }
    target { name }
    role { name }
    date { text precision }
    citations {
      id
      context(chars: 60) { before quote after start end truncatedBefore truncatedAfter }
    }
  }
  document: node(id: $source) {
    __typename
    id
    ... on Source { title { en } publisher { en } url retrievedAt length }
  }
}

# Search names, descriptions and the quotes of the source at once, however spelt, in one ranking:
# the phrase first («الأمين العام», the Secretary-General, before the common word «عام», "year"),
# then every word, then the rarer words. Each hit says where it matched, marks the words in a
# snippet (offsets in code points), flags guesses (fuzzy), and for a quote gives the fact it states
# (the appointment «أمينًا عامًا»). totalCount counts the whole list; read on with
# after: pageInfo.endCursor. Try in: [QUOTES].
query Search($text: String! = "الامين العام", $after: String) {
  search(text: $text, first: 5, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      entity { id kind name }
      matchedIn matchedName matchedAs exact fuzzy score
      snippet { text lang marks { start end } clippedBefore clippedAfter }
      citation { id quote }
      relation { type target { name } }
    }
  }
}

# What is dated between 2011 and June 2015, in date order, and how does it spread over kinds and
# years? Then the OIC's relations to people and offices, in Arabic name order, counted by type.
# Every list takes where, orderBy, totalCount and facets alike.
query DatedBetween2011AndMid2015($from: DateText = "2011", $to: DateText = "2015-06") {
  entities(where: { date: { from: $from, to: $to } }, orderBy: { field: DATE }, first: 10) {
    totalCount
    facets { byKind { kind count } byYear { year count } }
    nodes { id kind name ... on Event { date { text } } ... on Agreement { date { text } } }
  }
  entity(id: "oic") {
    relations(where: { other: { kind: { in: [PERSON, POSITION] } } }, orderBy: { field: NAME_AR }, first: 5) {
      totalCount
      facets { byType { type count } }
      nodes { type other { name(lang: AR) } }
    }
  }
}
`;

/**
 * The curators' workflow, in the Sandbox after the questions (and in GraphiQL): they need an API
 * key (editor, then reviewer) and change the graph, so the start-up warm-up, which runs the
 * questions above, never runs these. The tests run them in order on a scratch graph
 * (__tests__/api/review.test.ts).
 */
export const REVIEW_OPERATIONS = `# The curators' workflow. Send an API key (Authorization: Bearer <key>): an editor adds sources
# and proposes; a reviewer accepts, rejects and ranks. Fill in the variables with your own source.

# 1. An editor adds a source: its text verbatim (at most 100,000 code points; kept in NFC with LF
# line breaks), language, title, publisher, what it covers, URL and dates. Audited; the same text
# under another id is refused.
mutation AddSource($source: SourceInput!) {
  addSource(source: $source) {
    changed
    source { id language length sha256 publishedOn { text } }
    audit { action actor at }
  }
}

# 2. An editor proposes a statement, citing the source by its quote alone (add occurrence when the
# quote occurs more than once): the server finds the code-point offsets. Where the source
# disagrees with a statement already held (another appointment month, an end of office), give the
# new statement an id of its own: both are kept. Until a reviewer accepts it, no answer uses it.
mutation ProposeStatement($relation: RelationInput!, $citation: CitationInput!) {
  proposeRelation(relation: $relation, citation: $citation) {
    changed
    proposal { id status citation { start end context(chars: 80) { before quote after } } }
  }
}

# 3. The review queue, oldest first: what each proposal would write, and its quote in its sentence.
query ReviewQueue($entity: ID) {
  proposals(entity: $entity, first: 10) {
    totalCount
    nodes {
      id kind targetId proposedBy proposedAt
      relation { type source { name } target { name } appointedOn { text } inOfficeUntil { text } }
      citation { source { title { en } } context(chars: 120) { before quote after } }
    }
  }
}

# 4. A reviewer accepts a proposal with a reason (or rejectProposal), and may rank the statement
# at once: PREFERRED makes it the one answers use where sources disagree.
mutation AcceptProposal($id: ID!, $reason: String!, $rank: Rank) {
  acceptProposal(id: $id, reason: $reason, rank: $rank) {
    changed
    proposal { status reviewedBy acceptedRank }
    audit { action reason targetId }
  }
}

# 5. A reviewer ranks a statement (Wikidata's three ranks): a DEPRECATED one says why and never
# answers; a PREFERRED one outranks the NORMAL statements of its group.
mutation RankStatement($id: ID!, $rank: Rank!, $reason: String!) {
  rankStatement(id: $id, rank: $rank, reason: $reason) {
    changed
    relation { id rank rankReason }
  }
}

# 6. Sources that disagree: the generic view lists every statement with its rank and source (and,
# for an editor, the proposed ones after them); typed fields and "as of" answers use the preferred.
query StatementsAndTheAnswer($person: ID! = "patrick-simonnet", $at: DateText = "2022") {
  entity(id: $person) {
    relations(types: [HOLDS], direction: OUTGOING, includeProposed: true) {
      nodes {
        id status rank rankReason
        other { name }
        appointedOn { text } inOfficeUntil { text }
        citations { quote source { id title { en } } }
      }
    }
    ... on Person { tenures(at: $at) { position { name } appointedOn { text } inOfficeUntil { text } basis } }
  }
}
`;

/** What the Sandbox and GraphiQL open with: the questions, then the curators' workflow. */
export const SANDBOX_OPERATIONS = `${EXAMPLE_OPERATIONS}\n${REVIEW_OPERATIONS}`;
