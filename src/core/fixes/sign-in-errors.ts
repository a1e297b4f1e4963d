import type { FixId } from '../playbooks/types';

/** What an Entra sign-in error code means for an SMTP device, and which fixes address it. */
export interface SignInErrorExplanation {
  code: number;
  /** Message key: `fix.signin.<code>`. */
  messageKey: string;
  fixes: readonly FixId[];
}

const KNOWN: Readonly<Record<number, readonly FixId[]>> = {
  50126: [], // wrong user name or password: the device's credentials must be corrected
  50076: ['per-user-mfa.disable', 'security-defaults.disable', 'modern-auth.guide'],
  50079: ['per-user-mfa.disable', 'security-defaults.disable', 'modern-auth.guide'],
  53003: ['modern-auth.guide'],
  50053: [], // locked out (often by a device retrying a wrong password)
  50057: [], // account disabled
  50055: [], // password expired
};

/** Explains an AADSTS error code from a sign-in log entry; unknown codes get the generic key. */
export function explainSignInError(code: number): SignInErrorExplanation {
  const fixes = KNOWN[code];
  if (fixes === undefined) return { code, messageKey: 'fix.signin.other', fixes: [] };
  return { code, messageKey: `fix.signin.${code}`, fixes };
}

/** The sign-in error codes the bot explains specifically. */
export const EXPLAINED_SIGN_IN_ERRORS: readonly number[] = Object.keys(KNOWN).map(Number);
