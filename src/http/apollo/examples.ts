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
