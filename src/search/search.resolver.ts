import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { EntityKind } from '../domain/kinds';
import { normaliseName } from '../domain/normalise';
import { BadUserInputError } from '../errors';
import { decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';
import { EntityKindEnum } from '../graphql/enums';
import { toSearchHit } from './hits';
import { MAX_FUZZY_WORDS, MAX_SEARCH_TEXT, MAX_SEARCH_WORDS, queryWordsOf, SEARCH_CANDIDATES } from './query';
import { searchCost } from './search.cost';
import { searchHits, type SortKey } from './search.repository';
import { SearchConnection, SearchScope, type SearchHit } from './search.types';
import { Marker } from './snippet';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    complexity: searchCost,
    description:
      'What matches the text, in one ranked list, a page at a time: entities by their names and aliases, in ' +
      'Arabic or English (acronyms such as OIC and UNGA, former names such as Organisation of the Islamic ' +
      'Conference), entities by their descriptions, and the verbatim quotes of the source with the facts they ' +
      'support. Arabic spelling variants (hamza forms of alef, taa marbuta, alef maqsura, diacritics, tatweel), ' +
      'in Arabic texts prefixes and suffixes (التطرف finds والتطرف), and the indefinite accusative (الأمين العام ' +
      'finds أمينًا عامًا) match; small misspellings (Mogerini) match too, as hits flagged `fuzzy`, after every ' +
      'match of the words as typed. Ranked as a search engine ranks: the exact name first; then the words next ' +
      'to each other in the order typed (the phrase); then every word; then some of them, where a text holding ' +
      'rarer words ranks first (a word weighs less the more texts hold it, so «عام» or "general" weighs little, ' +
      'and a stop word such as «في» or "the" nothing); on a tie, names before descriptions before quotes, then ' +
      "Lucene's score. An entity found several ways is one hit, by its best match; a quote gives one hit per " +
      'fact it supports, and a fact found in several quotes is one hit, by its best quote. Only the first ' +
      `${MAX_SEARCH_WORDS} distinct words take part (the words after them are ignored), and only the first ` +
      `${MAX_FUZZY_WORDS} of four letters or more are guessed at. The cost of a search counts its words, and ` +
      'each hit once per word.',
  })
  async search(
    @Arg('text', { description: `What to look for, 1 to ${MAX_SEARCH_TEXT} characters.` }) text: string,
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description:
        "Only hits whose `entity` is of these kinds (for a relation's quote: its source); all when omitted. " +
        `Drawn from the ${SEARCH_CANDIDATES} best texts of each index query, as every hit is.`,
    })
    kinds: EntityKind[] | null,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: "How many hits, from 1 to the server's page limit (100 unless configured).",
    })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Return the hits after this cursor (a previous endCursor), in the same ranking.',
    })
    after: string | null,
    @Arg('in', () => [SearchScope], {
      nullable: true,
      description: 'Where to look: names, descriptions, quotes; everywhere when omitted or empty.',
    })
    scopes: SearchScope[] | null,
    @Ctx() ctx: Context,
  ): Promise<Page<SearchHit>> {
    const limit = pageSize(first, ctx.limits.maxPageSize);
    const trimmed = text.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_SEARCH_TEXT) {
      throw new BadUserInputError(
        `text: expected 1 to ${MAX_SEARCH_TEXT} characters, received ${trimmed.length}`,
        'text',
      );
    }
    const afterKey = sortKeyOf(after);
    const words = queryWordsOf(trimmed);
    // Nothing to look for (only punctuation): no word, and no name.
    if (words.length === 0) return toPage<SearchHit>([], () => '', 0, false, after);
    const exact = normaliseName(trimmed);
    const looksIn = (scope: SearchScope) => !scopes?.length || scopes.includes(scope);
    const { rows, total, found } = await searchHits(ctx.db, {
      exact: exact.length > 0 ? exact : null,
      words,
      scopes: {
        names: looksIn(SearchScope.NAMES),
        descriptions: looksIn(SearchScope.DESCRIPTIONS),
        quotes: looksIn(SearchScope.QUOTES),
      },
      kinds: [...new Set(kinds ?? [])],
      after: afterKey,
      first: limit,
    });
    const marker = new Marker(words, new Set(found));
    const page = rows.slice(0, limit).map((row) => {
      ctx.loaders.entity.prime(row.entity.id, row.entity);
      if (row.other) ctx.loaders.entity.prime(row.other.id, row.other);
      if (row.citation) {
        // Without `supports`: that says what the quote supports for this hit's entity only.
        const { id, sourceId, quote, start, end } = row.citation;
        ctx.loaders.citation.prime(id, { id, sourceId, quote, start, end });
      }
      return { hit: toSearchHit(row, trimmed, marker), key: row.key };
    });
    const keys = new Map(page.map(({ hit, key }) => [hit, JSON.stringify(key)]));
    return toPage(
      page.map(({ hit }) => hit),
      (hit) => keys.get(hit)!,
      total,
      rows.length > limit,
      after,
    );
  }
}

/** The sort key a search cursor carries; anything else is refused as BAD_USER_INPUT. */
function sortKeyOf(after: string | null): SortKey | null {
  const decoded = decodeCursor(after);
  if (decoded === null) return null;
  let key: unknown;
  try {
    key = JSON.parse(decoded);
  } catch {
    key = null;
  }
  const valid =
    Array.isArray(key) &&
    key.length === 8 &&
    key.slice(0, 5).every((value) => typeof value === 'number' && Number.isFinite(value)) &&
    key.slice(5).every((value) => typeof value === 'string');
  if (!valid) {
    throw new BadUserInputError(
      `after: expected a cursor returned by search (an endCursor), received "${after!.slice(0, 60)}"`,
      'after',
    );
  }
  return key as SortKey;
}
