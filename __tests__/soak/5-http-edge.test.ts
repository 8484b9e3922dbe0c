import { itHolds, soakServer } from './harness';
import { oddRequests } from './requests';

/**
 * Issue 19's Low findings at the HTTP edge: odd request lines and prototype names answered 500,
 * aborted uploads were logged as errors with a stack, /health/ready asked Neo4j on every call
 * (64 clients: 767 requests a second, 28 s of Neo4j CPU in 20 s).
 */
describe('soak: the HTTP edge', () => {
  const server = soakServer();

  itHolds(
    'answers odd request lines and aborted uploads without a 5xx or an error in its log, from 8 clients',
    server,
    {
      attack: 'HTTP edge (Low)',
      phase: 'odd request lines, prototype names, preflight, aborted uploads; 8 clients',
      clients: 8,
      perSecond: 200,
      requests: 4_000,
      maxMs: 90_000,
      templates: oddRequests(),
    },
    (figures) => expect(figures.errorLogLines).toBe(0),
  );

  itHolds(
    'asks Neo4j about readiness at most once a second, whatever 64 clients ask',
    server,
    {
      attack: 'HTTP edge (Low)',
      phase: '/health/ready; 64 clients',
      clients: 64,
      perSecond: 800,
      requests: 10_000,
      maxMs: 90_000,
      templates: [{ kind: 'http', method: 'GET', path: '/health/ready' }],
    },
    (figures) => {
      expect(figures.byStatus).toEqual({ 200: 10_000 });
      expect(figures.neo4jCpuMsPerRequest).toBeLessThan(1);
    },
  );
});
