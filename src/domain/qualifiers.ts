/**
 * The time qualifiers a relation may carry. Each has one name everywhere: in the data files,
 * as the stored property (with <name>Start and <name>End, its first and last day), in the
 * GraphQL schema and in curation inputs. "In office from" is inOfficeFrom, never "from" or
 * "inOfficeFrom".
 */
export const DATE_QUALIFIERS = {
  date: 'When it happened: an appointment, a signing, an opening.',
  appointedOn: 'For a tenure: when the holder was appointed.',
  inOfficeFrom: 'For a tenure: when office began. Distinct from appointedOn: appointed is not yet in office.',
  inOfficeUntil: 'For a tenure: when office ended, if the source says.',
  attestedOn: 'A date at which the source shows the relation holding, without its start or end.',
} as const;
export type DateQualifier = keyof typeof DATE_QUALIFIERS;
export const DATE_QUALIFIER_NAMES = Object.keys(DATE_QUALIFIERS) as DateQualifier[];

/** The qualifiers that are not dates; a relation carries nothing else. */
export const OTHER_QUALIFIERS = [
  'former',
  'role',
  'recurrence',
  'note',
  'context',
  'attestation',
  'curatorNote',
  'title',
  'rank',
  'rankReason',
] as const;
