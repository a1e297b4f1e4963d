import { createTranslator } from '../core/i18n';
import type { Finding } from '../core/ndr/types';
import { getPlaybook, planSteps } from '../core/playbooks';
import type { Localizer } from './explain';

/** The localized diagnosis `explain --locale` prints: playbook title, what it means, variant, and the steps. */
export const localizeDiagnosis: Localizer = (finding: Finding | undefined, locale: string): string[] => {
  const t = createTranslator(locale);
  const playbook = getPlaybook(finding?.playbook ?? 'general');
  const lines = [`[${t.locale}] ${t.t(playbook.titleKey)}`, t.t(playbook.diagnosisKey)];
  const variantKey = finding?.variant ? `variant.${finding.variant}` : null;
  if (variantKey && t.has(variantKey)) lines.push(t.t(variantKey));
  const steps = planSteps(playbook, { status: finding?.status ?? null, variant: finding?.variant ?? null });
  steps.forEach((step, index) => lines.push(`${index + 1}. ${t.t(step.titleKey)}`));
  return lines;
};
