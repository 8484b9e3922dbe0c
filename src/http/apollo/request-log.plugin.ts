import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';
import { clientCode } from './errors.plugin';

/**
 * One structured log line per GraphQL request: request id, operation, duration, database round
 * trips and records, and the codes of any errors. Query text and variables are not logged.
 */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, response, errors }) {
          const codes = (errors ?? []).map(clientCode);
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Date.now() - contextValue.startedAt,
              roundTrips: contextValue.stats.roundTrips,
              records: contextValue.stats.records,
              status: response.http.status ?? 200,
              principal: contextValue.principal?.name ?? null,
              ...(codes.length > 0 ? { errorCodes: codes } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
