/**
 * The subset of Adaptive Cards 1.5 the bot emits, as plain typed JSON. Only what the builders use is modelled, so
 * the compiler rejects a property the schema (or Teams) would not understand.
 */

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_VERSION = '1.5';

// Enum casing follows the Adaptive Cards schema (PascalCase for text and spacing, lowercase for styles).
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type TextColor = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Lighter' | 'Default' | 'Bolder';
export type FontType = 'Default' | 'Monospace';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type ActionStyle = 'default' | 'positive' | 'destructive';

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
  isVisible?: boolean;
}

/** A TextBlock; `text` is processed as (a subset of) Markdown by hosts, so never put user text here unescaped. */
export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  fontType?: FontType;
  maxLines?: number;
  style?: 'default' | 'heading';
}

/** A run of text inside a RichTextBlock; hosts do not process Markdown in TextRun. */
export interface TextRun {
  type: 'TextRun';
  text: string;
  fontType?: FontType;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  size?: TextSize;
  italic?: boolean;
}

export interface RichTextBlock extends ElementBase {
  type: 'RichTextBlock';
  inlines: TextRun[];
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: Fact[];
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  bleed?: boolean;
}

export interface Column {
  type: 'Column';
  items: CardElement[];
  width?: 'auto' | 'stretch' | string;
  verticalContentAlignment?: 'top' | 'center' | 'bottom';
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

/** A one-line text input; its value is sent with the card's actions under `id`. */
export interface InputText extends ElementBase {
  type: 'Input.Text';
  id: string;
  label?: string;
  placeholder?: string;
  style?: 'text' | 'email';
  maxLength?: number;
}

export type CardElement = TextBlock | RichTextBlock | FactSet | Container | ColumnSet | ActionSet | InputText;

/** JSON-safe data carried by an action back to the bot. */
export type ActionDataValue = string | number | boolean | null;
export type ActionData = Readonly<Record<string, ActionDataValue>>;

interface ActionBase {
  title: string;
  id?: string;
  style?: ActionStyle;
  tooltip?: string;
}

/** Action.Submit: the pre-universal-actions way; Teams posts `data` as the activity value. */
export interface SubmitAction extends ActionBase {
  type: 'Action.Submit';
  data: ActionData;
}

/** Action.Execute (universal actions): Teams sends an `adaptiveCard/action` invoke and the card is updated in place. */
export interface ExecuteAction extends ActionBase {
  type: 'Action.Execute';
  verb: string;
  data: ActionData;
  /** Hosts without universal actions use this instead; it carries the same verb in its data. */
  fallback?: SubmitAction;
}

export interface OpenUrlAction extends ActionBase {
  type: 'Action.OpenUrl';
  url: string;
}

export interface ShowCardAction extends ActionBase {
  type: 'Action.ShowCard';
  card: AdaptiveCard;
}

export type CardAction = SubmitAction | ExecuteAction | OpenUrlAction | ShowCardAction;

/** Refresh: Teams re-runs the Execute action for the listed users so each sees their own view (admin vs not). */
export interface CardRefresh {
  action: Omit<ExecuteAction, 'title' | 'fallback'>;
  userIds?: string[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version?: string;
  body: CardElement[];
  actions?: CardAction[];
  rtl?: boolean;
  lang?: string;
  refresh?: CardRefresh;
  /** Teams-specific: render the card at full chat width. */
  msteams?: { width: 'Full' };
  fallbackText?: string;
  speak?: string;
}
