import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import type { Limits } from '../../config';
import { CodedError, ErrorCode } from '../../errors';
import { tokenLimitError } from './limits.plugin';

/**
 * A request Apollo refused as malformed without giving it a code: a persisted query of another
 * version, a hash that does not match its query, a persistedQuery that is not an object. Apollo
 * marks these with an HTTP 4xx status; they are the client's mistake, not the server's.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** An error nobody threw on purpose: a bug or an unforeseen failure, hidden from clients. */
function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (isUncodedClientError(original)) return false;
  return !(original instanceof GraphQLError) || original.extensions?.code === undefined;
}

/**
 * The code a client sees. Apollo files a validation rule's error under GRAPHQL_VALIDATION_FAILED;
 * a limit refused by a rule keeps its own code (QUERY_TOO_DEEP, ...), as when refused later.
 */
function codeOf(error: unknown): string | undefined {
  if (isUncodedClientError(error)) return ErrorCode.BAD_REQUEST;
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  return cause instanceof CodedError ? (cause.extensions.code as string) : undefined;
}

/** graphql-js's suggestions, in every form it writes them (fields, arguments, enum values, input fields). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * In production an unexpected error reaches the client as a bare INTERNAL_SERVER_ERROR with the
 * request id to quote; its cause is in the log (logErrorsPlugin). Coded errors pass unchanged.
 * Without suggestions (when introspection is off), no message says "Did you mean": Apollo's
 * plugin removes them from validation errors only, and graphql-js writes them into variable and
 * argument errors too, which would leak the schema piece by piece.
 */
export function formatError(production: boolean, limits: Limits, suggestions = true) {
  const format = formatErrorWithSuggestions(production, limits);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const answer = format(formatted, error);
    const message = suggestions ? answer.message : answer.message.replace(SUGGESTION, '');
    return message === answer.message && message.length <= MAX_MESSAGE
      ? answer
      : { ...answer, message: capped(message) };
  };
}

/**
 * The longest error message a client gets, in characters: graphql-js quotes what it was sent
 * ("Unknown operation named ..."), and a 900 KB operation name came back whole.
 */
export const MAX_MESSAGE = 1_000;

function capped(message: string): string {
  return message.length <= MAX_MESSAGE
    ? message
    : `${message.slice(0, MAX_MESSAGE)}… (${message.length - MAX_MESSAGE} more characters)`;
}

function formatErrorWithSuggestions(production: boolean, limits: Limits) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const tooManyTokens = tokenLimitError(formatted, error, limits.maxTokens);
    if (tooManyTokens) return tooManyTokens;
    const code = codeOf(error);
    if (code) return { ...formatted, extensions: { ...formatted.extensions, code } };
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

/** The code the client sees for an error, as formatError gives it; for the request log. */
export function clientCode(error: GraphQLError): string {
  return codeOf(error) ?? (error.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
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

/**
 * A request refused for bad input answers HTTP 400 wherever the input was found: Apollo gives
 * 400 to variables that do not fit and the limits do, but an argument a resolver refuses
 * (BAD_USER_INPUT from the server's checks or from type-graphql's class-validator rules) came back
 * with 200. Other statuses an error sets are left as they are.
 */
export function badInputStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.http.status !== undefined) return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.code === ErrorCode.BAD_USER_INPUT)) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}
