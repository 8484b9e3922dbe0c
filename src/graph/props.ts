import type { Row } from '../db/database';
import type { Attestation, RecurrenceUnit } from '../dataset/vocabulary';
import { toPartialDate, type PartialDate } from './date.types';
import { textOf } from './graph.nodes';
import type { LocalizedText, OfficeTitle, Recurrence } from './values.types';

/** Readers of the typed values stored as flat properties (see src/dataset/graph-records.ts). */

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

/** A fact's attestation: stored only when CURATOR, so that absent reads SOURCE. */
export function attestationProp(props: Row): Attestation {
  return props.attestation === 'CURATOR' ? 'CURATOR' : 'SOURCE';
}

/** The title a tenure or signature gives the person, when the source words one. */
export function titleProp(props: Row): OfficeTitle | null {
  const wording = textOf(props, 'titleWording');
  if (!wording || typeof props.titleCitationId !== 'string') return null;
  return {
    wording,
    includesVicePresident: props.titleIncludesVicePresident === true,
    curatorReading: textOf(props, 'titleCuratorReading'),
    citationId: props.titleCitationId,
  };
}
