/** Why a check could not be made: each has a message key `fix.not-checked.<reason>`. */
export type NotCheckedReason =
  'missing-permission' | 'no-licence' | 'dry-run' | 'not-found' | 'unavailable' | 'not-configured';

/** The outcome of one Graph (or runbook) read, as the diagnosis consumes it. */
export type ReadResult<T> =
  { status: 'ok'; value: T } | { status: 'not-checked'; reason: NotCheckedReason; permission?: string };

/** A successful read. */
export const ok = <T>(value: T): ReadResult<T> => ({ status: 'ok', value });

/** A read that could not be made. */
export const notChecked = <T>(reason: NotCheckedReason, permission?: string): ReadResult<T> =>
  permission ? { status: 'not-checked', reason, permission } : { status: 'not-checked', reason };
