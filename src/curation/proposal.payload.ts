import { createHash } from 'node:crypto';
import type { Row } from '../db/database';
import { parsePartialDate, type PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import type { EntityKind, AliasKind } from '../domain/kinds';
import type { Language } from '../graphql/enums';
import type { LocatedCitation } from './citation';
import { distinctAliases, type EntityInput, type RelationInput } from './curation.types';
import type { ProposalKind } from './proposal.types';

/**
 * What a proposal keeps of its input, as JSON on the proposal node (Neo4j properties hold no
 * maps): the entity or relation as the editor gave it, dates as their text. Accepting rebuilds
 * the input from it and writes it as a direct write would, after checking it again.
 */

export interface EntityPayload {
  id: string;
  kind: EntityKind;
  names: { ar: string; en: string };
  description: { ar: string; en: string };
  aliases: Array<{ text: string; lang: Language; kind: AliasKind }>;
  date: string | null;
}

export interface RelationPayload {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  dates: Record<'date' | 'appointedOn' | 'inOfficeFrom' | 'inOfficeUntil' | 'attestedOn', string | null>;
  former: boolean | null;
  role: string | null;
  note: { ar: string; en: string } | null;
}

const DATE_NAMES = ['date', 'appointedOn', 'inOfficeFrom', 'inOfficeUntil', 'attestedOn'] as const;

export function entityPayload(input: EntityInput): EntityPayload {
  return {
    id: input.id,
    kind: input.kind,
    names: { ar: input.names.ar, en: input.names.en },
    description: { ar: input.description.ar, en: input.description.en },
    aliases: distinctAliases(input.aliases).map((alias) => ({
      text: alias.text,
      lang: alias.lang,
      kind: alias.kind,
    })),
    date: input.date?.text ?? null,
  };
}

export function entityInputOf(payload: EntityPayload): EntityInput {
  return {
    id: payload.id,
    kind: payload.kind,
    names: payload.names,
    description: payload.description,
    aliases: payload.aliases,
    ...(payload.date ? { date: parsePartialDate(payload.date) } : {}),
  };
}

/** A relation input with its id settled (the id addRelation would give it when it has none). */
export function relationPayload(id: string, input: RelationInput): RelationPayload {
  return {
    id,
    type: input.type,
    from: input.from,
    to: input.to,
    dates: Object.fromEntries(
      DATE_NAMES.map((name) => [name, input[name]?.text ?? null]),
    ) as RelationPayload['dates'],
    former: input.former ?? null,
    role: input.role ?? null,
    note: input.note ? { ar: input.note.ar, en: input.note.en } : null,
  };
}

export function relationInputOf(payload: RelationPayload): RelationInput {
  const dates: Partial<Record<(typeof DATE_NAMES)[number], PartialDate>> = {};
  for (const name of DATE_NAMES) {
    const text = payload.dates[name];
    if (text) dates[name] = parsePartialDate(text);
  }
  return {
    id: payload.id,
    type: payload.type,
    from: payload.from,
    to: payload.to,
    ...dates,
    ...(payload.former === null ? {} : { former: payload.former }),
    ...(payload.role === null ? {} : { role: payload.role }),
    ...(payload.note === null ? {} : { note: payload.note }),
  };
}

/** The citation as the proposal node stores it. */
export function citationProps(citation: LocatedCitation): Row {
  return citation.note !== undefined
    ? { note: citation.note }
    : {
        sourceId: citation.sourceId,
        quote: citation.quote,
        quoteStart: citation.start,
        quoteEnd: citation.end,
      };
}

export function citationOf(props: Row): LocatedCitation {
  return typeof props.note === 'string'
    ? { note: props.note }
    : {
        sourceId: String(props.sourceId),
        quote: String(props.quote),
        start: Number(props.quoteStart),
        end: Number(props.quoteEnd),
      };
}

/**
 * The id of a proposal: a hash of what it proposes and what it rests on, whoever proposes it, so
 * that the same proposal made twice (a retry, two editors at once) is one proposal.
 */
export function proposalId(
  kind: ProposalKind,
  targetId: string,
  payload: unknown,
  citation: LocatedCitation,
): string {
  const digest = createHash('sha256')
    .update(JSON.stringify({ kind, targetId, payload, citation: citationProps(citation) }))
    .digest('hex');
  return `proposal-${digest.slice(0, 20)}`;
}
