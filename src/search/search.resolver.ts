import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { exactQuery, fuzzyOnlyQuery, strictQuery } from '../db/lucene';
import type { EntityKind } from '../domain/kinds';
import { normaliseName } from '../domain/normalise';
import { BadUserInputError } from '../errors';
import { pageSize } from '../graphql/connection';
import { EntityKindEnum } from '../graphql/enums';
import { toSearchHit } from './hits';
import { QUOTE_CANDIDATES_PER_HIT_OF_SOME_KINDS, searchHits } from './search.repository';
import { SearchHit, SearchScope } from './search.types';

export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_HITS = 50;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'What matches the text, best first, in one list: entities by their names and aliases, in Arabic or English ' +
      '(acronyms such as OIC and UNGA, former names such as Organisation of the Islamic Conference), entities by ' +
      'their descriptions, and the verbatim quotes of the source with the facts they support. Arabic spelling ' +
      'variants (hamza forms of alef, taa marbuta, alef maqsura, diacritics, tatweel) and, in Arabic texts, ' +
      'prefixes and suffixes (التطرف finds والتطرف) match; small misspellings (Mogerini) match too, as hits ' +
      'flagged `fuzzy`, after every match of the words as typed. Exact names come first, then names ' +
      'and aliases, descriptions and quotes.',
  })
  async search(
    @Arg('text', { description: `What to look for, 1 to ${MAX_SEARCH_TEXT} characters.` }) text: string,
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description:
        "Only hits whose `entity` is of these kinds (for a relation's quote: its source); all when omitted. " +
        `Quote hits of these kinds are drawn from the ${QUOTE_CANDIDATES_PER_HIT_OF_SOME_KINDS} x \`first\` ` +
        'quotes that match best.',
    })
    kinds: EntityKind[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many hits, 1 to ${MAX_SEARCH_HITS}.` })
    first: number,
    @Arg('in', () => [SearchScope], {
      nullable: true,
      description: 'Where to look: names, descriptions, quotes; everywhere when omitted or empty.',
    })
    scopes: SearchScope[] | null,
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
    const strict = strictQuery(trimmed);
    if (strict === null) return [];
    const looksIn = (scope: SearchScope) => !scopes?.length || scopes.includes(scope);
    const rows = await searchHits(
      ctx.db,
      { exact: exactQuery(normaliseName(trimmed)), strict, fuzzy: fuzzyOnlyQuery(trimmed) },
      {
        names: looksIn(SearchScope.NAMES),
        descriptions: looksIn(SearchScope.DESCRIPTIONS),
        quotes: looksIn(SearchScope.QUOTES),
      },
      kinds ?? [],
      limit,
    );
    return rows.map((row) => {
      ctx.loaders.entity.prime(row.entity.id, row.entity);
      if (row.other) ctx.loaders.entity.prime(row.other.id, row.other);
      if (row.citation) {
        // Without `supports`: that says what the quote supports for this hit's entity only.
        const { id, sourceId, quote, start, end } = row.citation;
        ctx.loaders.citation.prime(id, { id, sourceId, quote, start, end });
      }
      return toSearchHit(row, trimmed);
    });
  }
}
