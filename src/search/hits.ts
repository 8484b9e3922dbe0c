import { normaliseName } from '../domain/normalise';
import type { EntityNode } from '../graph/graph.nodes';
import { Language } from '../graphql/enums';
import { bestMatchingName, type NameCandidate } from './best-name';
import type { SearchRow } from './search.repository';
import { MatchPlace, type SearchHit } from './search.types';
import { snippetOf, type Marker } from './snippet';

const languageOf = (lang: string | null): Language => (lang === 'en' ? Language.EN : Language.AR);

/**
 * A row of the search query as the hit an analyst reads: the name that matched (in the language
 * of the index that found it), or the description in the language whose index matched, or the
 * quote; each with its snippet, marked.
 */
export function toSearchHit(row: SearchRow, text: string, marker: Marker): SearchHit {
  const { entity, fuzzy } = row;
  const common = { entity, score: row.score, fuzzy, citation: row.citation, relation: row.relation };
  if (row.place === 'NAME') {
    const matched = bestMatchingName(text, candidatesOf(entity), row.lang, marker, fuzzy);
    const lang = matched.name.lang === 'ar' ? Language.AR : Language.EN;
    return {
      ...common,
      matchedIn: matched.name.kind === 'NAME' ? MatchPlace.NAME : MatchPlace.ALIAS,
      matchedName: matched.name.text,
      matchedLang: lang,
      matchedAs: matched.name.kind,
      exact: normaliseName(matched.name.text) === normaliseName(text),
      snippet: { ...matched.snippet, lang },
    };
  }
  const lang = languageOf(row.lang);
  const matchedText =
    row.place === 'DESCRIPTION'
      ? lang === Language.EN
        ? entity.description.en
        : entity.description.ar
      : (row.citation?.quote ?? '');
  return {
    ...common,
    matchedIn: row.place === 'DESCRIPTION' ? MatchPlace.DESCRIPTION : MatchPlace.QUOTE,
    matchedName: null,
    matchedLang: lang,
    matchedAs: null,
    exact: false,
    snippet: { ...snippetOf(matchedText, marker, { fuzzy, clip: true }), lang },
  };
}

function candidatesOf(entity: EntityNode): NameCandidate[] {
  return [
    { text: entity.name.ar, lang: 'ar', kind: 'NAME' },
    { text: entity.name.en, lang: 'en', kind: 'NAME' },
    ...entity.aliases,
  ];
}
