import { BotError } from '../../errors';
import type { PlaybookId } from '../types';
import codesJson from './codes.json';
import labelsJson from './labels.json';
import repliesJson from './replies.json';
import subjectsJson from './subjects.json';
import variantsJson from './variants.json';
import type { LabelKind } from './schema';

/**
 * The recognizer's knowledge. The shipped JSON files are validated against their schemas by the test suite
 * (`validateKnowledgeFiles` in ./validate.ts); loading them here skips zod so the CLI starts fast.
 */

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

export interface KnowledgeFiles {
  codes: { codes: CodeEntry[] };
  variants: { variants: VariantEntry[] };
  labels: { labels: Record<string, Record<string, string[]>> };
  replies: { replies: Record<string, PlaybookId> };
  subjects: { subjects: Record<string, PlaybookId> };
}

/** Indexes validated knowledge files; duplicate variant ids are a data error. */
export function buildKnowledge(files: KnowledgeFiles): Knowledge {
  const labels: LabelEntry[] = [];
  for (const [kind, byLanguage] of Object.entries(files.labels.labels)) {
    for (const [language, texts] of Object.entries(byLanguage)) {
      for (const text of texts) labels.push({ kind: kind as LabelKind, language, text: text.toLowerCase() });
    }
  }
  const seenVariants = new Set<string>();
  for (const variant of files.variants.variants) {
    if (seenVariants.has(variant.id)) {
      throw new BotError('INTERNAL', { detail: `variants.json: duplicate id ${variant.id}` });
    }
    seenVariants.add(variant.id);
  }
  return Object.freeze({
    codes: files.codes.codes,
    variants: files.variants.variants,
    labels,
    replies: files.replies.replies,
    subjects: files.subjects.subjects,
  });
}

/** The knowledge shipped with the product. */
export const knowledge: Knowledge = buildKnowledge({
  codes: codesJson as KnowledgeFiles['codes'],
  variants: variantsJson as KnowledgeFiles['variants'],
  labels: labelsJson,
  replies: repliesJson as KnowledgeFiles['replies'],
  subjects: subjectsJson as KnowledgeFiles['subjects'],
});
