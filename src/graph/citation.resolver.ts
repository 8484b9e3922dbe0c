import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Row } from '../db/database';
import { Citation, Source } from './citation.types';
import { Entity } from './entity.type';
import type { CitationNode, EntityNode } from './graph.nodes';
import { localized } from './decode';
import { Recurrence } from '../graphql/values.types';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, {
    nullable: true,
    description: "The document quoted; null for a curator's note.",
  })
  async source(@Root() citation: CitationNode, @Ctx() ctx: Context): Promise<Source | null> {
    if (!citation.sourceId) return null;
    const props = await ctx.loaders.source.load(citation.sourceId);
    return props ? toSource(props) : null;
  }
}

@Resolver(() => Recurrence)
export class RecurrenceResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'What it is held alongside ("during the UNGA week").',
  })
  during(@Root() recurrence: Recurrence, @Ctx() ctx: Context): Promise<EntityNode | null> | null {
    return recurrence.duringId ? ctx.loaders.entity.load(recurrence.duringId) : null;
  }
}

export function toSource(props: Row): Source {
  return {
    id: String(props.id),
    title: localized(props, 'title')!,
    publisher: localized(props, 'publisher')!,
    covers: localized(props, 'covers')!,
    note: localized(props, 'note'),
    language: String(props.language),
    kind: String(props.kind),
    sha256: String(props.sha256),
    length: Number(props.length),
    text: String(props.text),
  };
}
