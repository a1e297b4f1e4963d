import type { Translator } from '../i18n/types';
import type { Finding, NdrDetails } from '../ndr/types';
import { MAX_EVIDENCE_CHARS } from './escape';
import { formatCode, variantExplanation } from './format';
import { cardShell, heading, labelledUserText, textBlock } from './parts';
import type { AdaptiveCard, CardElement } from './types';
import { UI_KEYS } from './ui-keys';

/** At most this many recipients are listed; the rest are counted. */
export const MAX_HANDOFF_RECIPIENTS = 10;

export interface HelpdeskHandoffCardInput {
  /** Translator of the helpdesk channel's locale. */
  t: Translator;
  /** Display name of the person who asked (as Teams reports it: user-controlled text). */
  askedBy: string;
  finding: Finding | null;
  details: NdrDetails;
  /** Title key of the playbook and of the step the person had reached, when in a walkthrough. */
  playbookTitleKey?: string;
  stepTitleKey?: string;
}

/** The finding posted to the helpdesk channel: who asked, code, variant, evidence, recipients and servers. */
export function buildHelpdeskHandoffCard(input: HelpdeskHandoffCardInput): AdaptiveCard {
  const { t, finding, details } = input;
  const title = t.t(UI_KEYS.handoffTitle);
  const body: CardElement[] = [heading(title, 'Large')];
  if (input.playbookTitleKey) body.push(textBlock(t.t(input.playbookTitleKey), { weight: 'Bolder' }));
  body.push(labelledUserText(t.t(UI_KEYS.handoffAskedBy), input.askedBy));
  if (input.stepTitleKey) body.push(labelledUserText(t.t(UI_KEYS.handoffStep), t.t(input.stepTitleKey)));

  const code = finding ? formatCode(finding) : '';
  if (code) body.push(labelledUserText(t.t(UI_KEYS.code), code, { monospace: true }));
  if (finding?.variant) {
    body.push(labelledUserText(t.t(UI_KEYS.handoffVariant), finding.variant, { monospace: true }));
    const explanation = variantExplanation(t, finding.variant);
    if (explanation) body.push(textBlock(explanation, { isSubtle: true }));
  }
  if (finding?.evidence) {
    body.push(
      labelledUserText(t.t(UI_KEYS.evidence), finding.evidence, { monospace: true, max: MAX_EVIDENCE_CHARS }),
    );
  }
  if (details.recipients.length > 0) {
    const shown = details.recipients.slice(0, MAX_HANDOFF_RECIPIENTS).join(', ');
    const more = details.recipients.length - MAX_HANDOFF_RECIPIENTS;
    body.push(
      labelledUserText(t.t(UI_KEYS.handoffRecipients), more > 0 ? `${shown} (+${more})` : shown, {
        max: 1000,
      }),
    );
  }
  if (details.sender) body.push(labelledUserText(t.t(UI_KEYS.handoffSender), details.sender));
  if (details.subject) body.push(labelledUserText(t.t(UI_KEYS.handoffSubject), details.subject));
  for (const server of [details.reportingServer, details.remoteServer]) {
    if (server) body.push(labelledUserText(t.t(UI_KEYS.handoffServer), server, { monospace: true }));
  }
  return cardShell(t, body);
}
