import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { firstDay, lastDay, type PartialDate as Parsed } from '../domain/partial-date';
import { BadUserInputError } from '../errors';
import { TRAVERSAL_COST } from '../graphql/cost';
import { Citation } from '../graph/citation.types';
import { DateTextScalar, PartialDate, toPartialDate } from '../graphql/date.types';
import { Language } from '../graphql/enums';
import { sourceOf, targetOf, type CitationNode, type EntityNode } from '../graph/graph.nodes';
import { relationReading } from '../domain/relation-types';
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

/** How an institutionalisation reads: "EU–OIC senior officials' meetings: institutionalised". */
const INSTITUTIONALISED: Record<Language, string> = {
  EN: ': institutionalised',
  AR: ': إضفاء الطابع المؤسسي',
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
      'The entry in a line: the event\'s name ("EU–OIC senior officials\' meetings: institutionalised" for an ' +
      'institutionalisation), or the fact as "Josep Borrell appointed Patrick Simonnet".',
  })
  async summary(
    @Root() entry: Entry,
    @Arg('lang', () => Language, { defaultValue: Language.EN }) lang: Language,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const code = lang === Language.AR ? 'ar' : 'en';
    const name = (entity: EntityNode | null | undefined) => entity?.name[code] ?? '?';
    if (entry.entity) {
      const institutionalised = entry.kind === 'INSTITUTIONALISED' ? INSTITUTIONALISED[lang] : '';
      return `${name(entry.entity)}${institutionalised}`;
    }
    const relation = entry.relation!;
    const { roleId } = relation.qualifiers;
    const [from, to, role] = await Promise.all([
      ctx.loaders.entity.load(sourceOf(relation)),
      ctx.loaders.entity.load(targetOf(relation)),
      roleId === null ? null : ctx.loaders.entity.load(roleId),
    ]);
    const tenure = TENURE_PHRASES[entry.kind];
    if (relation.type === 'HOLDS' && tenure) return `${name(from)}: ${tenure[lang]} ${name(to)}`;
    const line = `${name(from)} ${relationReading(relation.type, 'OUTGOING', code)} ${name(to)}`;
    return role ? `${line} (${name(role)})` : line;
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
