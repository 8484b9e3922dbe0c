import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { readAbout } from './about.repository';
import { About } from './about.type';

@Resolver()
export class AboutResolver {
  @Query(() => About, { description: 'The database behind this server and the size of the graph it holds.' })
  about(@Ctx() ctx: Context): Promise<About> {
    return readAbout(ctx.db);
  }
}
