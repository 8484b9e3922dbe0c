import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { firstDay, lastDay, type PartialDate as Parsed } from '../dates/partial-date';
import { BadUserInputError } from '../errors';
import { TRAVERSAL_COST } from '../graphql/cost';
import { Citation } from '../graph/citation.types';
import { DateTextScalar, PartialDate, toPartialDate } from '../graph/date.types';
import { Language } from '../graph/enums';
import type { CitationNode } from '../graph/graph.nodes';
import { readingOf } from '../graph/relation.resolver';
import { factCitations } from '../graph/related';
import { buildTimeline, type Entry } from './build-timeline';
import { timelineItems } from './timeline.repository';
import { Timeline, TimelineEntry } from './timeline.types';

/** How a step of a tenure reads: "Hissein Brahim Taha: takes office as Secretary-General of the OIC". */
const TENURE_PHRASES: Partial<Record<Entry['kind'], Record<Language, string>>> = {
  APPOINTMENT: { EN: 'appointed', AR: 'عُيّن' },
  TAKING_OFFICE: { EN: 'takes office as', AR: 'تولّى منصب' },
  LEAVING_OFFICE: { EN: 'leaves office as', AR: 'ترك منصب' },
  IN_OFFICE: { EN: 'in office as', AR: 'يشغل منصب' },
};

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(() => Timeline, {
    nullable: true,
    complexity: TRAVERSAL_COST,
    description:
      'What happened around an entity, in date order ("what happened between the EU and the OIC?": ask for ' +
      '"eu-oic-relations"). Null when the id is unknown.',
  })
  async timeline(
    @Arg('entity', () => ID, { description: 'Id of the entity.' }) id: string,
    @Arg('from', () => DateTextScalar, {
      nullable: true,
      description: 'Only entries that may fall on or after this date.',
    })
    from: Parsed | null,
    @Arg('to', () => DateTextScalar, {
      nullable: true,
      description: 'Only entries that may fall on or before this date.',
    })
    to: Parsed | null,
    @Ctx() ctx: Context,
  ): Promise<unknown> {
    if (from && to && firstDay(from) > lastDay(to)) {
      throw new BadUserInputError(`from: ${from.text} is after to: ${to.text}`, 'from');
    }
    const entity = await ctx.loaders.entity.load(id);
    if (!entity) return null;
    const built = buildTimeline(entity.id, await timelineItems(ctx.db, entity.id), from, to);
    for (const e of built.entries) if (e.entity) ctx.loaders.entity.prime(e.entity.id, e.entity);
    return {
      entity,
      entries: built.entries.map((e) => ({
        ...e,
        date: dated(e.date),
        notBefore: dated(e.notBefore),
        notAfter: dated(e.notAfter),
      })),
      recurring: built.recurring,
      undated: built.undated,
    };
  }

  @FieldResolver(() => String, {
    description:
      'The entry in a line: the event\'s name, or the fact as "Josep Borrell appointed Patrick Simonnet".',
  })
  async summary(
    @Root() entry: Entry,
    @Arg('lang', () => Language, { defaultValue: Language.EN }) lang: Language,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const name = (props: Record<string, unknown> | undefined) =>
      String(lang === Language.AR ? props?.nameAr : props?.nameEn);
    if (entry.entity) return name(entry.entity.props);
    const relation = entry.relation!;
    const source = relation.direction === 'OUTGOING' ? relation.ownerId : relation.otherId;
    const target = relation.direction === 'OUTGOING' ? relation.otherId : relation.ownerId;
    const [from, to, role] = await ctx.loaders.entity.loadMany([
      source,
      target,
      String(relation.props.roleId ?? ''),
    ]);
    const props = (value: unknown) =>
      value && !(value instanceof Error) ? (value as { props: Record<string, unknown> }).props : undefined;
    const tenure = TENURE_PHRASES[entry.kind];
    if (relation.type === 'HOLDS' && tenure)
      return `${name(props(from))}: ${tenure[lang]} ${name(props(to))}`;
    const line = `${name(props(from))} ${readingOf(relation.type, 'OUTGOING', lang)} ${name(props(to))}`;
    return props(role) ? `${line} (${name(props(role))})` : line;
  }

  @FieldResolver(() => [Citation], { description: 'The quotes behind the entry.' })
  citations(@Root() entry: Entry, @Ctx() ctx: Context): Promise<CitationNode[]> {
    if (entry.entity) return ctx.loaders.entityCitations.load(entry.entity.id) as Promise<CitationNode[]>;
    return factCitations(ctx, entry.relation!);
  }
}

function dated(value: Parsed | null): PartialDate | null {
  return value ? toPartialDate(value.text) : null;
}
