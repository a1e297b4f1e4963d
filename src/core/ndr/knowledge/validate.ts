import { BotError } from '../../errors';
import { buildKnowledge, type Knowledge, type KnowledgeFiles } from './index';
import {
  codesFileSchema,
  labelsFileSchema,
  repliesFileSchema,
  subjectsFileSchema,
  variantsFileSchema,
} from './schema';

interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

function parse<T>(name: string, schema: SafeParser<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BotError('INTERNAL', { detail: `knowledge file ${name} is invalid: ${result.error.message}` });
  }
  return result.data;
}

/** Checks edited knowledge files against their schemas, then indexes them; throws a BotError naming the file. */
export function validateKnowledgeFiles(files: Record<keyof KnowledgeFiles, unknown>): Knowledge {
  return buildKnowledge({
    codes: parse('codes.json', codesFileSchema, files.codes),
    variants: parse('variants.json', variantsFileSchema, files.variants) as KnowledgeFiles['variants'],
    labels: parse('labels.json', labelsFileSchema, files.labels) as KnowledgeFiles['labels'],
    replies: parse('replies.json', repliesFileSchema, files.replies) as KnowledgeFiles['replies'],
    subjects: parse('subjects.json', subjectsFileSchema, files.subjects) as KnowledgeFiles['subjects'],
  });
}
