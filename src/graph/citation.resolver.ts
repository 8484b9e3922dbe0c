import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Row } from '../db/database';
import { BadUserInputError } from '../errors';
import { MAX_CONTEXT_CHARS, quoteInContext } from './citation.context';
import { Citation, CitationContext, provenanceOf, Source } from './citation.types';
import { toPartialDate } from '../graphql/date.types';
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

  @FieldResolver(() => CitationContext, {
    nullable: true,
    description:
      'The quote in the text around it, for a client to show it highlighted in its sentence (see ' +
      "CitationContext); never the whole text. Null for a curator's note, which quotes no source.",
  })
  async context(
    @Root() citation: CitationNode,
    @Arg('chars', () => Int, {
      defaultValue: 80,
      description: `How far the context may reach on each side of the quote, in Unicode code points (the unit of citation offsets), from 0 to ${MAX_CONTEXT_CHARS}.`,
    })
    chars: number,
    @Ctx() ctx: Context,
  ): Promise<CitationContext | null> {
    if (!Number.isInteger(chars) || chars < 0 || chars > MAX_CONTEXT_CHARS) {
      throw new BadUserInputError(
        `chars: expected 0 to ${MAX_CONTEXT_CHARS} code points on each side of the quote, received ${chars}`,
        'chars',
      );
    }
    if (!citation.sourceId) return null;
    const window = await ctx.loaders.quoteWindow.load({ id: citation.id, chars });
    return window && quoteInContext(window, chars);
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
    url: typeof props.url === 'string' ? props.url : null,
    retrievedAt: typeof props.retrievedAt === 'string' ? props.retrievedAt : null,
    sha256: String(props.sha256),
    length: Number(props.length),
    text: String(props.text),
    publishedOn: toPartialDate(props.publishedOn),
    provenance: provenanceOf(props),
  };
}
