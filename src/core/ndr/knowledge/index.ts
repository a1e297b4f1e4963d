import { BotError } from '../../errors';
import type { PlaybookId } from '../types';
import codesJson from './codes.json';
import labelsJson from './labels.json';
import repliesJson from './replies.json';
import subjectsJson from './subjects.json';
import variantsJson from './variants.json';
import {
  codesFileSchema,
  labelsFileSchema,
  repliesFileSchema,
  subjectsFileSchema,
  variantsFileSchema,
  type LabelKind,
} from './schema';

/** The recognizer's knowledge, validated once when the module loads. */

export interface CodeEntry {
  status: string;
  playbook: PlaybookId;
  title: string;
}

export interface VariantEntry {
  id: string;
  playbook: PlaybookId;
  status: string | null;
  reply: string | null;
  phrases: string[];
  statuses?: string[];
  description: string;
  priority: number;
  inferStatus?: boolean;
}

export interface LabelEntry {
  kind: LabelKind;
  language: string;
  text: string;
}

export interface Knowledge {
  codes: readonly CodeEntry[];
  variants: readonly VariantEntry[];
  labels: readonly LabelEntry[];
  replies: Readonly<Record<string, PlaybookId>>;
  subjects: Readonly<Record<string, PlaybookId>>;
}

function parse<T>(
  name: string,
  schema: {
    safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } };
  },
  value: unknown,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BotError('INTERNAL', { detail: `knowledge file ${name} is invalid: ${result.error.message}` });
  }
  return result.data;
}

/** Validates raw knowledge files (exported for tests that check edited data). */
export function buildKnowledge(files: {
  codes: unknown;
  variants: unknown;
  labels: unknown;
  replies: unknown;
  subjects: unknown;
}): Knowledge {
  const codes = parse('codes.json', codesFileSchema, files.codes).codes;
  const variants = parse('variants.json', variantsFileSchema, files.variants).variants;
  const labelFile = parse('labels.json', labelsFileSchema, files.labels).labels;
  const labels: LabelEntry[] = [];
  for (const [kind, byLanguage] of Object.entries(labelFile) as [LabelKind, Record<string, string[]>][]) {
    for (const [language, texts] of Object.entries(byLanguage)) {
      for (const text of texts) labels.push({ kind, language, text: text.toLowerCase() });
    }
  }
  const seenVariants = new Set<string>();
  for (const variant of variants) {
    if (seenVariants.has(variant.id)) {
      throw new BotError('INTERNAL', { detail: `variants.json: duplicate id ${variant.id}` });
    }
    seenVariants.add(variant.id);
  }
  return Object.freeze({
    codes,
    variants,
    labels,
    replies: parse('replies.json', repliesFileSchema, files.replies).replies,
    subjects: parse('subjects.json', subjectsFileSchema, files.subjects).subjects,
  });
}

/** The knowledge shipped with the product. */
export const knowledge: Knowledge = buildKnowledge({
  codes: codesJson,
  variants: variantsJson,
  labels: labelsJson,
  replies: repliesJson,
  subjects: subjectsJson,
});
