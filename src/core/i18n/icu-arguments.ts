import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

// Numeric values of the parser's TYPE enum (a type-only import keeps the parser out of the runtime graph).
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6]); // argument, number, date, time, select, plural
const PLURAL = 6;
const TAG = 8;

/** The parsed shape of one ICU message: its argument names and the plural categories each plural uses. */
export interface MessageShape {
  argumentNames: Set<string>;
  /** Plural argument name -> the keyword categories it offers ("one", "few"; exact "=0" selectors excluded). */
  pluralCategories: Map<string, Set<string>>;
}

/** Parses an ICU message (throws on bad syntax) and collects its argument names and plural categories. */
export function messageShape(message: string, locale: string): MessageShape {
  const ast = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst();
  const shape: MessageShape = { argumentNames: new Set(), pluralCategories: new Map() };
  walk(ast, shape);
  return shape;
}

function walk(elements: readonly MessageFormatElement[], shape: MessageShape): void {
  for (const element of elements) {
    if (ARGUMENT_TYPES.has(element.type) && 'value' in element && typeof element.value === 'string') {
      shape.argumentNames.add(element.value);
    }
    if ('options' in element) {
      const categories = new Set<string>();
      for (const [selector, option] of Object.entries(element.options)) {
        if (!selector.startsWith('=')) categories.add(selector);
        walk(option.value, shape);
      }
      if (Number(element.type) === PLURAL) shape.pluralCategories.set(element.value, categories);
    }
    if (Number(element.type) === TAG && 'children' in element) walk(element.children, shape);
  }
}
