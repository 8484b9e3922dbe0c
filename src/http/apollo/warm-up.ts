import type { ApolloServer } from '@apollo/server';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../context';
import type { Logger } from '../../logger';
import { EXAMPLE_OPERATIONS } from './examples';

/**
 * Asks the example operations once, in the background, right after start-up, so that Neo4j has
 * planned their statements before the first analyst asks. Neo4j plans a statement on its first
 * use and keys the plan on the types of its parameters (an EXPLAIN with nulls warms nothing); the
 * larger statements (a timeline, search) take one to a few seconds to plan on a busy 2-core
 * machine, long enough for a first request to meet its timeout. Failures are logged, never fatal:
 * a request then plans for itself.
 */
export async function warmUp(
  apollo: ApolloServer<Context>,
  context: () => Context,
  logger: Logger,
  stopping: () => boolean,
): Promise<void> {
  const started = Date.now();
  const names = parse(EXAMPLE_OPERATIONS)
    .definitions.map((definition) => (definition as OperationDefinitionNode).name?.value)
    .filter((name): name is string => name !== undefined);
  let failed = 0;
  for (const operationName of names) {
    if (stopping()) return;
    try {
      const response = await apollo.executeOperation(
        { query: EXAMPLE_OPERATIONS, operationName },
        { contextValue: context() },
      );
      if (response.body.kind === 'single' && response.body.singleResult.errors) failed += 1;
    } catch (error) {
      failed += 1;
      logger.debug({ err: error, operationName }, 'warm-up: the operation failed');
    }
  }
  logger.info(
    { operations: names.length, failed, ms: Date.now() - started },
    'warmed up the example operations',
  );
}
