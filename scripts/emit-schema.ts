import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';
import { buildGraphQLSchema } from '../src/server';
import { printSortedSchema } from '../src/graphql/print-schema';

/** npm run schema:emit — writes schema/schema.graphql from the code, sorted. */
async function emit(): Promise<void> {
  const file = path.join(projectRoot, 'schema', 'schema.graphql');
  fs.writeFileSync(file, printSortedSchema(await buildGraphQLSchema()));
  process.stdout.write(`wrote ${path.relative(projectRoot, file)}\n`);
}

void emit();
