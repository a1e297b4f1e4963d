import type { Translator } from '../i18n/types';
import type { Finding, NdrDetails } from '../ndr/types';
import { MAX_EVIDENCE_CHARS } from './escape';
import { formatCode } from './format';
import { actionSet, cardShell, executeAction, heading, labelledUserText, textBlock } from './parts';
import type { AdaptiveCard, CardElement } from './types';
import { UI_KEYS } from './ui-keys';
import { SUMMARY_STEP } from './verbs';

export interface FallbackCardInput {
  t: Translator;
  walkthroughId: string;
  /** The best finding when a code was seen but no playbook matches it; null when nothing was recognized. */
  finding: Finding | null;
  details?: NdrDetails;
}

/** Unknown code or nothing found: what was found, how to read an NDR, and a way to ask the helpdesk. */
export function buildFallbackCard(input: FallbackCardInput): AdaptiveCard {
  const { t, finding, details } = input;
  const title = t.t(UI_KEYS.fallbackTitle);
  const body: CardElement[] = [heading(title, 'Large')];
  const code = finding ? formatCode(finding) : '';
  if (finding && (code || finding.evidence)) {
    body.push(textBlock(t.t(UI_KEYS.fallbackFound)));
    if (code) body.push(labelledUserText(t.t(UI_KEYS.code), code, { monospace: true }));
    if (finding.evidence) {
      body.push(
        labelledUserText(t.t(UI_KEYS.evidence), finding.evidence, {
          monospace: true,
          max: MAX_EVIDENCE_CHARS,
        }),
      );
    }
  } else {
    body.push(textBlock(t.t(UI_KEYS.fallbackNothingFound)));
  }
  if (details?.reportingServer) {
    body.push(labelledUserText(t.t(UI_KEYS.handoffServer), details.reportingServer, { monospace: true }));
  }
  body.push(textBlock(t.t(UI_KEYS.fallbackHowToRead), { spacing: 'Medium' }));
  body.push(
    actionSet([
      executeAction(t.t(UI_KEYS.askHelpdesk), {
        verb: 'helpdesk.ask',
        walkthroughId: input.walkthroughId,
        playbook: 'general',
        step: SUMMARY_STEP,
      }),
    ]),
  );
  return cardShell(t, body);
}
