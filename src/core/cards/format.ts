import type { Translator } from '../i18n/types';
import type { Finding } from '../ndr/types';
import type { Portal } from '../playbooks/types';
import { UI_KEYS } from './ui-keys';

/** The code as people quote it: reply and enhanced status ("535 5.7.139"), or an empty string. */
export function formatCode(finding: Pick<Finding, 'reply' | 'status'>): string {
  return [finding.reply, finding.status].filter((part): part is string => Boolean(part)).join(' ');
}

/** The button that opens a step's admin portal ("Open Microsoft Entra admin center"; product names stay English). */
export function openPortalTitle(t: Translator, portal: Portal): string {
  const name = t.t(`ui.portal.${portal}`);
  return portal === 'none' ? name : t.t(UI_KEYS.openPortal, { portal: name });
}

/** The variant's short explanation when the catalogs have one. */
export function variantExplanation(t: Translator, variant: string | null): string | null {
  if (!variant) return null;
  const key = `variant.${variant}`;
  return t.has(key) ? t.t(key) : null;
}
