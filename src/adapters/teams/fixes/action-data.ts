import { z } from 'zod';
import { BotError } from '../../../core/errors';
import { isFixActionId } from '../../../core/fixes/definitions';
import type { FixActionId } from '../../../core/fixes/types';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/);
const fixId = z.string().refine(isFixActionId, 'unknown fixId');

/** Data of an action started from a walkthrough (Apply, Request fix, run the check). */
export const offerDataSchema = z.object({
  verb: z.string(),
  walkthroughId: id,
  playbook: z.string().min(1).max(64),
  step: z.string().min(1).max(64),
  fixId,
  /** Optional Input.Text values from the card. */
  mailbox: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().max(254).optional(),
  ),
  reason: z.string().max(500).optional(),
});

/** Data of an action on a stored approval (approve, reject, undo, verify, status refresh). */
export const approvalDataSchema = z.object({
  verb: z.string(),
  approvalId: id,
  fixId: fixId.optional(),
  walkthroughId: id.optional(),
  playbook: z.string().max(64).optional(),
  step: z.string().max(64).optional(),
});

export type OfferData = Omit<z.infer<typeof offerDataSchema>, 'fixId'> & { fixId: FixActionId };
export type ApprovalData = z.infer<typeof approvalDataSchema>;

/** Validates untrusted card data; CARD_ACTION_INVALID when it does not fit. */
export function parseData<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new BotError('CARD_ACTION_INVALID', {
      detail: parsed.error.issues.map((issue) => issue.message).join('; '),
    });
  return parsed.data;
}
