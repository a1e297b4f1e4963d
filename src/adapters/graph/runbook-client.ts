import { randomUUID } from 'node:crypto';
import type { TokenCredential } from '@azure/identity';
import { BotError } from '../../core/errors';
import type { RunbookPort } from '../../core/fixes/ports';
import { httpsRequest } from './https-request';

const API_VERSION = '2023-11-01';
const FINAL_FAILURES = ['Failed', 'Stopped', 'Suspended'];

/** Where the runbook lives (AUTOMATION_* and ARM_BASE_URL). */
export interface RunbookClientOptions {
  credential: TokenCredential;
  armBaseUrl: string;
  subscriptionId: string;
  resourceGroup: string;
  account: string;
  runbook: string;
  pollIntervalMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Extra CA certificate (local stand-ins). */
  tlsCa?: string;
}

/** The JSON line Set-NdrAssistSmtpAuth.ps1 writes. */
interface RunbookOutput {
  smtpClientAuthenticationDisabled?: boolean | null;
}

/** Runs Set-NdrAssistSmtpAuth as an Azure Automation job through Resource Manager and reads its JSON output. */
export class AutomationRunbookClient implements RunbookPort {
  constructor(private readonly options: RunbookClientOptions) {}

  setSmtpAuth(mailbox: string, enabled: boolean) {
    return this.run(mailbox, enabled ? 'Enable' : 'Disable');
  }

  getSmtpAuth(mailbox: string) {
    return this.run(mailbox, 'Get');
  }

  private jobUrl(jobName: string, suffix = ''): string {
    const o = this.options;
    const path = [
      'subscriptions',
      o.subscriptionId,
      'resourceGroups',
      o.resourceGroup,
      'providers/Microsoft.Automation/automationAccounts',
      o.account,
      'jobs',
      jobName,
    ]
      .map((part) => (part.includes('/') ? part : encodeURIComponent(part)))
      .join('/');
    return `${new URL(o.armBaseUrl).origin}/${path}${suffix}?api-version=${API_VERSION}`;
  }

  private async call(method: string, url: string, body?: unknown): Promise<string> {
    const scope = `${new URL(this.options.armBaseUrl).origin}/.default`;
    const token = await this.options.credential.getToken(scope).catch((cause: unknown) => {
      throw new BotError('AUTH_FAILED', { cause, detail: `ARM token: ${String(cause)}` });
    });
    if (!token) throw new BotError('AUTH_FAILED', { detail: 'no ARM token' });
    const response = await httpsRequest(url, {
      method,
      headers: {
        authorization: `Bearer ${token.token}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ca: this.options.tlsCa,
    });
    if (response.status === 403) {
      throw new BotError('GRAPH_PERMISSION_MISSING', {
        params: { permission: 'Automation Job Operator', reason: 'missing-permission' },
        detail: response.text.slice(0, 300),
      });
    }
    if (response.status < 200 || response.status >= 300) {
      throw new BotError('RUNBOOK_FAILED', {
        params: { status: response.status },
        detail: `${method} → ${response.status} ${response.text.slice(0, 300)}`,
      });
    }
    return response.text;
  }

  private async run(mailbox: string, action: 'Enable' | 'Disable' | 'Get') {
    const o = this.options;
    const sleep = o.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const jobName = randomUUID();
    await this.call('PUT', this.jobUrl(jobName), {
      properties: { runbook: { name: o.runbook }, parameters: { Mailbox: mailbox, Action: action } },
    });
    const deadline = Date.now() + (o.timeoutMs ?? 600_000);
    for (;;) {
      const job = JSON.parse(await this.call('GET', this.jobUrl(jobName))) as {
        properties?: { status?: string; exception?: string | null };
      };
      const status = job.properties?.status ?? '';
      if (status === 'Completed') break;
      if (FINAL_FAILURES.includes(status)) {
        throw new BotError('RUNBOOK_FAILED', {
          params: { jobId: jobName, status },
          detail: job.properties?.exception ?? status,
        });
      }
      if (Date.now() > deadline)
        throw new BotError('RUNBOOK_FAILED', { params: { jobId: jobName, status: 'Timeout' } });
      await sleep(o.pollIntervalMs ?? 5_000);
    }
    const output = await this.call('GET', this.jobUrl(jobName, '/output'));
    const line = output
      .split(/\r?\n/)
      .map((text) => text.trim())
      .reverse()
      .find((text) => text.startsWith('{'));
    let parsed: RunbookOutput;
    try {
      parsed = JSON.parse(line ?? '') as RunbookOutput;
    } catch (cause) {
      throw new BotError('RUNBOOK_FAILED', { cause, params: { jobId: jobName, status: 'BadOutput' } });
    }
    const disabled = parsed.smtpClientAuthenticationDisabled;
    return {
      jobId: jobName,
      smtpClientAuthenticationDisabled: typeof disabled === 'boolean' ? disabled : null,
    };
  }
}
