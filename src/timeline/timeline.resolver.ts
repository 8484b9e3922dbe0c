import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { PartialDate as Parsed } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import { decodeCursor, pageSize, toPage } from '../graphql/connection';
import { TRAVERSAL_COST } from '../graphql/cost';
import { Citation } from '../graph/citation.types';
import { DateTextScalar, PartialDate, toPartialDate } from '../graphql/date.types';
import { Language, RelationTypeEnum } from '../graphql/enums';
import type { CitationNode, EntityNode } from '../graph/graph.nodes';
import { relationReading } from '../domain/relation-types';
import { factCitations, endEntity } from '../graph/related';
import type { Entry, EntryKind } from './build-timeline';
import { timelinePage } from './timeline.repository';
import { Timeline, TimelineEntry, TimelineEntryKind } from './timeline.types';
import { dateWindow } from '../graphql/date-window';

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
      'What happened, in date order, a page at a time: around an entity ("what happened between the EU and the ' +
      'OIC?": ask for "eu-oic-relations"), or, without entity, in the whole graph. Windowed by from and to: an ' +
      'entry is kept when its date may fall in the window, so a partial date that straddles an edge is kept ("2016" ' +
      'is within from: "2016-06"). The whole graph\'s timeline finds a window\'s entries by index; without from ' +
      'and to it reads every dated thing and fact of the graph to count and order them, still a page at a time. ' +
      'Null when the id is unknown.',
  })
  async timeline(
    @Arg('entity', () => ID, {
      nullable: true,
      description: "Id of the entity; omit it for the whole graph's timeline.",
    })
    id: string | null | undefined,
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
    @Arg('kinds', () => [TimelineEntryKind], {
      nullable: true,
      description: 'Only entries of these kinds (EVENT, APPOINTMENT, ...); all when omitted.',
    })
    kinds: EntryKind[] | null,
    @Arg('types', () => [RelationTypeEnum], {
      nullable: true,
      description:
        'Only dated facts of these relation types; events, agreements and documents stay unless kinds leaves ' +
        'them out. All when omitted.',
    })
    types: RelationType[] | null,
    @Arg('first', () => Int, {
      nullable: true,
      description:
        "How many entries, from 1 to the server's page limit (100 unless configured); the limit when omitted.",
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Return the entries after this cursor (a previous endCursor).',
    })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<unknown> {
    const window = dateWindow(from, to);
    const limit = pageSize(first ?? ctx.limits.maxPageSize, ctx.limits.maxPageSize);
    const cursor = decodeCursor(after);
    const found = await timelinePage(ctx.db, {
      id: id ?? null,
      window,
      kinds: kinds?.length ? kinds : null,
      types: types?.length ? types : null,
      after: cursor ?? '',
      limit: limit + 1,
    });
    // The statement reads the entity too: an unknown id costs that one round trip.
    if (!found) return null;
    if (found.entity) ctx.loaders.entity.prime(found.entity.id, found.entity);
    const entries = found.entries.slice(0, limit);
    for (const e of entries) if (e.entity) ctx.loaders.entity.prime(e.entity.id, e.entity);
    const page = toPage(entries, (e) => e.key, found.total, found.entries.length > limit, cursor);
    return {
      entity: found.entity,
      entries: page.edges.map(({ cursor, node }) => ({
        ...node,
        cursor,
        date: dated(node.date),
        notBefore: dated(node.notBefore),
        notAfter: dated(node.notAfter),
      })),
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
      years: found.years,
      recurring: found.recurring,
      undated: found.undated,
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
      endEntity(ctx, relation, 'source'),
      endEntity(ctx, relation, 'target'),
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
