import { normaliseName } from '../domain/normalise';
import type { EntityNode } from '../graph/graph.nodes';
import { Language } from '../graphql/enums';
import { bestMatchingName, type NameCandidate } from './best-name';
import type { SearchRow } from './search.repository';
import { MatchPlace, type SearchHit } from './search.types';
import { snippetOf } from './snippet';

const languageOf = (lang: string | null): Language => (lang === 'en' ? Language.EN : Language.AR);

/**
 * A row of the search query as the hit an analyst reads: which name matched (the one sharing
 * most words with the query), or the description in the language whose index matched, or the
 * quote; each with its snippet, marked.
 */
export function toSearchHit(row: SearchRow, text: string): SearchHit {
  const { entity, fuzzy } = row;
  const common = { entity, score: row.score, fuzzy, citation: row.citation, relation: row.relation };
  if (row.tier === 'EXACT_NAME' || row.tier === 'NAME') {
    const matched = bestMatchingName(text, candidatesOf(entity));
    const lang = matched.lang === 'ar' ? Language.AR : Language.EN;
    return {
      ...common,
      matchedIn: matched.kind === 'NAME' ? MatchPlace.NAME : MatchPlace.ALIAS,
      matchedName: matched.text,
      matchedLang: lang,
      matchedAs: matched.kind,
      exact: normaliseName(matched.text) === normaliseName(text),
      snippet: { ...snippetOf(matched.text, text, { fuzzy, clip: false }), lang },
    };
  }
  const lang = languageOf(row.lang);
  const matchedText =
    row.tier === 'DESCRIPTION'
      ? lang === Language.EN
        ? entity.description.en
        : entity.description.ar
      : (row.citation?.quote ?? '');
  return {
    ...common,
    matchedIn: row.tier === 'DESCRIPTION' ? MatchPlace.DESCRIPTION : MatchPlace.QUOTE,
    matchedName: null,
    matchedLang: lang,
    matchedAs: null,
    exact: false,
    snippet: { ...snippetOf(matchedText, text, { fuzzy, clip: true }), lang },
  };
}

function candidatesOf(entity: EntityNode): NameCandidate[] {
  return [
    { text: entity.name.ar, lang: 'ar', kind: 'NAME' },
    { text: entity.name.en, lang: 'en', kind: 'NAME' },
    ...entity.aliases,
  ];
}
