import { itHolds, soakServer } from './harness';
import { longestTypeLists, typeListsFarPast, typeListsJustPast } from './requests';

/**
 * Issue 19, 2 and 7: relation types were written into the statement text, neither deduplicated
 * nor capped. 10,000 × HOLDS cost 8.7 s of Neo4j CPU; 40 such clients took Neo4j's heap to 951 MB
 * of 1 GB; every new set of types cost a new Neo4j plan (478 ms against 57 ms cached). Last of the
 * tier: before the fixes, these could take the tier's Neo4j down.
 */
describe('soak: lists of relation types to neighbourhood, relations and the exports', () => {
  const server = soakServer();

  itHolds(
    'holds Neo4j’s heap under 80% with 40 clients sending the longest lists allowed, a new set each time',
    server,
    {
      attack: 'relation type lists (2, 7)',
      phase: 'longest lists allowed (31 types, new sets), 40 clients',
      clients: 40,
      perSecond: 100,
      requests: 2_000,
      maxMs: 90_000,
      templates: longestTypeLists(2_000),
    },
    (figures) => expect(figures.byStatus).toEqual({ 200: 2_000 }),
  );

  itHolds(
    'refuses lists one past the longest, cheaply',
    server,
    {
      attack: 'relation type lists (2, 7)',
      phase: 'one past the longest (32 types; an export with a name that is no type), 8 clients',
      clients: 8,
      perSecond: 200,
      requests: 3_000,
      maxMs: 90_000,
      templates: typeListsJustPast(3_000),
    },
    (figures) => {
      expect(figures.byStatus).toEqual({ 400: 3_000 });
      expect(figures.codes).toEqual({ LIST_TOO_LONG: 2_000, BAD_USER_INPUT: 1_000 });
    },
  );

  itHolds(
    'refuses the issue’s 10,000 × HOLDS, cheaply',
    server,
    {
      attack: 'relation type lists (2, 7)',
      phase: '10,000 × HOLDS (exports: 1,500), 8 clients',
      clients: 8,
      perSecond: 50,
      requests: 1_000,
      maxMs: 90_000,
      templates: typeListsFarPast(),
    },
    (figures) => {
      // Refused by GraphQL; an export reads its types as a set: HOLDS once.
      expect(figures.byTemplate).toEqual([{ 400: 334 }, { 400: 333 }, { 200: 333 }]);
      expect(figures.codes).toEqual({ LIST_TOO_LONG: 667 });
    },
  );
});
