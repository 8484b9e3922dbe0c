import { GraphQLError } from 'graphql';

/**
 * Every error a client can see carries one of these in extensions.code. Apollo's own codes
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, ...) pass through unchanged.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure: its message is written for the client and shown as it is. */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'CodedError';
  }
}

/** An argument outside what the field accepts; `argument` names it for the client. */
export class BadUserInputError extends CodedError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argument === undefined ? {} : { argument });
  }
}

/** Neo4j cannot be reached; clients may retry. */
export class DatabaseUnavailableError extends CodedError {
  constructor(message = 'The graph database is unavailable; retry shortly.') {
    super(ErrorCode.DATABASE_UNAVAILABLE, message);
  }
}

/** A database operation ran past its time budget and was stopped. */
export class DatabaseTimeoutError extends CodedError {
  constructor(message = 'The graph database took too long to answer; narrow the query or retry.') {
    super(ErrorCode.DATABASE_TIMEOUT, message);
  }
}
