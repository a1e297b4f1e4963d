import { BotError } from '../errors';
import type { Translator } from '../i18n/types';
import type { PlaybookStep } from '../playbooks/types';
import { openPortalTitle } from './format';
import type { FixOffer, StepCardInput } from './inputs';
import { actionSet, cardShell, executeAction, heading, openUrlAction, textBlock } from './parts';
import { refreshFor } from './refresh';
import type { AdaptiveCard, CardAction, CardElement, Container, ExecuteAction, InputText } from './types';
import { UI_KEYS } from './ui-keys';
import { MAILBOX_INPUT, type WalkthroughRef } from './verbs';

/** One troubleshooting step: what to do, its security cost, where to click, PowerShell, fixes and navigation. */
export function buildStepCard(input: StepCardInput): AdaptiveCard {
  const { t, steps, stepIndex, playbook, walkthroughId } = input;
  const step = steps[stepIndex];
  if (!step)
    throw new BotError('UNKNOWN_STEP', { params: { step: stepIndex + 1 }, detail: `index ${stepIndex}` });
  const ref: WalkthroughRef = { walkthroughId, playbook: playbook.id, step: step.id };
  const title = t.t(step.titleKey);

  const body: CardElement[] = [
    textBlock(t.t(UI_KEYS.stepOf, { current: stepIndex + 1, total: steps.length }), {
      isSubtle: true,
      size: 'Small',
    }),
    heading(title, 'Large'),
    textBlock(t.t(step.bodyKey)),
  ];
  if (step.riskKey) body.push(riskBlock(t, step.riskKey));
  body.push(...linkBlocks(t, step));
  body.push(...powershellBlocks(t, step));

  const fixButtons = fixActions(t, step, input.fixActions ?? [], ref);
  if (fixButtons.length > 0) {
    // A pasted client log names no sender: ask for the mailbox the fixes act on.
    if (!input.details.sender) body.push(mailboxInput(t));
    body.push(actionSet(fixButtons, { spacing: 'Medium' }));
  }

  const navigation: CardAction[] = [
    executeAction(t.t(UI_KEYS.previousStep), { verb: 'step.previous', ...ref }),
  ];
  if (stepIndex < steps.length - 1) {
    navigation.push(
      executeAction(t.t(UI_KEYS.nextStep), { verb: 'step.next', ...ref }, { style: 'positive' }),
    );
  }
  body.push(actionSet(navigation, { spacing: 'Medium', separator: true }));

  const outcomes: CardAction[] = [
    executeAction(t.t(UI_KEYS.fixed), { verb: 'outcome.fixed', ...ref }, { style: 'positive' }),
    executeAction(t.t(UI_KEYS.stillFailing), { verb: 'outcome.still-failing', ...ref }),
    executeAction(t.t(UI_KEYS.askHelpdesk), { verb: 'helpdesk.ask', ...ref }),
  ];

  const card = cardShell(t, body, outcomes);
  return { ...card, ...refreshFor(input, step.id) };
}

function mailboxInput(t: Translator): InputText {
  return {
    type: 'Input.Text',
    id: MAILBOX_INPUT,
    label: t.t(UI_KEYS.mailboxLabel),
    placeholder: t.t(UI_KEYS.mailboxPlaceholder),
    style: 'email',
    maxLength: 254,
    spacing: 'Medium',
  };
}

function riskBlock(t: Translator, riskKey: string): Container {
  return {
    type: 'Container',
    style: 'warning',
    spacing: 'Medium',
    items: [
      textBlock(t.t(UI_KEYS.securityCost), { weight: 'Bolder', color: 'Warning' }),
      textBlock(t.t(riskKey)),
    ],
  };
}

function linkBlocks(t: Translator, step: PlaybookStep): CardElement[] {
  const link = step.link;
  if (!link) return [];
  const blocks: CardElement[] = [heading(t.t(UI_KEYS.whereToClick), 'Medium'), textBlock(t.t(link.pathKey))];
  if (link.url) {
    blocks.push(actionSet([openUrlAction(openPortalTitle(t, link.portal), link.url)]));
  }
  return blocks;
}

function powershellBlocks(t: Translator, step: PlaybookStep): CardElement[] {
  const lines = step.powershell ?? [];
  if (lines.length === 0) return [];
  // One RichTextBlock per line: TextRuns do not process Markdown, so `$false`, `<mailbox>` and `_` stay literal.
  return [
    heading(t.t(UI_KEYS.powershell), 'Medium'),
    {
      type: 'Container',
      style: 'emphasis',
      items: lines.map((line) => ({
        type: 'RichTextBlock' as const,
        inlines: [{ type: 'TextRun' as const, text: line, fontType: 'Monospace' as const }],
      })),
    },
  ];
}

function fixActions(
  t: Translator,
  step: PlaybookStep,
  offers: readonly FixOffer[],
  ref: WalkthroughRef,
): ExecuteAction[] {
  const buttons: ExecuteAction[] = [];
  for (const fixId of step.fixes ?? []) {
    const offer = offers.find((candidate) => candidate.fixId === fixId);
    if (!offer) continue;
    // The generic label stays short; the tooltip names the change ("Turn off security defaults").
    const nameKey = `ui.fix.${fixId}`;
    const options = t.has(nameKey) ? { tooltip: t.t(nameKey) } : {};
    if (offer.canApply && fixId.startsWith('diagnose.')) {
      buttons.push(
        executeAction(t.t(UI_KEYS.runDiagnosis), { verb: 'diagnose.run', ...ref, fixId }, options),
      );
    } else if (offer.canApply) {
      buttons.push(executeAction(t.t(UI_KEYS.applyFix), { verb: 'fix.apply', ...ref, fixId }, options));
    } else {
      buttons.push(executeAction(t.t(UI_KEYS.requestFix), { verb: 'fix.request', ...ref, fixId }, options));
    }
  }
  return buttons;
}
