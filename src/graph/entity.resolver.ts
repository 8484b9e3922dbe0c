import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { selects } from '../graphql/selection';
import { Direct } from '../graphql/direct';
import type { Context } from '../context';
import { RelationArgs } from '../graphql/page-args';
import { Citation, Provenance } from './citation.types';
import { Entity } from './entity.type';
import { Language } from '../graphql/enums';
import type { EntityNode, RelationNode } from './graph.nodes';
import type { Page } from '../graphql/connection';
import { relationArgsFilter, relationsConnectionValue } from './related';
import { plannedValue } from './planner/planned';
import { withProposed } from './proposed';
import { requireRole } from '../auth/auth';
import { BadUserInputError } from '../errors';
import { RelationConnection } from './relation.type';
import type { RelationFacets } from './list-facets';
import { Alias, Name } from '../graphql/values.types';

const LANG_ARG = { defaultValue: Language.EN, description: 'Language to give it in; English when omitted.' };

type RelationsValue = Page<RelationNode> & { facets: RelationFacets };

const nameOf = (entity: EntityNode, { lang }: { lang: Language }): string =>
  lang === Language.AR ? entity.name.ar : entity.name.en;

const descriptionOf = (entity: EntityNode, { lang }: { lang: Language }): string =>
  lang === Language.AR ? entity.description.ar : entity.description.en;

const aliasesOf = (entity: EntityNode, { lang }: { lang: Language | null }): Alias[] =>
  entity.aliases
    .map((alias) => ({ ...alias, lang: alias.lang === 'ar' ? Language.AR : Language.EN }))
    .filter((alias) => !lang || alias.lang === lang);

/**
 * Entity.relations: what the plan assembled for it here, else a page read through the relations
 * loader (its total counted only when the selection asks for it).
 */
function relationsOf(
  entity: EntityNode,
  args: RelationArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
): RelationsValue | Promise<RelationsValue> {
  const counted = selects(
    info.fieldNodes.map((node) => node.selectionSet),
    'totalCount',
    (name) => info.fragments[name],
  );
  const filter = relationArgsFilter(args, ctx.limits.maxPageSize, counted);
  const planned = plannedValue(entity, info);
  const accepted = planned
    ? (planned.value as RelationsValue)
    : ctx.loaders.relations
        .load({ id: entity.id, filter })
        .then((page) => relationsConnectionValue(entity.id, filter, page, args.at ?? null));
  if (!args.includeProposed) return accepted;
  requireRole(ctx.principal, 'editor', 'relations(includeProposed: true)');
  if (args.where || args.orderBy) {
    throw new BadUserInputError(
      "includeProposed: proposed statements follow the accepted ones in the list's own order; give no where or orderBy with it",
      'includeProposed',
    );
  }
  return Promise.resolve(accepted).then((page) =>
    withProposed(ctx.loaders.proposed, page, {
      id: entity.id,
      types: filter.types,
      direction: filter.direction,
      at: filter.at,
      after: filter.after,
      first: filter.first,
      counted,
    }),
  );
}

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => String, { description: 'Name in the language asked for.' })
  @Direct(nameOf)
  name(@Root() entity: EntityNode, @Arg('lang', () => Language, LANG_ARG) lang: Language): string {
    return nameOf(entity, { lang });
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
  @Direct(aliasesOf)
  aliases(
    @Root() entity: EntityNode,
    @Arg('lang', () => Language, {
      nullable: true,
      description: 'Only aliases in this language; all when omitted.',
    })
    lang: Language | null,
  ): Alias[] {
    return aliasesOf(entity, { lang });
  }

  @FieldResolver(() => String, { description: 'A short description in the language asked for.' })
  @Direct(descriptionOf)
  description(@Root() entity: EntityNode, @Arg('lang', () => Language, LANG_ARG) lang: Language): string {
    return descriptionOf(entity, { lang });
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
  @Direct(relationsOf)
  relations(
    @Root() entity: EntityNode,
    @Args() args: RelationArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): RelationsValue | Promise<RelationsValue> {
    return relationsOf(entity, args, ctx, info);
  }
}
