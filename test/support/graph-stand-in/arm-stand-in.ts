import https from 'node:https';
import { freePort } from '../../helpers/free-port';
import { STAND_IN_CA } from './server';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Azure Resource Manager stand-in for Automation jobs running Set-NdrAssistSmtpAuth against a fake Exchange. */
export interface ArmStandIn {
  baseUrl: string;
  /** SmtpClientAuthenticationDisabled per mailbox (null = follows the organization setting). */
  mailboxes: Record<string, boolean | null>;
  /** Jobs created, in order (name, parameters). */
  readonly jobs: { name: string; runbook: string; parameters: Record<string, string> }[];
  /** Polls a job answers "Running" before "Completed". */
  pollsBeforeDone: number;
  failNext: boolean;
  close(): Promise<void>;
}

/** Starts the ARM stand-in on a free port below 32768 (https, stand-in certificate). */
export async function startArmStandIn(): Promise<ArmStandIn> {
  const key = readFileSync(path.join(__dirname, 'stand-in.key.pem'), 'utf8');
  const state: ArmStandIn = {
    baseUrl: '',
    mailboxes: {},
    jobs: [],
    pollsBeforeDone: 1,
    failNext: false,
    close: async () => undefined,
  };
  const running = new Map<string, { polls: number; status: string; output: string }>();
  const server = https.createServer({ key, cert: STAND_IN_CA }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://arm');
      const send = (status: number, body: unknown, type = 'application/json') => {
        res.writeHead(status, { 'content-type': type, 'x-ms-request-id': 'arm-req' });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
      };
      if (!/^Bearer .+/.test(req.headers.authorization ?? ''))
        return send(401, { error: { code: 'AuthenticationFailed', message: 'no token' } });
      if (url.searchParams.get('api-version') !== '2023-11-01')
        return send(400, { error: { code: 'InvalidApiVersion', message: 'bad api-version' } });
      const match =
        /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Automation\/automationAccounts\/[^/]+\/jobs\/([^/]+)(\/output)?$/.exec(
          url.pathname,
        );
      if (!match) return send(404, { error: { code: 'NotFound', message: url.pathname } });
      const name = decodeURIComponent(match[1] ?? '');
      if (req.method === 'PUT') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          properties: { runbook: { name: string }; parameters: Record<string, string> };
        };
        const parameters = body.properties.parameters;
        state.jobs.push({ name, runbook: body.properties.runbook.name, parameters });
        const mailbox = parameters.Mailbox ?? '';
        let status = 'Completed';
        if (state.failNext) {
          state.failNext = false;
          status = 'Failed';
        } else if (parameters.Action === 'Enable') state.mailboxes[mailbox] = false;
        else if (parameters.Action === 'Disable') state.mailboxes[mailbox] = true;
        const output = `${JSON.stringify({ mailbox, action: parameters.Action, smtpClientAuthenticationDisabled: state.mailboxes[mailbox] ?? null })}\r\n`;
        running.set(name, { polls: 0, status, output });
        return send(201, { name, properties: { status: 'New', runbook: body.properties.runbook } });
      }
      const job = running.get(name);
      if (!job) return send(404, { error: { code: 'NotFound', message: `job ${name}` } });
      if (match[2]) return send(200, job.output, 'text/plain');
      job.polls += 1;
      return send(200, {
        name,
        properties: {
          status: job.polls > state.pollsBeforeDone ? job.status : 'Running',
          exception: job.status === 'Failed' ? 'Set-CASMailbox failed' : null,
        },
      });
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.baseUrl = `https://127.0.0.1:${port}`;
  state.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return state;
}
