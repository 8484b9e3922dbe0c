import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The explorer's typed client, generated from the emitted schema (schema/schema.graphql) and the
 * operations in web/src/operations/*.graphql: `npm run codegen` writes web/src/generated/, which
 * `npm run typecheck` and the build regenerate first, so a schema change that breaks an operation
 * fails codegen's validation, and one that changes a type the views read fails the typecheck.
 * Nothing is fetched: the schema is the file the server emits and a test keeps from drifting.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        // Each operation is its text (its fragments appended), typed with its result and variables.
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateText: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
