import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';

/**
 * Who may run admin commands ("set helpdesk channel"). With ADMIN_ALLOWLIST set, only those Entra object ids; without
 * it the team-owner role cannot be checked locally, so the command is allowed and audit-logged. The Graph adapter
 * replaces this with the real directory-role check.
 */
export function isAdmin(
  activity: Partial<Activity>,
  allowlist: readonly string[],
  logger: Logger,
  action: string,
): boolean {
  const aadObjectId = activity.from?.aadObjectId;
  if (allowlist.length > 0) {
    const allowed =
      aadObjectId !== undefined &&
      allowlist.map((id) => id.toLowerCase()).includes(aadObjectId.toLowerCase());
    logger.info(
      { audit: true, action, aadObjectId, allowed },
      'admin command checked against ADMIN_ALLOWLIST',
    );
    return allowed;
  }
  logger.warn(
    {
      audit: true,
      action,
      aadObjectId,
      name: activity.from?.name,
      conversationId: activity.conversation?.id,
    },
    'admin command allowed without a role check (ADMIN_ALLOWLIST is empty)',
  );
  return true;
}

/** True when ADMIN_ALLOWLIST names the sender (no logging: used to pick which buttons a card shows). */
export function isAllowlisted(activity: Partial<Activity>, allowlist: readonly string[]): boolean {
  const aadObjectId = activity.from?.aadObjectId?.toLowerCase();
  return aadObjectId !== undefined && allowlist.some((id) => id.toLowerCase() === aadObjectId);
}
