import type { Row } from '../../db/database';
import type { EntityConditions, RelationConditions } from '../list-filters';

/*
 * The Cypher of a `where` (list-filters.ts checks and normalises it). Every test is written
 * whether asked or not, each guarded by its parameter being null: one constant text whatever a
 * request asks, so that no request makes a statement Neo4j has to plan anew (a `where` whose
 * tests went into the text by shape made hundreds of texts, each a plan). The one exception is
 * where an index serves: an entity list's name prefix (startsWith) is written only when asked,
 * in the language asked, so that Neo4j can seek it in the name-key index.
 */

/** Names the parameters of a test: `$name`, or a field of a request map (`req.name`). */
export type ParamRef = (name: string) => string;

const nameTest = (node: string, operator: string, value: string, lang: string) =>
  `(coalesce(${lang}, '') <> 'EN' AND ${node}.nameArSort ${operator} ${value}) OR ` +
  `(coalesce(${lang}, '') <> 'AR' AND ${node}.nameEnSort ${operator} ${value})`;

/**
 * The guarded tests of entity conditions on `node`, joined with AND: ids, kinds, a name that
 * contains or starts with (in the language asked, or either), a date range, a source cited.
 * `startsWith: false` leaves the prefix test out, for a statement that writes it as an index seek.
 */
export function entityConditionTests(node: string, ref: ParamRef, startsWith = true): string {
  const tests = [
    `(${ref('ids')} IS NULL OR ${node}.id IN ${ref('ids')})`,
    `(${ref('kinds')} IS NULL OR ${node}.kind IN ${ref('kinds')})`,
    `(${ref('nameContains')} IS NULL OR ${nameTest(node, 'CONTAINS', ref('nameContains'), ref('nameLang'))})`,
    `(${ref('dateFrom')} IS NULL OR (${node}.dateEnd >= ${ref('dateFrom')} AND ${node}.dateStart <= ${ref('dateTo')}))`,
    `(${ref('citedIn')} IS NULL OR EXISTS { MATCH (${node})-[:CITED_BY]->(:Citation {sourceId: ${ref('citedIn')}}) })`,
  ];
  if (startsWith) {
    tests.push(
      `(${ref('nameStartsWith')} IS NULL OR ${nameTest(node, 'STARTS WITH', ref('nameStartsWith'), ref('nameLang'))})`,
    );
  }
  return tests.join('\n      AND ');
}

/** The values entity conditions compare with, named as entityConditionTests refers to them (null: no test). */
export function entityConditionParams(c: EntityConditions | null, prefix = ''): Row {
  return {
    [`${prefix}ids`]: c?.ids ?? null,
    [`${prefix}kinds`]: c?.kinds ?? null,
    [`${prefix}nameContains`]: c?.nameContains ?? null,
    [`${prefix}nameStartsWith`]: c?.nameStartsWith ?? null,
    [`${prefix}nameLang`]: c?.nameLang ?? null,
    [`${prefix}dateFrom`]: c?.date?.from ?? null,
    [`${prefix}dateTo`]: c?.date?.to ?? null,
    [`${prefix}citedIn`]: c?.citedIn ?? null,
  };
}

/**
 * The guarded tests of relation conditions on the relation `r` and the entity `o` at its other
 * end: the entity's conditions (prefixed o_), the relation's date range and a source it cites.
 */
export function relationConditionTests(r: string, o: string, ref: ParamRef): string {
  return [
    entityConditionTests(o, (name) => ref(`o_${name}`)),
    `(${ref('dateFrom')} IS NULL OR (${r}.factDateEnd >= ${ref('dateFrom')} AND ${r}.factDateStart <= ${ref('dateTo')}))`,
    `(${ref('citedPrefix')} IS NULL OR any(cid IN coalesce(${r}.citationIds, []) WHERE cid STARTS WITH ${ref('citedPrefix')}))`,
  ].join('\n      AND ');
}

export function relationConditionParams(c: RelationConditions | null): Row {
  return {
    ...entityConditionParams(c?.other ?? null, 'o_'),
    dateFrom: c?.date?.from ?? null,
    dateTo: c?.date?.to ?? null,
    // A citation's id is `<source>@<start>-<end>` (graph/records.ts citationId).
    citedPrefix: c?.citedIn ? `${c.citedIn}@` : null,
  };
}
