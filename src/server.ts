import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';
import { AgreementResolver, DocumentResolver } from './document/document.resolver';
import { EventResolver } from './event/event.resolver';
import { ParticipationResolver } from './event/participation.resolver';
import { CitationResolver, RecurrenceResolver } from './graph/citation.resolver';
import { EntityResolver } from './graph/entity.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { NodeResolver } from './graph/node.resolver';
import { EntityFacetsResolver, RelationFacetsResolver } from './graph/list-facets';
import { RelationResolver } from './graph/relation.resolver';
import { MissionResolver } from './organization/mission.resolver';
import { CommitteeResolver, OrganResolver } from './organization/organ.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { AppointmentResolver, SignatureResolver } from './person/appointment.resolver';
import { PersonResolver } from './person/person.resolver';
import { CountryResolver, PlaceResolver } from './place/place.resolver';
import { PositionResolver } from './position/position.resolver';
import { TenureResolver } from './position/tenure.resolver';
import { TopicResolver } from './topic/topic.resolver';
import { SearchResolver } from './search/search.resolver';
import { TraversalResolver } from './traversal/traversal.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { AliasResolver, OfficeTitleResolver } from './graph/values.resolver';
import { AccreditationResolver } from './position/accreditation.resolver';
import { CurationResolver } from './curation/curation.resolver';
import { ProposalResolver, ProposedCitationResolver } from './curation/proposal.resolver';
import { SourcesResolver } from './sources/sources.resolver';
import { RELATION_FIELD_RESOLVERS } from './graph/schema/relation-fields.resolver';
import { withDirectResolvers } from './graphql/direct';
import { documentWeight } from './graphql/document-weight';
import { cutsPlugin } from './http/apollo/cuts.plugin';
import type { Context } from './context';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import type { Limits } from './config';
import { badInputStatusPlugin, formatError, logErrorsPlugin } from './http/apollo/errors.plugin';
import { knownOperationTypesRule, limitsPlugin, limitsRule } from './http/apollo/limits.plugin';
import { requestLogPlugin } from './http/apollo/request-log.plugin';
import { introspectionPlugin, introspectionLimitsRule } from './http/apollo/introspection';
import { SANDBOX_OPERATIONS } from './http/apollo/examples';
import { landingPagePlugin } from './http/apollo/landing-page.plugin';
import { debugDbPlugin } from './http/apollo/debug-db.plugin';
import { plannerPlugin } from './http/apollo/planner.plugin';
import type { Logger } from './logger';

export const RESOLVERS = [
  AboutResolver,
  GraphResolver,
  NodeResolver,
  EntityFacetsResolver,
  RelationFacetsResolver,
  EntityResolver,
  RelationResolver,
  CitationResolver,
  RecurrenceResolver,
  AliasResolver,
  OfficeTitleResolver,
  OrganizationResolver,
  OrganResolver,
  CommitteeResolver,
  MissionResolver,
  PositionResolver,
  TenureResolver,
  AccreditationResolver,
  PersonResolver,
  AppointmentResolver,
  SignatureResolver,
  EventResolver,
  ParticipationResolver,
  AgreementResolver,
  DocumentResolver,
  CountryResolver,
  PlaceResolver,
  TopicResolver,
  SearchResolver,
  TraversalResolver,
  TimelineResolver,
  CurationResolver,
  ProposalResolver,
  ProposedCitationResolver,
  SourcesResolver,
  ...RELATION_FIELD_RESOLVERS,
] as const;

/** The schema as the code declares it; schema/schema.graphql is this, sorted and printed. */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  // class-validator runs only on the arguments that carry its rules (the curation inputs, each
  // marked validate: true): on every other argument it would be loaded and run per field resolved.
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  return withDirectResolvers(schema);
}

export interface ApolloOptions {
  schema: GraphQLSchema;
  logger: Logger;
  production: boolean;
  introspection: boolean;
  landingPage: boolean;
  limits: Limits;
  /** Run the look-ahead planner (GRAPHQL_PLANNER); on unless turned off, for comparison. */
  planner?: boolean;
}

/**
 * The parsed documents Apollo keeps, one per query text. Its own store weighs a document by its
 * parsed form alone, but the nodes' locations keep the whole query text alive: a one-field query
 * padded with a megabyte of comments weighed a few hundred characters and kept a megabyte, and
 * thirty thousand of them fit its bound. Here a document weighs its text too.
 */
export const DOCUMENT_STORE_MAX_SIZE = 16 * 2 ** 20;
function documentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: DOCUMENT_STORE_MAX_SIZE,
    sizeCalculation: documentWeight,
  });
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
    // Parsing stops past the token limit; formatError turns that into TOO_MANY_TOKENS.
    parseOptions: { maxTokens: options.limits.maxTokens },
    documentStore: documentStore(),
    // The document's limits first: a refused document is not validated any further.
    validationRules: [limitsRule(options.limits), introspectionLimitsRule, knownOperationTypesRule],
    formatError: formatError(options.production, options.limits, options.introspection),
    plugins: [
      // No cache hints are set or sent: Apollo's cache-control plugin would only wrap every
      // field's resolver to look for them (a tenth of the time a nested question spends resolving).
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(options.limits),
      ...(options.introspection ? [introspectionPlugin()] : []),
      ...(options.planner === false ? [] : [plannerPlugin()]),
      logErrorsPlugin(),
      badInputStatusPlugin(),
      requestLogPlugin(),
      debugDbPlugin(),
      cutsPlugin(),
      // Without introspection, "did you mean" suggestions would still leak the schema.
      ...(options.introspection ? [] : [ApolloServerPluginDisableSuggestions()]),
      // The Sandbox loads from Apollo's CDN (online users only), sends no telemetry, and points
      // to the bundled GraphiQL when it cannot load.
      options.landingPage ? landingPagePlugin(SANDBOX_OPERATIONS) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
