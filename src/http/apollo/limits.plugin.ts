import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Lexer, Source, TokenKind } from 'graphql';
import type { Limits } from '../../config';
import type { Context } from '../../context';
import { ErrorCode } from '../../errors';
import { checkLimits } from './limits';

/** Checks every operation against the limits after validation and before execution. */
export function limitsPlugin(limits: Limits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkLimits(schema, document, operation, request.variables ?? {}, limits);
        },
      };
    },
  };
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th[ae][nt] (\d+) tokens/;

/**
 * graphql-js stops parsing past maxTokens with a syntax error; this turns it into the
 * TOO_MANY_TOKENS refusal, counting the tokens (up to ten times the limit) to say how many.
 */
export function tokenLimitError(
  formatted: GraphQLFormattedError,
  error: unknown,
  limit: number,
): GraphQLFormattedError | null {
  if (!TOKEN_LIMIT_MESSAGE.test(formatted.message)) return null;
  const body = (error as { source?: Source })?.source?.body ?? '';
  const received = countTokens(body, limit * 10);
  const count = received > limit * 10 ? `more than ${limit * 10}` : String(received);
  return {
    message: `Number of tokens ${count} exceeds the limit of ${limit}`,
    extensions: { code: ErrorCode.TOO_MANY_TOKENS, limit, received },
  };
}

function countTokens(body: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= stopAfter) count += 1;
  } catch {
    // A lexing error past the limit: the count so far is what it is.
  }
  return count;
}
