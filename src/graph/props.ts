import type { Row } from '../db/database';
import type { RecurrenceUnit } from '../domain/kinds';
import { toPartialDate, type PartialDate } from '../graphql/date.types';
import { textOf } from './graph.nodes';
import type { LocalizedText, Recurrence } from '../graphql/values.types';

/** Readers of the typed values stored as flat properties (see src/graph/records.ts). */

export function dateProp(props: Row, name: string): PartialDate | null {
  return toPartialDate(props[name]);
}

export function textProp(props: Row, name: string): LocalizedText | null {
  return textOf(props, name);
}

export function recurrenceProp(props: Row): Recurrence | null {
  const description = textOf(props, 'recurrence');
  if (!description) return null;
  return {
    interval: (props.recurrenceInterval as number | undefined) ?? null,
    unit: (props.recurrenceUnit as RecurrenceUnit | undefined) ?? null,
    month: (props.recurrenceMonth as number | undefined) ?? null,
    description,
    duringId: (props.recurrenceDuring as string | undefined) ?? null,
  };
}
