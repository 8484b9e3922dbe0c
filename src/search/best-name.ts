import { normaliseName } from '../domain/normalise';
import { editDistance } from './analysis';

export interface NameCandidate {
  text: string;
  lang: 'ar' | 'en';
  /** NAME for the entity's name, else the alias kind (ACRONYM, FORMER_NAME, ...). */
  kind: string;
}

/**
 * Which of an entity's names the query matched best, so a hit can say why it is there ("found
 * by its former name"). Compared after normalisation: an equal name wins, then the name sharing
 * the most words with the query (a word counts when equal, or within one edit from four letters).
 */
export function bestMatchingName(query: string, candidates: NameCandidate[]): NameCandidate {
  const wanted = normaliseName(query);
  const wantedWords = wanted.split(' ').filter(Boolean);
  let best = candidates[0];
  let bestScore = -1;
  for (const candidate of candidates) {
    const key = normaliseName(candidate.text);
    let score: number;
    if (key === wanted) {
      score = 1000;
    } else {
      const words = key.split(' ').filter(Boolean);
      const shared = wantedWords.filter((w) =>
        words.some((v) => v === w || (w.length >= 4 && editDistance(w, v) <= 1)),
      ).length;
      // Prefer the name covering the query, then the one with fewest extra words.
      score = shared * 10 - Math.max(0, words.length - shared);
    }
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
