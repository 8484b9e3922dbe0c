import type { ApolloServerPlugin } from '@apollo/server';
import type { ASTVisitor, GraphQLFormattedError, ValidationContext } from 'graphql';
import { GraphQLError, Kind, Lexer, Source, TokenKind } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode } from 'graphql';
import { checkRoles } from '../../auth/roles';
import type { Limits } from '../../config';
import type { Context } from '../../context';
import { ErrorCode } from '../../errors';
import { checkDocument, checkOperation } from './limits';

/**
 * The limits a document is held to before graphql-js validates it, as a validation rule that
 * Apollo runs with the specified ones. Its Document visitor runs before any other rule has looked
 * past the document's root; on a refusal it reports the LimitError and returns null, which removes
 * the document from the walk (graphql-js' visitor "delete this node"), so that no other rule, among
 * them the quadratic OverlappingFieldsCanBeMerged, spends anything on a document already refused.
 * (Throwing would make Apollo answer 500, as graphql-armor's rules do: graphql-armor#191, #659.)
 */
export function limitsRule(limits: Limits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const refusal = checkDocument(context.getSchema(), document, limits);
      if (!refusal) return undefined;
      context.reportError(refusal);
      return null;
    },
  });
}

/**
 * Refuses an operation whose root type the schema lacks (here: any subscription), as the GraphQL
 * specification's "Operation Type Existence" rule does (graphql-js 17's KnownOperationTypesRule).
 * graphql-js 16 does not check it, and execution then fails with an uncoded error.
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (context.getSchema().getRootType(operation.operation)) return;
      context.reportError(
        new GraphQLError(
          `The schema does not support ${operation.operation} operations; send a query or a mutation.`,
          { nodes: operation },
        ),
      );
    },
  };
}

/**
 * Checks, once the operation is known and before anything runs, first the roles its root fields
 * need (@RequiresRole: a caller without one learns nothing more of its request), then the limits
 * that need variables (page sizes, traversals, cost).
 */
export function limitsPlugin(limits: Limits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const rootType = schema.getRootType(operation.operation);
          if (rootType)
            checkRoles(rootType, operation.selectionSet, fragmentsOf(document), contextValue.principal);
          checkOperation(schema, document, operation, request.variables ?? {}, limits);
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
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
