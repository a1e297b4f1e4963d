import { VERBS } from '../../cards/verbs';

/** Verbs the fix routes handle: the shared `fix.*` / `diagnose.run` verbs plus `fix.status` (refresh of a fix card). */
export const FIX_VERBS = {
  apply: VERBS.fixApply,
  request: VERBS.fixRequest,
  approve: VERBS.fixApprove,
  reject: VERBS.fixReject,
  undo: VERBS.fixUndo,
  verify: VERBS.fixVerify,
  diagnose: VERBS.diagnoseRun,
  status: 'fix.status',
} as const;

/** One of the fix verbs. */
export type FixVerb = (typeof FIX_VERBS)[keyof typeof FIX_VERBS];
