import { itHolds, soakServer } from './harness';
import { longOperationNames } from './requests';

/** Issue 19, 5: operation names were logged as sent; 4 clients with 900 KB names wrote 83 MB/s. */
describe('soak: long operation names', () => {
  const server = soakServer();

  itHolds(
    'logs capped lines under 1,000 operation names of 900 KB, from 4 clients',
    server,
    {
      attack: 'log amplification (5)',
      phase: '900 KB operation names (one token), in the document or naming none; 4 clients',
      clients: 4,
      perSecond: 50,
      requests: 1_000,
      maxMs: 90_000,
      templates: longOperationNames(),
    },
    (figures) => {
      // The name is one token: the first is answered, the second names no operation.
      expect(figures.byTemplate).toEqual([{ 200: 500 }, { 400: 500 }]);
      expect(figures.longestLogLine).toBeLessThan(4_096);
    },
  );
});
