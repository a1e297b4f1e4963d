import { sampleTenant, type GraphStandIn } from '../support/graph-stand-in';
import { createTranslator } from '../../src/core/i18n';
import {
  TENANT_ID,
  CHANNEL,
  cardActionInvoke,
  channelMessage,
  groupMessage,
  personalConversation,
  personalMessage,
  postToBot,
} from '../helpers/activities';
import { startConnectorStandIn, type ConnectorStandIn } from '../helpers/connector-stand-in';
import type { RunningBot } from './bot-harness';
import { startBotAgainstStandIn } from './stand-in-tenant';
import { cardOf, cardText, executeActions, type CardJson, type InvokeBody } from './card-reading';

/** The whole bot over HTTP against the local Entra + Graph stand-in: role-based views, apply, refusal, undo. */

const en = createTranslator('en-US');
// sampleTenant: Ada is a Global Administrator, Uma holds no role, printer@contoso.com is the device account.
const ADA = { id: '29:ada', name: 'Ada', aadObjectId: 'a0a0a0a0-0000-4000-8000-00000000000a' };
const UMA = { id: '29:uma', name: 'Uma', aadObjectId: 'b0b0b0b0-0000-4000-8000-00000000000b' };
const SECURITY_DEFAULTS_ERROR =
  "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.";

let connector: ConnectorStandIn;
let standIn: GraphStandIn;
let bot: RunningBot;

let stopStandIn: () => Promise<void>;

beforeAll(async () => {
  connector = await startConnectorStandIn();
  ({ bot, standIn, stop: stopStandIn } = await startBotAgainstStandIn(sampleTenant(TENANT_ID)));
});
afterAll(async () => {
  await stopStandIn();
  await connector.close();
});

/** Pastes the error as `user` in a new personal chat and walks to the first step card. */
async function openFirstStep(user: typeof ADA): Promise<{ card: CardJson; conversationId: string }> {
  const conversationId = `a:${user.name}-${Math.random().toString(36).slice(2)}`;
  await postToBot(
    bot.url,
    personalMessage({ serviceUrl: connector.url, conversationId, from: user }, SECURITY_DEFAULTS_ERROR),
  );
  const [reply] = await connector.waitFor((call) => call.conversationId === conversationId);
  const summary = cardOf(reply);
  const start = executeActions(summary).find((action) => action.verb === 'step.next')!;
  const response = await postToBot(
    bot.url,
    cardActionInvoke(
      { serviceUrl: connector.url, from: user },
      personalConversation(conversationId),
      'step.next',
      start.data,
    ),
  );
  return { card: (response.body as InvokeBody).value as CardJson, conversationId };
}

async function invoke(
  user: typeof ADA,
  conversationId: string,
  verb: string,
  data: Record<string, unknown>,
): Promise<string> {
  const response = await postToBot(
    bot.url,
    cardActionInvoke(
      { serviceUrl: connector.url, from: user },
      personalConversation(conversationId),
      verb,
      data,
    ),
  );
  const body = response.body as InvokeBody;
  return typeof body.value === 'string' ? body.value : cardText(body.value as CardJson);
}

it('shows "Apply fix" to an admin (role read from Graph) and "Request fix" to everyone else', async () => {
  const admin = await openFirstStep(ADA);
  const user = await openFirstStep(UMA);
  const fixVerbs = (card: CardJson) =>
    executeActions(card)
      .filter((action) => action.verb === 'fix.apply' || action.verb === 'fix.request')
      .map((action) => `${action.verb} ${String(action.data['fixId'])}`);
  expect(fixVerbs(admin.card)).toEqual(['fix.apply security-defaults.disable']);
  expect(fixVerbs(user.card)).toEqual(['fix.request security-defaults.disable']);
});

it('refuses a forged Apply from a non-admin, then an admin applies once and undoes it', async () => {
  const user = await openFirstStep(UMA);
  const requestData = executeActions(user.card).find((action) => action.verb === 'fix.request')!.data;
  const refused = await invoke(UMA, user.conversationId, 'fix.apply', {
    ...requestData,
    mailbox: 'printer@contoso.com',
  });
  expect(refused).toContain(en.t('error.NOT_ADMIN'));
  expect(standIn.writes).toBe(0);
  expect(standIn.tenant.securityDefaultsEnabled).toBe(true);

  const admin = await openFirstStep(ADA);
  const apply = executeActions(admin.card).find((action) => action.verb === 'fix.apply')!;
  const applied = await postToBot(
    bot.url,
    cardActionInvoke(
      { serviceUrl: connector.url, from: ADA },
      personalConversation(admin.conversationId),
      'fix.apply',
      {
        ...apply.data,
        mailbox: 'printer@contoso.com',
      },
    ),
  );
  const appliedCard = (applied.body as InvokeBody).value as CardJson;
  expect(standIn.writes).toBe(1);
  expect(standIn.tenant.securityDefaultsEnabled).toBe(false);

  // A double click changes nothing more.
  await invoke(ADA, admin.conversationId, 'fix.apply', { ...apply.data, mailbox: 'printer@contoso.com' });
  expect(standIn.writes).toBe(1);

  const undo = executeActions(appliedCard).find((action) => action.verb === 'fix.undo');
  expect(undo).toBeDefined();
  await invoke(ADA, admin.conversationId, 'fix.undo', undo!.data);
  expect(standIn.writes).toBe(2);
  expect(standIn.tenant.securityDefaultsEnabled).toBe(true);
});

it("in a group chat shares the safe view and asks each viewer's client to refresh to its own", async () => {
  const conversation = { id: '19:group-fixes@thread.v2', conversationType: 'groupChat', isGroup: true };
  await postToBot(
    bot.url,
    groupMessage(
      { serviceUrl: connector.url, from: ADA, conversationId: conversation.id },
      SECURITY_DEFAULTS_ERROR,
    ),
  );
  const [reply] = await connector.waitFor((call) => call.conversationId === conversation.id);
  const start = executeActions(cardOf(reply)).find((action) => action.verb === 'step.next')!;
  const response = await postToBot(
    bot.url,
    cardActionInvoke({ serviceUrl: connector.url, from: ADA }, conversation, 'step.next', start.data),
  );
  const shared = (response.body as InvokeBody).value as CardJson & {
    refresh?: { userIds: string[]; action: { verb: string } };
  };
  expect(executeActions(shared).some((action) => action.verb === 'fix.apply')).toBe(false);
  expect(shared.refresh?.userIds).toEqual([ADA.id]);
  expect(shared.refresh?.action.verb).toBe('step.goto');

  // Ada's client refreshes the card (trigger "automatic"): she alone gets the admin view.
  const refreshed = await postToBot(bot.url, {
    ...cardActionInvoke({ serviceUrl: connector.url, from: ADA }, conversation, 'step.goto', {
      ...(shared.refresh as unknown as { action: { data: Record<string, unknown> } }).action.data,
    }),
    value: {
      action: {
        type: 'Action.Execute',
        verb: 'step.goto',
        data: (shared.refresh as unknown as { action: { data: Record<string, unknown> } }).action.data,
      },
      trigger: 'automatic',
    },
  });
  const own = (refreshed.body as InvokeBody).value as CardJson;
  expect(executeActions(own).some((action) => action.verb === 'fix.apply')).toBe(true);
});

it('lets only a directory admin make a channel the helpdesk channel', async () => {
  await postToBot(bot.url, channelMessage({ serviceUrl: connector.url, from: UMA }, 'set helpdesk channel'));
  const [refusal] = await connector.waitFor((call) => (call.conversationId ?? '').startsWith(CHANNEL.id));
  expect(JSON.stringify(refusal!.body)).toContain(en.t('error.NOT_ADMIN').slice(0, 30));
  connector.clear();
  await postToBot(bot.url, channelMessage({ serviceUrl: connector.url, from: ADA }, 'set helpdesk channel'));
  const [confirmation] = await connector.waitFor((call) =>
    (call.conversationId ?? '').startsWith(CHANNEL.id),
  );
  expect(JSON.stringify(confirmation!.body)).not.toContain(en.t('error.NOT_ADMIN').slice(0, 30));
  expect(confirmation!.body).toMatchObject({ textFormat: 'plain' });
});
