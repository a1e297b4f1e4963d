import { actionSet, cardShell, heading, textBlock } from '../../cards/parts';
import type { AdaptiveCard, CardElement, ColumnSet } from '../../cards/types';
import type { Translator } from '../../i18n/types';
import type { Diagnosis } from '../diagnosis';
import { getFixDefinition } from '../definitions';
import { FIX_VERBS } from './verbs';
import { fixAction, viewerRefresh } from './parts';

/** Where the diagnosis was run from, echoed in the buttons so the fix routes can check the offer. */
export interface DiagnosisCardContext {
  walkthroughId: string;
  playbook: string;
  step: string;
  /** Admins get "Apply", others "Request fix". */
  canApply: boolean;
  refreshUserIds?: readonly string[];
}

const OUTCOME_COLOR = { passed: 'Good', failed: 'Attention', 'not-checked': 'Warning' } as const;

/** The tenant check: one row per check (passed / failed / not checked and why), then the fixes that apply. */
export function buildDiagnosisCard(
  diagnosis: Diagnosis,
  t: Translator,
  context: DiagnosisCardContext,
): AdaptiveCard {
  const rows: CardElement[] = diagnosis.checks.map((check): CardElement => {
    const message = t.t(check.messageKey, check.params);
    // "Not checked" messages already say so and why; a label column would repeat it.
    if (check.outcome === 'not-checked') return textBlock(message, { color: OUTCOME_COLOR[check.outcome] });
    const row: ColumnSet = {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'auto',
          items: [
            textBlock(t.t(`fix.card.outcome.${check.outcome}`), {
              weight: 'Bolder',
              color: OUTCOME_COLOR[check.outcome],
            }),
          ],
        },
        { type: 'Column', width: 'stretch', items: [textBlock(message)] },
      ],
    };
    return row;
  });
  const explanations = diagnosis.signInErrors.map((error) =>
    textBlock(t.t(error.messageKey, { code: error.code }), { isSubtle: true }),
  );
  const ref = { walkthroughId: context.walkthroughId, playbook: context.playbook, step: context.step };
  const actions = diagnosis.applicableFixes.map((fixId) => {
    const definition = getFixDefinition(fixId);
    const open = definition.requiredRoles.length === 0 || context.canApply;
    return fixAction(
      open ? t.t(definition.titleKey) : `${t.t('fix.card.action.request')}: ${t.t(definition.titleKey)}`,
      open ? FIX_VERBS.apply : FIX_VERBS.request,
      { ...ref, fixId },
    );
  });
  const body: CardElement[] = [
    heading(t.t('fix.card.diagnosis.title')),
    ...rows,
    ...explanations,
    textBlock(t.t(actions.length > 0 ? 'fix.card.diagnosis.fixes' : 'fix.card.diagnosis.none'), {
      weight: 'Bolder',
      spacing: 'Medium',
    }),
    ...(actions.length > 0 ? [actionSet(actions)] : []),
  ];
  return {
    ...cardShell(t, body),
    ...viewerRefresh(FIX_VERBS.diagnose, { ...ref, fixId: 'diagnose.smtp-auth' }, context.refreshUserIds),
  };
}
