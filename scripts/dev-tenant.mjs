#!/usr/bin/env node
// `npm run dev:tenant`: `npm run dev`, but Graph is real HTTP against the local stand-in of Entra, Microsoft Graph
// and Azure Automation (test/support/graph-stand-in) with a made-up tenant, so an admin can diagnose, apply, undo and
// verify every fix in the Agents Playground. Nothing leaves this machine.
//
// In the Playground: Alex Wilber (the current user) is a Global Administrator, Megan Bowen is not. Paste
// "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant", walk to a fix
// step, type scanner@contoso.example as the mailbox and press Apply (Alex) or Request fix (Megan; Alex approves in
// the Helpdesk channel after "@NDR Assist set helpdesk channel" there). `npx ndr-assist audit` shows what happened.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require('../test/support/graph-stand-in/process/ts-register.js');
const {
  sampleTenant,
  startArmStandIn,
  startGraphStandIn,
} = require('../test/support/graph-stand-in/index.ts');

// The ids of .m365agentsplayground.yml.
const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000ad';
const ALEX = '00000000-0000-0000-0000-0000000000a1';
const MEGAN = '00000000-0000-0000-0000-0000000000b1';
const DEVICE = 'd0d0d0d0-0000-4000-8000-00000000000d';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const CLIENT_ID = '5e1f0000-0000-4000-8000-0000000000c1';
const SECRET = 'local-stand-in-secret';

const tenant = sampleTenant(PLAYGROUND_TENANT);
const plans = tenant.users[Object.keys(tenant.users)[0]].assignedPlans;
const user = (id, upn, roles) => ({
  id,
  userPrincipalName: upn,
  accountEnabled: true,
  assignedPlans: plans,
  roles,
});
tenant.users[ALEX] = user(ALEX, 'alexw@contoso.example', [GLOBAL_ADMIN]);
tenant.users[MEGAN] = user(MEGAN, 'meganb@contoso.example', []);
tenant.users[DEVICE] = user(DEVICE, 'scanner@contoso.example', []);
tenant.perUserMfa[DEVICE] = 'enforced';

const graph = await startGraphStandIn({
  tenant,
  apps: {
    [CLIENT_ID]: {
      secret: SECRET,
      roles: [
        'User.Read.All',
        'Policy.Read.All',
        'Policy.ReadWrite.SecurityDefaults',
        'Policy.ReadWrite.AuthenticationMethod',
        'AuditLog.Read.All',
        'Directory.Read.All',
        'GroupMember.Read.All',
      ],
    },
  },
});
const arm = await startArmStandIn();
arm.mailboxes['scanner@contoso.example'] = true;
console.log(
  `Entra + Graph stand-in: ${graph.graphBaseUrl} (tenant ${PLAYGROUND_TENANT}); Automation stand-in: ${arm.baseUrl}`,
);

const dev = spawn(process.execPath, [path.join(root, 'scripts/dev.mjs'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_EXTRA_CA_CERTS: path.join(root, 'test/support/graph-stand-in/stand-in.cert.pem'),
    GRAPH_AUTH: 'client-secret',
    AZURE_TENANT_ID: PLAYGROUND_TENANT,
    AZURE_CLIENT_ID: CLIENT_ID,
    AZURE_CLIENT_SECRET: SECRET,
    AZURE_AUTHORITY_HOST: graph.authorityHost,
    GRAPH_BASE_URL: graph.graphBaseUrl,
    AUTOMATION_SUBSCRIPTION_ID: '0b1f6471-1bf0-4dda-aec3-111122223333',
    AUTOMATION_RESOURCE_GROUP: 'rg-ndr-assist',
    AUTOMATION_ACCOUNT: 'aa-ndr-assist',
    ARM_BASE_URL: arm.baseUrl,
    SQLITE_PATH: process.env.SQLITE_PATH ?? '.data/ndr-assist.dev-tenant.sqlite',
  },
});
const stop = async (code) => {
  await Promise.allSettled([graph.close(), arm.close()]);
  process.exit(code);
};
dev.on('exit', (code) => void stop(code ?? 0));
process.on('SIGINT', () => dev.kill('SIGINT'));
process.on('SIGTERM', () => dev.kill('SIGTERM'));
