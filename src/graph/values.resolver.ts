import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Citation } from './citation.types';
import type { CitationNode } from './graph.nodes';
import { Alias, OfficeTitle } from '../graphql/values.types';

/** The quotes behind names and titles, through the batched citation loader. */
@Resolver(() => Alias)
export class AliasResolver {
  @FieldResolver(() => Citation, {
    nullable: true,
    description:
      "Where the source gives it (SOURCE), or the source's words it renders (RENDERING); null for a curator's alias.",
  })
  citation(@Root() alias: Alias, @Ctx() ctx: Context): Promise<CitationNode | null> | null {
    return alias.citationId ? ctx.loaders.citation.load(alias.citationId) : null;
  }
}

@Resolver(() => OfficeTitle)
export class OfficeTitleResolver {
  @FieldResolver(() => Citation, {
    nullable: true,
    description: 'Where the source gives the title: the verbatim quote at its offsets.',
  })
  citation(@Root() title: OfficeTitle, @Ctx() ctx: Context): Promise<CitationNode | null> {
    return ctx.loaders.citation.load(title.citationId);
  }
}
