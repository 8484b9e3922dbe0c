import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { selects } from '../graphql/selection';
import type { Context } from '../context';
import { RelationArgs } from '../graphql/page-args';
import { Citation, Provenance } from './citation.types';
import { Entity } from './entity.type';
import { Language } from '../graphql/enums';
import type { EntityNode, RelationNode } from './graph.nodes';
import { toPage, type Page } from '../graphql/connection';
import { relationArgsFilter } from './related';
import { RelationConnection } from './relation.type';
import type { RelationFacets } from './list-facets';
import { Alias, Name } from '../graphql/values.types';

const LANG_ARG = { defaultValue: Language.EN, description: 'Language to give it in; English when omitted.' };

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => String, { description: 'Name in the language asked for.' })
  name(@Root() entity: EntityNode, @Arg('lang', () => Language, LANG_ARG) lang: Language): string {
    return lang === Language.AR ? entity.name.ar : entity.name.en;
  }

  @FieldResolver(() => [Name], { description: 'The name in Arabic and in English.' })
  names(@Root() entity: EntityNode): Name[] {
    return [
      { text: entity.name.ar, lang: Language.AR },
      { text: entity.name.en, lang: Language.EN },
    ];
  }

  @FieldResolver(() => [Alias], {
    description:
      'Other names: acronyms (OIC, CFM, HR/VP), other names the source uses, variants and transliterations, each ' +
      "saying who vouches for it (the source, the curator's rendering of it, or the curator alone).",
  })
  aliases(
    @Root() entity: EntityNode,
    @Arg('lang', () => Language, {
      nullable: true,
      description: 'Only aliases in this language; all when omitted.',
    })
    lang: Language | null,
  ): Alias[] {
    return entity.aliases
      .map((alias) => ({ ...alias, lang: alias.lang === 'ar' ? Language.AR : Language.EN }))
      .filter((alias) => !lang || alias.lang === lang);
  }

  @FieldResolver(() => String, { description: 'A short description in the language asked for.' })
  description(@Root() entity: EntityNode, @Arg('lang', () => Language, LANG_ARG) lang: Language): string {
    return lang === Language.AR ? entity.description.ar : entity.description.en;
  }

  @FieldResolver(() => Provenance, {
    description: 'Where the entity came from: the dataset, or a curator, and who changed it since.',
  })
  provenance(@Root() entity: EntityNode): Provenance {
    return entity.provenance;
  }

  @FieldResolver(() => [Citation], {
    description: 'The quotes of the sources that attest this entity and its attributes.',
  })
  citations(@Root() entity: EntityNode, @Ctx() ctx: Context): Promise<Citation[]> {
    return ctx.loaders.entityCitations.load(entity.id) as Promise<Citation[]>;
  }

  @FieldResolver(() => RelationConnection, {
    description:
      'Every fact linking this entity to another, in a stable order (by type, direction, then the other entity), ' +
      'one page at a time, or in the order asked. Filter by type, direction, "as of" date and a where; the total ' +
      'and facet counts are of the whole filtered list.',
  })
  @Extensions({ relations: true })
  async relations(
    @Root() entity: EntityNode,
    @Args() args: RelationArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<RelationNode> & { facets: RelationFacets }> {
    const counted = selects(
      info.fieldNodes.map((node) => node.selectionSet),
      'totalCount',
      (name) => info.fragments[name],
    );
    const filter = relationArgsFilter(args, ctx.limits.maxPageSize, counted);
    const facets = {
      key: { id: entity.id, filter: { ...filter, after: null, first: 0, order: null, counted: false } },
    };
    const page = await ctx.loaders.relations.load({ id: entity.id, filter });
    const relations = args.at
      ? page.relations.map((relation) => ({ ...relation, asOf: args.at }))
      : page.relations;
    return {
      // Counted whenever totalCount is asked; otherwise nothing reads the 0.
      ...toPage(relations, (relation) => relation.sortKey, page.total ?? 0, page.hasNextPage, filter.after),
      facets,
    };
  }
}
