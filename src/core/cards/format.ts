import type { Translator } from '../i18n/types';
import type { Finding } from '../ndr/types';
import type { Portal } from '../playbooks/types';

/** The code as people quote it: reply and enhanced status ("535 5.7.139"), or an empty string. */
export function formatCode(finding: Pick<Finding, 'reply' | 'status'>): string {
  return [finding.reply, finding.status].filter((part): part is string => Boolean(part)).join(' ');
}

/** Product names are never translated. */
export const PORTAL_NAMES: Readonly<Record<Portal, string>> = {
  entra: 'Microsoft Entra admin center',
  'm365-admin': 'Microsoft 365 admin center',
  'exchange-admin': 'Exchange admin center',
  defender: 'Microsoft Defender portal',
  azure: 'Azure portal',
  none: '',
};

/** The variant's short explanation when the catalogs have one. */
export function variantExplanation(t: Translator, variant: string | null): string | null {
  if (!variant) return null;
  const key = `variant.${variant}`;
  return t.has(key) ? t.t(key) : null;
}
