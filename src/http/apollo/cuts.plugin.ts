import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';

/**
 * Adds extensions.cuts to a response whose lists stopped before their end (graph/schema/cuts.ts):
 * `[{ path, field, shown, pageWith }]`, with `cutsNotListed` when there were more than it lists.
 */
export function cutsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const { cuts, more } = contextValue.cuts;
          if (cuts.length === 0 || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cuts,
            ...(more > 0 ? { cutsNotListed: more } : {}),
          };
        },
      };
    },
  };
}
