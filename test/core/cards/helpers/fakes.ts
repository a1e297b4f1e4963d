import type { MessageParams, Translator } from '../../../../src/core/i18n/types';
import type { Playbook } from '../../../../src/core/playbooks/types';

/** A translator that renders `key` (with its params), so tests see which key produced which text. */
export function fakeTranslator(
  locale = 'en-US',
  direction: 'ltr' | 'rtl' = 'ltr',
  known?: (key: string) => boolean,
): Translator {
  return {
    locale,
    direction,
    t(key: string, params?: MessageParams): string {
      if (!params) return `[${key}]`;
      const args = Object.entries(params).map(([name, value]) => `${name}=${String(value)}`);
      return `[${key} ${args.join(' ')}]`;
    },
    has: (key: string) => (known ? known(key) : true),
  };
}

/** A small playbook exercising every step feature: risk, link, PowerShell, fixes. */
export const samplePlaybook: Playbook = {
  id: 'smtp-auth',
  titleKey: 'playbook.smtp-auth.title',
  diagnosisKey: 'playbook.smtp-auth.diagnosis',
  steps: [
    {
      id: 'diagnose',
      titleKey: 'playbook.smtp-auth.diagnose.title',
      bodyKey: 'playbook.smtp-auth.diagnose.body',
      fixes: ['diagnose.smtp-auth'],
    },
    {
      id: 'enable-mailbox',
      titleKey: 'playbook.smtp-auth.enable-mailbox.title',
      bodyKey: 'playbook.smtp-auth.enable-mailbox.body',
      link: {
        portal: 'm365-admin',
        url: 'https://admin.microsoft.com/#/users',
        pathKey: 'playbook.smtp-auth.enable-mailbox.path',
      },
      powershell: [
        'Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false',
        'Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled',
      ],
      fixes: ['smtp-auth.enable-mailbox'],
    },
    {
      id: 'security-defaults',
      titleKey: 'playbook.smtp-auth.security-defaults.title',
      bodyKey: 'playbook.smtp-auth.security-defaults.body',
      riskKey: 'playbook.smtp-auth.security-defaults.risk',
      link: {
        portal: 'entra',
        url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/TenantOverview.ReactView',
        pathKey: 'playbook.smtp-auth.security-defaults.path',
      },
      fixes: ['security-defaults.disable'],
    },
  ],
};
