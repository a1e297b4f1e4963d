import { z } from 'zod';
import { PLAYBOOK_IDS } from '../types';

/** Schemas of the knowledge files, so a non-programmer's edit is checked before it ships. */

const playbookId = z.enum(PLAYBOOK_IDS);
const enhancedStatus = z.string().regex(/^[245]\.[0-7]\.\d{1,3}$/, 'an enhanced status code like 5.7.57');
const statusOrRange = z
  .string()
  .regex(/^[245]\.[0-7]\.\d{1,3}(-\d{1,3})?$/, 'a code like 5.7.57 or a range like 5.7.606-649');
const replyCode = z.string().regex(/^[245]\d\d$/, 'a three-digit SMTP reply code');
const phrase = z
  .string()
  .min(4)
  .max(200)
  .refine((value) => value === value.toLowerCase(), 'phrases are written in lower case');

export const codesFileSchema = z.object({
  codes: z
    .array(z.object({ status: statusOrRange, playbook: playbookId, title: z.string().min(3) }).strict())
    .min(1),
});

export const variantsFileSchema = z.object({
  variants: z
    .array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'family.name in kebab case'),
          playbook: playbookId,
          status: enhancedStatus.nullable(),
          reply: replyCode.nullable(),
          phrases: z.array(phrase).min(1),
          statuses: z.array(enhancedStatus).optional(),
          description: z.string().min(3),
          priority: z.number().int().min(0).max(100),
          inferStatus: z.boolean().optional(),
        })
        .strict(),
    )
    .min(1),
});

export const LABEL_KINDS = [
  'original-section',
  'generating-server',
  'receiving-server',
  'remote-server',
  'recipients-heading',
  'transcript-section',
] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

export const labelsFileSchema = z.object({
  labels: z.record(
    z.enum(LABEL_KINDS),
    z.record(z.string().min(2), z.array(phrase.or(z.string().min(2))).min(1)),
  ),
});

export const repliesFileSchema = z.object({ replies: z.record(replyCode, playbookId) });

export const subjectsFileSchema = z.object({
  subjects: z.record(z.string().regex(/^x\.[0-7]$/), playbookId),
});
