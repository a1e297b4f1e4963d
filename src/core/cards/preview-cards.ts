import type { Translator } from '../i18n/types';
import type { PlaybookId } from '../ndr/types';
import { getPlaybook, planSteps } from '../playbooks';
import { sampleFor } from './samples';
import { adminFixOffers, allStepsInOrder, buildWalkthroughCards, type NamedCard } from './walkthrough-cards';

/** Walkthrough id used in previews and golden files (stable, so the files do not churn). */
export const PREVIEW_WALKTHROUGH_ID = 'preview';

/**
 * Every card of a playbook for its sample finding, as an admin sees them: the summary, the planned steps, then the
 * playbook's remaining steps. The `cards` CLI writes these and the golden files are these.
 */
export function previewPlaybookCards(playbookId: PlaybookId, t: Translator): NamedCard[] {
  const playbook = getPlaybook(playbookId);
  const sample = sampleFor(playbookId);
  return buildWalkthroughCards({
    t,
    walkthroughId: PREVIEW_WALKTHROUGH_ID,
    finding: sample.finding,
    details: sample.details,
    playbook,
    steps: allStepsInOrder(playbook, planSteps(playbook, sample.finding)),
    fixActions: adminFixOffers(playbook),
  });
}

/** File name of a preview card: `<playbook>.<nn>-<name>.json`. */
export function previewFileName(playbookId: PlaybookId, card: NamedCard): string {
  return `${playbookId}.${card.name}.json`;
}

/** The JSON text written for a card (stable formatting, trailing newline). */
export function serializeCard(card: NamedCard['card']): string {
  return `${JSON.stringify(card, null, 2)}\n`;
}
