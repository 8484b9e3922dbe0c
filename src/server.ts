import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';
import type { Context } from './context';
import { formatError, logErrorsPlugin } from './graphql/errors.plugin';
import { debugDbPlugin } from './graphql/debug-db.plugin';
import type { Logger } from './logger';

export const RESOLVERS = [AboutResolver] as const;

/** The schema as the code declares it; schema/schema.graphql is this, sorted and printed. */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}

export interface ApolloOptions {
  schema: GraphQLSchema;
  logger: Logger;
  production: boolean;
  introspection: boolean;
  landingPage: boolean;
}

/** Apollo Server without a listener: main.ts puts it behind node:http, tests call executeOperation. */
export function createApolloServer(options: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: options.schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    csrfPrevention: true,
    // main.ts owns the signals: it drains HTTP first, then stops Apollo, the driver and Neo4j.
    stopOnTerminationSignals: false,
    formatError: formatError(options.production),
    plugins: [
      logErrorsPlugin(),
      debugDbPlugin(),
      options.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
