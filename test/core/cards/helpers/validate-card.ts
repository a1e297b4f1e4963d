import { JSDOM } from 'jsdom';
import type { AdaptiveCard, CardAction, CardElement, ExecuteAction } from '../../../../src/core/cards/types';

/** The parts of the adaptivecards SDK the validator uses (its own typings pull in the DOM lib). */
interface SdkEvent {
  phase: number;
  event: number;
  message: string;
}
interface SdkContext {
  readonly eventCount: number;
  getEventAt(index: number): SdkEvent;
}
interface SdkCard {
  parse(source: unknown, context?: SdkContext): void;
  validateProperties(): { validationEvents: SdkEvent[] };
  toJSON(): unknown;
  render(): { tagName: string; outerHTML: string } | undefined;
}
interface SdkModule {
  AdaptiveCard: (new () => SdkCard) & {
    onProcessMarkdown?: (text: string, result: { didProcess: boolean; outputHtml?: string }) => void;
  };
  SerializationContext: new () => SdkContext;
}

/** Hosts reject cards above ~28 KB (bots) to 80 KB; 80 KB is our hard ceiling. */
export const MAX_CARD_BYTES = 80 * 1024;

let sdk: SdkModule | undefined;

/** Loads the browser build of adaptivecards into a jsdom window (the package's main entry fails in Node). */
export function loadAdaptiveCards(): SdkModule {
  if (sdk) return sdk;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const target = globalThis as unknown as Record<string, unknown>;
  const source = dom.window as unknown as Record<string, unknown>;
  const wanted =
    /^(HTML\w*Element|SVG\w*Element|Node|Element|Document|DocumentFragment|Text|\w*Event|getComputedStyle)$/;
  for (const name of Object.getOwnPropertyNames(dom.window)) {
    if (wanted.test(name) && !(name in target)) {
      Object.defineProperty(target, name, { value: source[name], configurable: true, writable: true });
    }
  }
  // jsdom has no innerText, which the SDK uses for every text run and button title.
  const elementProto = (dom.window.HTMLElement as unknown as { prototype: object }).prototype;
  if (!Object.getOwnPropertyDescriptor(elementProto, 'innerText')) {
    Object.defineProperty(elementProto, 'innerText', {
      get(this: { textContent: string | null }) {
        return this.textContent ?? '';
      },
      set(this: { textContent: string | null }, value: string) {
        this.textContent = value;
      },
      configurable: true,
    });
  }
  for (const name of ['window', 'document', 'navigator']) {
    Object.defineProperty(target, name, {
      value: name === 'window' ? dom.window : source[name],
      configurable: true,
      writable: true,
    });
  }
  // Must run after the DOM globals exist, hence require rather than a static import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  sdk = require('adaptivecards/dist/adaptivecards.js') as SdkModule;
  // Without a Markdown processor the SDK warns on every TextBlock; render the text as plain, escaped HTML.
  sdk.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    result.didProcess = true;
  };
  return sdk;
}

// Properties the SDK does not model but Teams reads: `msteams` (card width) and the Action.Execute `fallback`
// (validated separately below).
const HOST_ONLY_KEYS = new Set(['msteams', 'fallback']);

function roundTripProblems(input: unknown, output: unknown, path: string): string[] {
  if (input === null || typeof input !== 'object') {
    const same =
      typeof input === 'string' && typeof output === 'string'
        ? input.toLowerCase() === output.toLowerCase()
        : input === output;
    return same ? [] : [`${path}: SDK read ${JSON.stringify(output)} for ${JSON.stringify(input)}`];
  }
  if (output === null || typeof output !== 'object') return [`${path}: dropped by the SDK`];
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length)
      return [`${path}: array changed by the SDK`];
    return input.flatMap((item: unknown, index) =>
      roundTripProblems(item, output[index], `${path}[${index}]`),
    );
  }
  const out = output as Record<string, unknown>;
  return Object.entries(input as Record<string, unknown>).flatMap(([key, value]) => {
    if (HOST_ONLY_KEYS.has(key)) return [];
    if (!(key in out)) return [`${path}.${key}: unknown to the SDK (or dropped)`];
    return roundTripProblems(value, out[key], `${path}.${key}`);
  });
}

function* actionsOf(card: AdaptiveCard): Generator<CardAction> {
  function* fromElements(elements: readonly CardElement[]): Generator<CardAction> {
    for (const element of elements) {
      if (element.type === 'ActionSet') yield* fromActions(element.actions);
      if (element.type === 'Container') yield* fromElements(element.items);
      if (element.type === 'ColumnSet')
        for (const column of element.columns) yield* fromElements(column.items);
    }
  }
  function* fromActions(actions: readonly CardAction[]): Generator<CardAction> {
    for (const action of actions) {
      yield action;
      if (action.type === 'Action.ShowCard') yield* actionsOf(action.card);
    }
  }
  yield* fromElements(card.body);
  yield* fromActions(card.actions ?? []);
}

/** Every action of a card, nested ShowCards included. */
export function allActions(card: AdaptiveCard): CardAction[] {
  return [...actionsOf(card)];
}

/** Every Action.Execute of a card. */
export function executeActions(card: AdaptiveCard): ExecuteAction[] {
  return allActions(card).filter((action): action is ExecuteAction => action.type === 'Action.Execute');
}

function sdkProblems(json: unknown, label: string): { problems: string[]; card: SdkCard } {
  const { AdaptiveCard: SdkAdaptiveCard, SerializationContext } = loadAdaptiveCards();
  const card = new SdkAdaptiveCard();
  const context = new SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++) {
    problems.push(`${label} parse: ${context.getEventAt(index).message}`);
  }
  for (const event of card.validateProperties().validationEvents)
    problems.push(`${label} validate: ${event.message}`);
  problems.push(...roundTripProblems(json, card.toJSON(), label));
  return { problems, card };
}

/**
 * Validates a card with the adaptivecards SDK: parse events, property validation, a round trip that catches
 * properties the SDK does not know, the Action.Submit fallbacks, the size limit, and a render.
 * Returns the problems (empty when the card is valid).
 */
export function validateCard(json: AdaptiveCard): string[] {
  const { problems, card } = sdkProblems(json, 'card');
  for (const action of executeActions(json)) {
    if (!action.verb) problems.push(`Action.Execute "${action.title}" has no verb`);
    if (!action.fallback) continue;
    const fallbackCard = {
      type: 'AdaptiveCard',
      version: json.version,
      actions: [action.fallback],
    };
    problems.push(...sdkProblems(fallbackCard, `fallback of "${action.title}"`).problems);
    if (JSON.stringify(action.fallback.data) !== JSON.stringify(action.data)) {
      problems.push(`fallback of "${action.title}" carries different data`);
    }
  }
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes >= MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes (limit ${MAX_CARD_BYTES})`);
  try {
    if (!card.render()) problems.push('render returned nothing');
  } catch (error) {
    problems.push(`render threw: ${String(error)}`);
  }
  return problems;
}

/** The HTML the adaptivecards SDK renders for a card (for assertions on what a user would see). */
export function renderCardHtml(json: AdaptiveCard): string {
  const { AdaptiveCard: SdkAdaptiveCard } = loadAdaptiveCards();
  const card = new SdkAdaptiveCard();
  card.parse(json);
  return card.render()?.outerHTML ?? '';
}
