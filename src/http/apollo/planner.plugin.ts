import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';
import { runPlan } from '../../graph/planner/planner';

/**
 * Runs the look-ahead planner (src/graph/planner/) once an operation is validated and its
 * limits checked, before any resolver: it primes the request's loaders so that a nested
 * question costs one round trip per root field. Queries only: a mutation's reads must see its
 * writes. A plan that fails is logged and left: the resolvers then ask the database as they
 * would without one, and report what went wrong with its code.
 */
export function plannerPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue, document, operation, schema, request, queryHash }) {
          if (operation?.operation !== 'query') return;
          try {
            await runPlan(
              contextValue,
              schema,
              { hash: queryHash, node: document },
              operation,
              request.variables ?? {},
            );
          } catch (error) {
            contextValue.logger.debug({ err: error }, 'the plan failed; resolvers read without it');
          }
        },
      };
    },
  };
}
