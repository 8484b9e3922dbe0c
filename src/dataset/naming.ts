import type { CitationData, Dataset, EntityData, RelationData, SourceDocument } from '../domain/fact-data';
import { normaliseName } from '../domain/normalise';

/**
 * The naming check (npm run data:check): a fact the source states (attestation SOURCE) must be
 * seen in its citations to be about both of its ends. An end is named by a citation when
 *   - one of its names or aliases (a RELATED_TERM is no name) occurs in the quote as whole
 *     words after name normalisation (src/domain/normalise.ts), or
 *   - the quote holds a place where the source names the entity: one of the entity's own
 *     citations that supports its name (the source's «أمينًا عامًا لمنظمة التعاون الإسلامي» is
 *     the Secretary-General's post in an inflection no name of it spells; an event is named by
 *     the clause that tells it).
 * A quote of a heading names the ends only over its own section: it counts when the relation's
 * other quotes lie under it (or when the relation cites nothing else). A relation with an end
 * named nowhere is listed; it may stay listed only with a reason saying why.
 */

/**
 * Relations marked SOURCE that may stay on the list, one line per id saying why (none today). A
 * reason whose relation is no longer listed fails the check, so that none outlives its cause.
 */
export const NAMING_REASONS: Readonly<Record<string, string>> = {};

/** A heading of a source: a line that titles the section below it, up to the next heading. */
export interface Heading {
  source: string;
  /** The heading line, code points, start inclusive, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Where its section ends: the next heading's start, or the end of the source. */
  sectionEnd: number;
}

const MAX_HEADING_WORDS = 8;
/** Punctuation that ends or joins clauses: a title has none. */
const CLAUSE_PUNCTUATION = /[.,،؛;:!?؟]/u;
const SCRIPT_OF: Record<string, RegExp> = { ar: /\p{Script=Arabic}/u, en: /\p{Script=Latin}/u };

/**
 * The headings of a source. A line is a heading when it is a paragraph of its own (a blank line
 * or the start of the file before it, a blank line after it), text follows it, it has at most
 * eight words and no clause punctuation, and it is in the source's language: that last rule
 * leaves out the banner in English that opens the Arabic page, which is the site's, not a title
 * of the page's text.
 */
export function findHeadings(source: SourceDocument): Heading[] {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  for (const text of source.text.split('\n')) {
    const length = Array.from(text).length;
    lines.push({ start, end: start + length, text });
    start += length + 1;
  }
  const script = SCRIPT_OF[source.meta.language];
  const blank = (index: number) => index < 0 || lines[index].text.trim() === '';
  const lastText = lines.findLastIndex((line) => line.text.trim() !== '');
  const titles = lines.filter((line, index) => {
    const text = line.text.trim();
    return (
      text !== '' &&
      index < lastText &&
      blank(index - 1) &&
      blank(index + 1) &&
      text.split(/\s+/u).length <= MAX_HEADING_WORDS &&
      !CLAUSE_PUNCTUATION.test(text) &&
      script !== undefined &&
      script.test(text) &&
      !Object.values(SCRIPT_OF).some((other) => other !== script && other.test(text))
    );
  });
  return titles.map((line, index) => ({
    source: source.meta.id,
    start: line.start,
    end: line.end,
    text: line.text,
    sectionEnd: titles[index + 1]?.start ?? source.codePoints.length,
  }));
}

/** One relation the source is said to state, with an end its citations do not name. */
export interface NamingEntry {
  relation: string;
  type: string;
  from: string;
  to: string;
  /** The ends no citation names, nor a cited heading over the relation's quotes. */
  unnamed: Array<'from' | 'to'>;
  /** Why it may stay so, when a curator has said; an entry without one fails the check. */
  reason?: string;
}

export interface NamingReport {
  /** How many relations are marked SOURCE (all of them are checked). */
  checked: number;
  headings: Heading[];
  entries: NamingEntry[];
  /** Relations a reason is given for that are not listed: the reason has outlived its cause. */
  staleReasons: string[];
}

/**
 * Checks every relation marked SOURCE. `reasons` gives, by relation id, why an entry may stay;
 * a reason for a relation that is not listed is reported too, so that none outlives its cause.
 */
export function checkNaming(
  dataset: Dataset,
  reasons: Readonly<Record<string, string>> = NAMING_REASONS,
): NamingReport {
  const headings = dataset.sources.flatMap(findHeadings);
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const stated = dataset.relations.filter((r) => (r.qualifiers?.attestation ?? 'SOURCE') === 'SOURCE');
  const entries: NamingEntry[] = [];
  for (const relation of stated) {
    const naming = namingCitations(relation, headings);
    const unnamed = (['from', 'to'] as const).filter((end) => {
      const entity = entities.get(relation[end]);
      return !entity || !naming.some((citation) => citationNames(citation, entity));
    });
    if (unnamed.length === 0) continue;
    const { id, type, from, to } = relation;
    entries.push({ relation: id, type, from, to, unnamed, ...(reasons[id] ? { reason: reasons[id] } : {}) });
  }
  const listed = new Set(entries.map((entry) => entry.relation));
  const staleReasons = Object.keys(reasons).filter((id) => !listed.has(id));
  return { checked: stated.length, headings, entries, staleReasons };
}

/**
 * The citations that may name a relation's ends: each quote of the body, and each quote of a
 * heading whose section holds one of the others (or any heading, when it cites only headings).
 */
function namingCitations(relation: RelationData, headings: Heading[]): CitationData[] {
  const headingOf = (c: CitationData) =>
    headings.find((h) => h.source === c.source && h.start <= c.start && c.end <= h.end);
  const body = relation.citations.filter((c) => !headingOf(c));
  if (body.length === 0) return relation.citations;
  const headed = relation.citations.filter((c) => {
    const heading = headingOf(c);
    return (
      heading !== undefined &&
      body.some((b) => b.source === heading.source && heading.end <= b.start && b.end <= heading.sectionEnd)
    );
  });
  return [...body, ...headed];
}

/** Whether the citation names the entity: by one of its names, or by holding its cited mention. */
function citationNames(citation: CitationData, entity: EntityData): boolean {
  const mentioned = entity.citations.some(
    (own) =>
      own.supports?.includes('name') &&
      own.source === citation.source &&
      citation.start <= own.start &&
      own.end <= citation.end,
  );
  return mentioned || names(citation.quote, entity);
}

/** Proclitics an Arabic word may carry: a conjunction (و ف), then a preposition (ب ك ل). */
const CONJUNCTION = '(?:[وف])?';
const PREPOSITION = '(?:[بكل])?';

/**
 * Whether the text names the entity: one of its names or aliases occurs in it as whole words,
 * after name normalisation, an Arabic name also with its proclitics («ومنظمة», «للاتحاد»).
 */
export function names(text: string, entity: EntityData): boolean {
  const haystack = normaliseName(text);
  const candidates = [
    entity.names.ar,
    entity.names.en,
    ...(entity.aliases ?? []).filter((a) => a.kind !== 'RELATED_TERM').map((a) => a.text),
  ];
  return candidates.some((candidate) => nameExpression(normaliseName(candidate)).test(haystack));
}

function nameExpression(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const forms = [`${CONJUNCTION}${PREPOSITION}${escaped}`];
  // ل before the article drops its alef: ل + الاتحاد is written للاتحاد.
  if (name.startsWith('ال')) forms.push(`${CONJUNCTION}ل${escaped.slice(1)}`);
  return new RegExp(`(?:^| )(?:${forms.join('|')})(?= |$)`, 'u');
}

/** The report as the command prints it: what was checked, each entry, and whether it passes. */
export function formatNamingReport(report: NamingReport): string {
  const lines = [
    `Relations marked SOURCE: ${report.checked}`,
    `Headings: ${report.headings.map((h) => `«${h.text}» (${h.source}@${h.start}-${h.end})`).join(', ') || 'none'}`,
    `Relations whose citations name an end neither in a quote nor in a cited heading: ${report.entries.length}`,
  ];
  for (const entry of report.entries) {
    const ends = entry.unnamed.map((end) => `${end} "${entry[end]}"`).join(', ');
    lines.push(`  ${entry.relation} (${entry.type}): no citation names ${ends}`);
    lines.push(`    ${entry.reason ? `kept: ${entry.reason}` : 'NO REASON GIVEN'}`);
  }
  for (const id of report.staleReasons) lines.push(`  a reason is given for "${id}", which is not listed`);
  return `${lines.join('\n')}\n`;
}

/** The check passes when every entry says why it stays, and no reason is left over. */
export function namingPasses(report: NamingReport): boolean {
  return report.entries.every((entry) => entry.reason) && report.staleReasons.length === 0;
}
