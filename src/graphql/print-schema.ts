import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed form of the schema: sorted, so that a diff shows what changed and nothing else. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `# Emitted from the code by \`npm run schema:emit\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
