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
  DATABASE_OVERLOADED: 'DATABASE_OVERLOADED',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_REPEATED_SELECTIONS: 'TOO_MANY_REPEATED_SELECTIONS',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  INTROSPECTION_TOO_LARGE: 'INTROSPECTION_TOO_LARGE',
  LIST_TOO_LONG: 'LIST_TOO_LONG',
  RATE_LIMITED: 'RATE_LIMITED',
  PAGE_TOO_LARGE: 'PAGE_TOO_LARGE',
  TRAVERSAL_TOO_DEEP: 'TRAVERSAL_TOO_DEEP',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure: its message is written for the client and shown as it is. */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'CodedError';
  }
}

/** An argument outside what the field accepts; `argument` names it for the client (HTTP 400). */
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

/** One query needed more memory than Neo4j allows a transaction: asking again would fail again. */
export class QueryTooLargeError extends CodedError {
  constructor(
    message = 'The query needed more memory than the graph database allows one request; narrow it ' +
      '(a smaller page, fewer hops, a shorter period) and ask again.',
  ) {
    super(ErrorCode.QUERY_TOO_LARGE, message);
  }
}

/** Neo4j's memory for all transactions together ran out under the current load; clients may retry. */
export class DatabaseOverloadedError extends CodedError {
  constructor(
    message = 'The graph database is out of memory for queries under the current load; retry shortly.',
  ) {
    super(ErrorCode.DATABASE_OVERLOADED, message);
  }
}

/**
 * A request past one of the server's limits, refused before any database work. The message
 * states the limit and what was received; extensions carry both as numbers.
 */
export class LimitError extends CodedError {
  constructor(code: ErrorCode, message: string, limit: number, received: number) {
    super(code, message, { limit, received, http: { status: 400 } });
  }
}

/** No valid API key where one is needed. */
export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
  }
}

/** A valid key whose role does not allow the operation. */
export class ForbiddenError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message, { http: { status: 403 } });
  }
}

/** The change contradicts what the graph holds (a kind that cannot change, an id taken). */
export class ConflictError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message, { http: { status: 409 } });
  }
}

/** A mutation names something the graph does not hold. */
export class NotFoundError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
  }
}
