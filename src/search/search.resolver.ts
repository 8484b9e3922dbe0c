import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { EntityKind } from '../domain/kinds';
import { BadUserInputError } from '../errors';
import { EntityKindEnum, Language } from '../graphql/enums';
import { toEntityNode, type EntityNode } from '../graph/graph.nodes';
import { pageSize } from '../graphql/connection';
import { bestMatchingName, type NameCandidate } from './best-name';
import { exactQuery, fuzzyQuery } from '../db/lucene';
import { normaliseName } from '../domain/normalise';
import { searchNames } from './search.repository';
import { SearchHit } from './search.types';

export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_HITS = 50;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Entities whose names or aliases match the text, best first, in Arabic or English: acronyms (OIC, UNGA), ' +
      'former names (Organisation of the Islamic Conference), Arabic spelling variants (hamza forms of alef, ' +
      'taa marbuta, alef maqsura, diacritics, tatweel) and small Latin misspellings (Mogerini) all match.',
  })
  async search(
    @Arg('text', { description: `What to look for, 1 to ${MAX_SEARCH_TEXT} characters.` }) text: string,
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description: 'Only these kinds; all when omitted.',
    })
    kinds: EntityKind[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many hits, 1 to ${MAX_SEARCH_HITS}.` })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    const limit = pageSize(first, MAX_SEARCH_HITS);
    const trimmed = text.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_SEARCH_TEXT) {
      throw new BadUserInputError(
        `text: expected 1 to ${MAX_SEARCH_TEXT} characters, received ${trimmed.length}`,
        'text',
      );
    }
    const normalised = normaliseName(trimmed);
    const fuzzy = fuzzyQuery(trimmed);
    if (normalised.length === 0 || fuzzy === null) return [];
    const rows = await searchNames(
      ctx.db,
      { exact: exactQuery(normalised), arabic: fuzzy, english: fuzzy },
      kinds?.length ? kinds : null,
      limit,
    );
    return rows.map((row) => {
      const entity = toEntityNode(row.props);
      ctx.loaders.entity.prime(entity.id, entity);
      const matched = bestMatchingName(trimmed, candidatesOf(entity));
      return {
        entity,
        score: row.score,
        matchedName: matched.text,
        matchedLang: matched.lang === 'ar' ? Language.AR : Language.EN,
        matchedAs: matched.kind,
        exact: normaliseName(matched.text) === normalised,
      };
    });
  }
}

function candidatesOf(entity: EntityNode): NameCandidate[] {
  return [
    { text: entity.name.ar, lang: 'ar', kind: 'NAME' },
    { text: entity.name.en, lang: 'en', kind: 'NAME' },
    ...entity.aliases,
  ];
}
