import type { WalkthroughCardInput } from './inputs';
import { executeAction } from './parts';
import type { CardRefresh } from './types';

/**
 * A `refresh` that re-runs `step.goto` for the listed users, so in a group chat each person's client fetches their
 * own view of the same step (admins see "Apply fix", others "Request fix").
 */
export function refreshFor(input: WalkthroughCardInput, step: string): { refresh?: CardRefresh } {
  const userIds = input.refreshUserIds;
  if (!userIds || userIds.length === 0) return {};
  const {
    fallback: _fallback,
    title: _title,
    ...action
  } = executeAction('', {
    verb: 'step.goto',
    walkthroughId: input.walkthroughId,
    playbook: input.playbook.id,
    step,
  });
  // Teams honours at most 60 user ids in refresh.userIds.
  return { refresh: { action, userIds: userIds.slice(0, 60) } };
}
