import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';

/**
 * Adds extensions.db = { roundTrips, records, statements } to a response when the request asked for it
 * (header x-debug-db: 1, honoured outside production). It makes batching observable: a page of
 * 20 entities should cost the same round trips as a page of 2; statements names each one sent
 * (the planner's name says the shape it planned).
 */
export function debugDbPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.debugDb || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            db: {
              roundTrips: contextValue.stats.roundTrips,
              records: contextValue.stats.records,
              statements: contextValue.stats.statements,
              ...(contextValue.stats.planFailures ? { planFailures: contextValue.stats.planFailures } : {}),
            },
          };
        },
      };
    },
  };
}
