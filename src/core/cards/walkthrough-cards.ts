import type { Playbook, PlaybookStep } from '../playbooks/types';
import type { FixOffer, WalkthroughCardInput } from './inputs';
import { buildStepCard } from './step-card';
import { buildSummaryCard } from './summary-card';
import type { AdaptiveCard } from './types';

/** A card with its file-name stem: `00-summary`, `01-<step id>`, ... */
export interface NamedCard {
  name: string;
  card: AdaptiveCard;
}

/** The walkthrough's cards are built for everyone alike: no per-viewer refresh. */
export type WalkthroughCardsInput = Omit<WalkthroughCardInput, 'refreshUserIds'>;

/** Every card of a walkthrough in order: the summary, then one card per planned step. */
export function buildWalkthroughCards(input: WalkthroughCardsInput): NamedCard[] {
  const cards: NamedCard[] = [{ name: '00-summary', card: buildSummaryCard(input) }];
  input.steps.forEach((step, stepIndex) => {
    cards.push({
      name: `${String(stepIndex + 1).padStart(2, '0')}-${step.id}`,
      card: buildStepCard({ ...input, stepIndex }),
    });
  });
  return cards;
}

/** Offers every fix a playbook names, as an admin would see them (for previews and golden files). */
export function adminFixOffers(playbook: Playbook): FixOffer[] {
  const ids = new Set(playbook.steps.flatMap((step) => step.fixes ?? []));
  return [...ids].map((fixId) => ({ fixId, canApply: true }));
}

/** The planned steps first, then the playbook's other steps (still reachable through "all steps"), each once. */
export function allStepsInOrder(playbook: Playbook, planned: readonly PlaybookStep[]): PlaybookStep[] {
  const seen = new Set(planned.map((step) => step.id));
  return [...planned, ...playbook.steps.filter((step) => !seen.has(step.id))];
}
