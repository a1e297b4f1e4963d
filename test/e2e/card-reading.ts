import type { ConnectorCall } from '../helpers/connector-stand-in';

/** A card as JSON (read-only view for assertions). */
export type CardJson = Record<string, unknown>;

/** An Action.Execute found anywhere in a card. */
export interface ExecuteAction {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

function walk(node: unknown, visit: (value: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item) => walk(item, visit));
  } else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((value) => walk(value, visit));
  }
}

/** The first Adaptive Card attached to a recorded message. */
export function cardOf(call: ConnectorCall | undefined): CardJson {
  const attachments = (call?.body.attachments ?? []) as { contentType?: string; content?: CardJson }[];
  const card = attachments.find(
    (attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  if (!card?.content) throw new Error(`no adaptive card in ${JSON.stringify(call?.body).slice(0, 300)}`);
  return card.content;
}

/** Every Action.Execute of a card (including those inside ShowCard sub-cards). */
export function executeActions(card: CardJson): ExecuteAction[] {
  const found: ExecuteAction[] = [];
  walk(card, (value) => {
    if (value.type === 'Action.Execute' && typeof value.verb === 'string') {
      found.push({
        title: String(value.title ?? ''),
        verb: value.verb,
        data: (value.data ?? {}) as Record<string, unknown>,
      });
    }
  });
  return found;
}

/** The action with a verb (throws with the available verbs when missing). */
export function actionFor(card: CardJson, verb: string): ExecuteAction {
  const action = executeActions(card).find((candidate) => candidate.verb === verb);
  if (!action)
    throw new Error(
      `no ${verb} action; have ${executeActions(card)
        .map((a) => a.verb)
        .join(', ')}`,
    );
  return action;
}

/** All visible text of a card (TextBlock, TextRun, fact titles and values, action titles), joined. */
export function cardText(card: CardJson): string {
  const parts: string[] = [];
  walk(card, (value) => {
    for (const key of ['text', 'title', 'value'])
      if (typeof value[key] === 'string') parts.push(value[key] as string);
  });
  return parts.join('\n');
}

/** The invoke response body the bot returned for an `adaptiveCard/action`. */
export interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}
