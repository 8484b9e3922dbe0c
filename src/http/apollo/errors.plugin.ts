import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import type { Limits } from '../../config';
import { ErrorCode } from '../../errors';
import { tokenLimitError } from './limits.plugin';

/** An error nobody threw on purpose: a bug or an unforeseen failure, hidden from clients. */
function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return !(original instanceof GraphQLError) || original.extensions?.code === undefined;
}

/**
 * In production an unexpected error reaches the client as a bare INTERNAL_SERVER_ERROR with the
 * request id to quote; its cause is in the log (logErrorsPlugin). Coded errors pass unchanged.
 */
export function formatError(production: boolean, limits: Limits) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const tooManyTokens = tokenLimitError(formatted, error, limits.maxTokens);
    if (tooManyTokens) return tooManyTokens;
    if (!isUnexpected(error)) return formatted;
    if (!production)
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Logs each unexpected error once, with its cause and the request id. */
export function logErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            contextValue.logger.error(
              { err: unwrapResolverError(error), path: error.path, operationName },
              'unexpected error in a GraphQL request',
            );
          }
        },
      };
    },
  };
}
