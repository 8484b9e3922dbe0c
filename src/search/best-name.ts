import { normaliseName } from '../domain/normalise';
import { snippetOf, type Marker, type SnippetValue } from './snippet';

export interface NameCandidate {
  text: string;
  lang: 'ar' | 'en';
  /** NAME for the entity's name, else the alias kind (ACRONYM, FORMER_NAME, ...). */
  kind: string;
}

/** The most names and aliases of one entity compared with the query; an entity rarely has ten. */
export const MAX_NAME_CANDIDATES = 50;

/**
 * Which of an entity's names the query matched, so a hit can say why it is there ("found by its
 * former name") and mark it: among the names in the language of the index that found it (any
 * language for an exact-name hit), the name equal to the query up to normalisation, else the one
 * with the most words marked, by the rule that marks snippets, then the one with the fewest
 * other words, then the entity's own name before its aliases.
 */
export function bestMatchingName(
  query: string,
  candidates: readonly NameCandidate[],
  lang: string | null,
  marker: Marker,
  fuzzy: boolean,
): { name: NameCandidate; snippet: SnippetValue } {
  const wanted = normaliseName(query);
  const inLanguage = candidates.filter((candidate) => lang === null || candidate.lang === lang);
  const pool = (inLanguage.length > 0 ? inLanguage : candidates).slice(0, MAX_NAME_CANDIDATES);
  let best: { name: NameCandidate; snippet: SnippetValue } | null = null;
  let bestScore = -Infinity;
  for (const name of pool) {
    const snippet = snippetOf(name.text, marker, { fuzzy, clip: false });
    const key = normaliseName(name.text);
    const words = key.split(' ').filter(Boolean).length;
    const score = key === wanted ? Infinity : snippet.marks.length * 1000 - words;
    if (best === null || score > bestScore) {
      best = { name, snippet };
      bestScore = score;
    }
  }
  return best!;
}
