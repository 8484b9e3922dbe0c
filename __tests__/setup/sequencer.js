const Sequencer = require('@jest/test-sequencer').default;

/**
 * Jest's order (failed first, then slowest first by the last run's times), with the lifecycle
 * suites spread out: each spends its time starting and stopping Neo4j servers of its own, so two
 * of them side by side leave the workers waiting on JVMs while the api suites wait for a worker.
 * Every other suite goes between two lifecycle ones. The soak suites (OICKG_SOAK=yes) come last,
 * in the order of their file names: they share one Neo4j, and the type-list attacks, which could
 * take it down before the fixes, come after the others.
 */
class TierSequencer extends Sequencer {
  async sort(tests) {
    const tier = (test) => test.context.config.displayName?.name;
    const sorted = (await super.sort(tests)).filter((test) => tier(test) !== 'soak');
    const soak = tests.filter((test) => tier(test) === 'soak').sort((a, b) => a.path.localeCompare(b.path));
    const lifecycle = sorted.filter((test) => tier(test) === 'lifecycle');
    const others = sorted.filter((test) => !lifecycle.includes(test));
    const order = [];
    while (lifecycle.length > 0 || others.length > 0) {
      if (lifecycle.length > 0) order.push(lifecycle.shift());
      if (others.length > 0) order.push(others.shift());
    }
    return [...order, ...soak];
  }
}

module.exports = TierSequencer;
