import { PLAN_CACHE_MAX_KEY, PLAN_CACHE_MAX_SIZE, planCacheSize } from '../../../src/graph/planner/planner';
import { startApi, type Api } from '../../helpers/api';

/**
 * Every mechanism carries its own bound: what a request can make the server keep or do is
 * limited by what the request declares, not by what it happens to carry.
 */
describe('the bounds of the server’s own mechanisms', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  describe('the planner’s plan cache', () => {
    const planned = 'query Q($id: ID!) { entity(id: $id) { id relations(first: 2) { nodes { id } } } }';

    it('keys plans on the declared variables only: undeclared ones add no entry', async () => {
      await api.run(planned, { id: 'oic' });
      const before = planCacheSize().entries;
      for (let i = 0; i < 20; i++) {
        const result = await api.run(planned, { id: 'oic', [`unused${i}`]: 'x'.repeat(10_000) });
        expect(result.errors).toBeUndefined();
        expect(result.data?.entity.id).toBe('oic');
      }
      expect(planCacheSize().entries).toBe(before);
    });

    it('does not keep a plan whose key is past its bound, and stays under its size', async () => {
      const before = planCacheSize().entries;
      for (let i = 0; i < 20; i++) {
        // Unique documents whose declared variable is longer than a key may be.
        const result = await api.run(`# ${i}\n${planned}`, { id: `${'x'.repeat(PLAN_CACHE_MAX_KEY)}${i}` });
        expect(result.errors).toBeUndefined();
        expect(result.data?.entity).toBeNull();
      }
      expect(planCacheSize().entries).toBe(before);
      expect(planCacheSize().size).toBeLessThanOrEqual(PLAN_CACHE_MAX_SIZE);
    });
  });
});
