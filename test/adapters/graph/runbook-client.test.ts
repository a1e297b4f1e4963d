import { AutomationRunbookClient } from '../../../src/adapters/graph/runbook-client';
import { createAppCredential } from '../../../src/adapters/graph/credentials';
import { loadConfig } from '../../../src/config';
import { BotError } from '../../../src/core/errors';
import { FixService } from '../../../src/core/fixes/fix-service';
import { MemoryApprovalRepository, MemoryAuditLog } from '../../../src/adapters/audit';
import { ROLE } from '../../../src/core/fixes/roles';
import { STAND_IN_CA, startArmStandIn, startGraphStandIn } from '../../support/graph-stand-in';
import { CLIENT_ID, SECRET } from './stand-in';

async function setup() {
  const entra = await startGraphStandIn({ apps: { [CLIENT_ID]: { secret: SECRET, roles: [] } } });
  const arm = await startArmStandIn();
  const config = loadConfig({
    AZURE_TENANT_ID: entra.tenant.tenantId,
    AZURE_CLIENT_ID: CLIENT_ID,
    AZURE_CLIENT_SECRET: SECRET,
    AZURE_AUTHORITY_HOST: entra.authorityHost,
    AUTOMATION_SUBSCRIPTION_ID: '0b1f6471-1bf0-4dda-aec3-111122223333',
    AUTOMATION_RESOURCE_GROUP: 'rg-ndr-assist',
    AUTOMATION_ACCOUNT: 'aa-ndr-assist',
    ARM_BASE_URL: arm.baseUrl,
  });
  const client = new AutomationRunbookClient({
    credential: createAppCredential(config, { tlsCa: STAND_IN_CA })!,
    armBaseUrl: config.ARM_BASE_URL,
    subscriptionId: config.AUTOMATION_SUBSCRIPTION_ID!,
    resourceGroup: config.AUTOMATION_RESOURCE_GROUP!,
    account: config.AUTOMATION_ACCOUNT!,
    runbook: config.AUTOMATION_RUNBOOK,
    pollIntervalMs: 1,
    tlsCa: STAND_IN_CA,
  });
  return { entra, arm, client, close: async () => Promise.all([entra.close(), arm.close()]) };
}

describe('AutomationRunbookClient against an ARM stand-in', () => {
  it('starts the job, polls until Completed and reads the JSON output', async () => {
    const { arm, client, close } = await setup();
    try {
      arm.mailboxes['scanner@contoso.com'] = true;
      arm.pollsBeforeDone = 3;
      expect(await client.getSmtpAuth('scanner@contoso.com')).toMatchObject({
        smtpClientAuthenticationDisabled: true,
      });
      const result = await client.setSmtpAuth('scanner@contoso.com', true);
      expect(result.smtpClientAuthenticationDisabled).toBe(false);
      expect(arm.jobs.map((j) => [j.runbook, j.parameters])).toEqual([
        ['Set-NdrAssistSmtpAuth', { Mailbox: 'scanner@contoso.com', Action: 'Get' }],
        ['Set-NdrAssistSmtpAuth', { Mailbox: 'scanner@contoso.com', Action: 'Enable' }],
      ]);
      expect(result.jobId).toBe(arm.jobs[1]?.name);
    } finally {
      await close();
    }
  });

  it('a failed job is RUNBOOK_FAILED, and the fix records the runbook path with the job id', async () => {
    const { arm, client, close } = await setup();
    try {
      arm.failNext = true;
      await expect(client.setSmtpAuth('scanner@contoso.com', true)).rejects.toMatchObject({
        code: 'RUNBOOK_FAILED',
      });
      const admin = { aadObjectId: 'a', name: 'Ada', tenantId: 't' };
      const service = new FixService({
        approvals: new MemoryApprovalRepository(),
        audit: new MemoryAuditLog(),
        directory: { roleTemplateIds: async () => [ROLE.exchangeAdministrator] },
        graph: {
          dryRun: false,
          execute: async () => {
            throw new BotError('INTERNAL');
          },
        },
        runbook: client,
        clock: { now: () => new Date() },
        newId: () => 'ap-1',
        approvalTtlHours: 1,
      });
      const outcome = await service.applyDirect(admin, {
        fixId: 'smtp-auth.enable-mailbox',
        target: { mailbox: 'scanner@contoso.com' },
        reason: '',
        offeredFixes: ['smtp-auth.enable-mailbox'],
        idempotencyKey: 'wt-9',
      });
      expect(outcome.approval.result).toEqual({ path: 'runbook', requestId: arm.jobs.at(-1)?.name });
      expect((await service.verify(admin, { approvalId: outcome.approval.id })).inEffect).toBe(true);
      const undone = await service.undo(admin, { approvalId: outcome.approval.id });
      expect(undone.status).toBe('applied');
      expect(arm.mailboxes['scanner@contoso.com']).toBe(true);
    } finally {
      await close();
    }
  });
});
