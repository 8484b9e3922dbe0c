import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The Neo4j server that stores the knowledge graph.' })
export class DatabaseInfo {
  @Field({ description: 'Name of the Neo4j database the server reads, e.g. "neo4j".' })
  name!: string;

  @Field({ description: 'Neo4j version, e.g. "5.26.19".' })
  version!: string;

  @Field({ description: 'Neo4j edition: "community" or "enterprise".' })
  edition!: string;
}

@ObjectType({ description: 'What this server holds and where it reads it from.' })
export class About {
  @Field(() => DatabaseInfo, { description: 'The Neo4j server and database behind the graph.' })
  database!: DatabaseInfo;

  @Field(() => Int, { description: 'Number of entities (people, organisations, events, ...) in the graph.' })
  entityCount!: number;

  @Field(() => Int, { description: 'Number of relations between entities.' })
  relationCount!: number;

  @Field(() => Int, { description: 'Number of source documents the graph cites.' })
  sourceCount!: number;
}
