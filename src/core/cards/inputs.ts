import type { Translator } from '../i18n/types';
import type { Finding, NdrDetails } from '../ndr/types';
import type { FixId, Playbook, PlaybookStep } from '../playbooks/types';

/** A fix button placeholder: admins (`canApply`) get "Apply fix", everyone else "Request fix". */
export interface FixOffer {
  fixId: FixId;
  canApply: boolean;
}

/** What every walkthrough card (summary and steps) is built from. */
export interface WalkthroughCardInput {
  t: Translator;
  walkthroughId: string;
  /** The primary finding. */
  finding: Finding;
  details: NdrDetails;
  playbook: Playbook;
  /** The planned steps (`planSteps(playbook, finding)`), in the order shown. */
  steps: readonly PlaybookStep[];
  /** Fix buttons the current user may see; none are shown when omitted. */
  fixActions?: readonly FixOffer[];
  /** Teams user ids (29:...) whose clients should refresh the card to their own view (admin vs not). */
  refreshUserIds?: readonly string[];
}

/** A step card: `stepIndex` is 0-based into `steps`. */
export interface StepCardInput extends WalkthroughCardInput {
  stepIndex: number;
}
