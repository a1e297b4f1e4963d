import { MAX_EVIDENCE_CHARS } from './escape';
import { formatCode, variantExplanation } from './format';
import type { WalkthroughCardInput } from './inputs';
import { actionSet, cardShell, executeAction, heading, labelledUserText, textBlock } from './parts';
import type { AdaptiveCard, CardAction, CardElement } from './types';
import { UI_KEYS } from './ui-keys';
import { SUMMARY_STEP } from './verbs';
import { refreshFor } from './refresh';

/** The first card of a walkthrough: what was found, what it means, the planned steps, start / ask the helpdesk. */
export function buildSummaryCard(input: WalkthroughCardInput): AdaptiveCard {
  const { t, finding, playbook, steps, walkthroughId } = input;
  const ref = { walkthroughId, playbook: playbook.id, step: SUMMARY_STEP };
  const title = t.t(playbook.titleKey);
  const code = formatCode(finding);
  const explanation = variantExplanation(t, finding.variant);

  const body: CardElement[] = [heading(title, 'Large')];
  if (code) body.push(labelledUserText(t.t(UI_KEYS.code), code, { monospace: true }));
  if (explanation) body.push(textBlock(explanation));
  if (finding.evidence) {
    body.push(
      labelledUserText(t.t(UI_KEYS.evidence), finding.evidence, { monospace: true, max: MAX_EVIDENCE_CHARS }),
    );
  }
  body.push(heading(t.t(UI_KEYS.whatThisMeans), 'Medium'), textBlock(t.t(playbook.diagnosisKey)));
  if (steps.length > 0) {
    body.push(
      heading(t.t(UI_KEYS.steps), 'Medium'),
      textBlock(steps.map((step, index) => `${index + 1}. ${t.t(step.titleKey)}`).join('\n\n')),
    );
  }

  const actions: CardAction[] = [];
  if (steps.length > 0) {
    actions.push(
      executeAction(t.t(UI_KEYS.startSteps), { verb: 'step.next', ...ref }, { style: 'positive' }),
    );
  }
  actions.push(executeAction(t.t(UI_KEYS.askHelpdesk), { verb: 'helpdesk.ask', ...ref }));
  body.push(actionSet(actions, { spacing: 'Medium' }));

  const card = cardShell(t, body);
  return { ...card, ...refreshFor(input, SUMMARY_STEP) };
}
