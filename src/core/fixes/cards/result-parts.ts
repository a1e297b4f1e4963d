import { labelledUserText, textBlock } from '../../cards/parts';
import type { CardElement } from '../../cards/types';
import type { Translator } from '../../i18n/types';
import type { Approval } from '../approval';
import { smtpAuthPowerShell } from '../definitions/smtp-auth';

/** The request as an admin would read it (dry-run shows exactly this). */
export function describeRequest(request: NonNullable<NonNullable<Approval['result']>['request']>): string {
  const query = request.query ? `?${new URLSearchParams({ ...request.query }).toString()}` : '';
  const body = request.body ? ` ${JSON.stringify(request.body)}` : '';
  return `${request.method} /${request.version}${request.path}${query}${body}`;
}

/** What happened, honestly: which path was used, the request id, the dry-run request or the PowerShell to run. */
export function resultElements(approval: Approval, t: Translator): CardElement[] {
  const result = approval.result;
  if (!result || (approval.state !== 'applied' && approval.state !== 'failed')) return [];
  if (approval.state === 'failed') {
    const elements: CardElement[] = [
      textBlock(t.t('fix.card.result.error', { message: t.t(`error.${result.errorCode ?? 'INTERNAL'}`) }), {
        color: 'Attention',
      }),
    ];
    const permission = result.errorParams?.permission;
    if (permission)
      elements.push(labelledUserText(t.t('fix.card.permission'), String(permission), { monospace: true }));
    return elements;
  }
  switch (result.path) {
    case 'graph':
    case 'runbook':
      return [
        textBlock(t.t(`fix.card.result.${result.path}`, { requestId: result.requestId ?? '-' }), {
          color: 'Good',
        }),
      ];
    case 'dry-run':
      return [
        textBlock(t.t('fix.card.result.dry-run'), { color: 'Warning' }),
        ...(result.request
          ? [textBlock(describeRequest(result.request), { fontType: 'Monospace', size: 'Small' })]
          : []),
      ];
    case 'manual': {
      const mailbox = approval.target.mailbox ?? '';
      return [
        textBlock(t.t('fix.card.result.manual'), { color: 'Warning' }),
        textBlock(smtpAuthPowerShell(mailbox, approval.fixId === 'smtp-auth.enable-mailbox').join('\n'), {
          fontType: 'Monospace',
          size: 'Small',
        }),
      ];
    }
    case 'reconciled':
      return [textBlock(t.t('fix.card.result.reconciled'))];
  }
}
