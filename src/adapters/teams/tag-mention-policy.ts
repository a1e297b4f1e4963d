import type { Middleware, TurnContext } from 'botbuilder';

/**
 * botbuilder-js serializes `mentioned` as a ChannelAccount, which has no `type`, so `mentioned.type: "tag"` would be
 * dropped on the wire (botbuilder-js#4584). The bot therefore sends tag mentions as `mentioned.properties.type` and
 * this pipeline policy moves it to `mentioned.type`, the shape Teams documents for tag mentions.
 */
const POLICY_NAME = 'ndr-assist-tag-mentions';

interface PipelineRequest {
  body?: unknown;
}
interface Pipeline {
  addPolicy(policy: {
    name: string;
    sendRequest(request: PipelineRequest, next: (r: PipelineRequest) => Promise<unknown>): Promise<unknown>;
  }): void;
  getOrderedPolicies(): { name: string }[];
}

/** Rewrites `mentioned.properties.type` to `mentioned.type` in a serialized activity (other bodies unchanged). */
export function liftTagMentions(body: string): string {
  if (!body.includes('"mention"') || !body.includes('"properties"')) return body;
  try {
    const activity = JSON.parse(body) as { entities?: unknown; activity?: { entities?: unknown } };
    const lists = [activity.entities, activity.activity?.entities];
    let changed = false;
    for (const entities of lists) {
      if (!Array.isArray(entities)) continue;
      for (const entity of entities as {
        type?: unknown;
        mentioned?: { properties?: { type?: unknown }; type?: unknown };
      }[]) {
        const type = entity?.mentioned?.properties?.type;
        if (entity?.type === 'mention' && typeof type === 'string' && entity.mentioned) {
          entity.mentioned.type = type;
          delete entity.mentioned.properties;
          changed = true;
        }
      }
    }
    return changed ? JSON.stringify(activity) : body;
  } catch {
    return body;
  }
}

function pipelineOf(connectorClient: unknown): Pipeline | undefined {
  const client = (connectorClient as { client?: { pipeline?: Partial<Pipeline> } } | undefined)?.client;
  const pipeline = client?.pipeline;
  return typeof pipeline?.addPolicy === 'function' && typeof pipeline.getOrderedPolicies === 'function'
    ? (pipeline as Pipeline)
    : undefined;
}

/** Middleware installing the policy on each turn's ConnectorClient (once per client). */
export const tagMentionMiddleware: Middleware = {
  onTurn: async (context: TurnContext, next: () => Promise<void>) => {
    const pipeline = pipelineOf(context.turnState.get(context.adapter.ConnectorClientKey));
    if (pipeline && !pipeline.getOrderedPolicies().some((policy) => policy.name === POLICY_NAME)) {
      pipeline.addPolicy({
        name: POLICY_NAME,
        sendRequest: (request, nextPolicy) => {
          if (typeof request.body === 'string') request.body = liftTagMentions(request.body);
          return nextPolicy(request);
        },
      });
    }
    await next();
  },
};
