import type { PlaybookId } from '../ndr/types';

/**
 * Playbooks are data: every human-facing string is a message key into the i18n catalogs, so one playbook renders in
 * every locale. Keys follow `playbook.<playbookId>.<...>` (see src/core/i18n/catalogs/en-US.json).
 */

/** Admin portals a step can deep-link to. Product names are never translated. */
export type Portal = 'entra' | 'm365-admin' | 'exchange-admin' | 'defender' | 'azure' | 'none';

/** Ids of the admin fix actions a step can offer (wired to Graph by src/core/fixes). */
export type FixId =
  | 'security-defaults.disable'
  | 'per-user-mfa.disable'
  | 'smtp-auth.enable-mailbox'
  | 'modern-auth.guide'
  | 'diagnose.smtp-auth';

export interface StepLink {
  portal: Portal;
  url: string;
  /** Message key of the click path ("Identity > Overview > Properties > Manage security defaults"). */
  pathKey: string;
}

export interface PlaybookStep {
  /** Kebab-case, unique within the playbook; used in card file names and verbs. */
  id: string;
  titleKey: string;
  bodyKey: string;
  /** Plain-language security cost of this step, when it weakens the tenant. */
  riskKey?: string;
  link?: StepLink;
  /** PowerShell to run instead of clicking (never translated). */
  powershell?: readonly string[];
  /** Admin fix actions offered on this step's card. */
  fixes?: readonly FixId[];
  /** When set, the step is shown first / only for these variant ids (others still reachable via "all steps"). */
  forVariants?: readonly string[];
  /**
   * Used when the finding has no variant (or none of the playbook's steps names it): the step is shown first / only for
   * these enhanced status codes. An entry is a code ("5.7.64") or a range of the last part ("5.7.606-649").
   */
  forStatuses?: readonly string[];
}

export interface Playbook {
  id: PlaybookId;
  titleKey: string;
  /** "What this error means" in two or three sentences. */
  diagnosisKey: string;
  steps: readonly PlaybookStep[];
}
