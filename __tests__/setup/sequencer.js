const Sequencer = require('@jest/test-sequencer').default;

/**
 * Jest's order (failed first, then slowest first by the last run's times), with the lifecycle
 * suites spread out: each spends its time starting and stopping Neo4j servers of its own, so two
 * of them side by side leave the workers waiting on JVMs while the api suites wait for a worker.
 * Every other suite goes between two lifecycle ones.
 */
class TierSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const lifecycle = sorted.filter((test) => test.context.config.displayName?.name === 'lifecycle');
    const others = sorted.filter((test) => !lifecycle.includes(test));
    const order = [];
    while (lifecycle.length > 0 || others.length > 0) {
      if (lifecycle.length > 0) order.push(lifecycle.shift());
      if (others.length > 0) order.push(others.shift());
    }
    return order;
  }
}

module.exports = TierSequencer;
