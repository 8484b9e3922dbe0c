import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';

/**
 * A list that stopped before its end, as the response reports it (extensions.cuts): lists never
 * stop silently. Typed list fields give at most `first` items and single fields one; when more
 * exist, the field is cut, and the response says where and how to read on.
 */
export interface Cut {
  /** Where in the response: the field's path, list indices as numbers. */
  path: ReadonlyArray<string | number>;
  /** The field, as Type.field. */
  field: string;
  /** How many it gave. */
  shown: number;
  /** The connection that pages through all of them, when there is one. */
  pageWith: string | null;
}

/** The cuts one response reports at most: past them, the last entry says how many more there were. */
export const MAX_REPORTED_CUTS = 100;

export interface CutReport {
  cuts: Cut[];
  /** Cuts past MAX_REPORTED_CUTS, counted only. */
  more: number;
}

export const newCutReport = (): CutReport => ({ cuts: [], more: 0 });

export function reportCut(
  ctx: { cuts: CutReport },
  info: GraphQLResolveInfo,
  field: string,
  shown: number,
  pageWith: string | null,
): void {
  if (ctx.cuts.cuts.length >= MAX_REPORTED_CUTS) {
    ctx.cuts.more += 1;
    return;
  }
  ctx.cuts.cuts.push({ path: responsePathAsArray(info.path), field, shown, pageWith });
}
