import type { ActionData, ExecuteAction, CardRefresh } from '../../cards/types';

/** Action.Execute with an Action.Submit fallback that carries the same verb. */
export function fixAction(
  title: string,
  verb: string,
  data: ActionData,
  style?: ExecuteAction['style'],
): ExecuteAction {
  const payload = { ...data, verb };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: payload,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data: payload, ...(style ? { style } : {}) },
  };
}

/** A refresh that re-renders the card per viewer (Teams honours at most 60 user ids). */
export function viewerRefresh(
  verb: string,
  data: ActionData,
  userIds: readonly string[] | undefined,
): { refresh?: CardRefresh } {
  const ids = [...new Set((userIds ?? []).filter(Boolean))].slice(0, 60);
  if (ids.length === 0) return {};
  return { refresh: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, userIds: ids } };
}
