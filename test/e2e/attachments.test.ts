import http from 'node:http';
import { createTranslator } from '../../src/core/i18n';
import { fileMessage, personalMessage, postToBot } from '../helpers/activities';
import { startConnectorStandIn, type ConnectorStandIn } from '../helpers/connector-stand-in';
import { freePort } from '../helpers/free-port';
import { startBot, type RunningBot } from './bot-harness';
import { cardOf, cardText } from './card-reading';

const en = createTranslator('en-US');
const LIMIT = 65_536; // MAX_ATTACHMENT_BYTES in bot-harness

const NDR_EML = [
  'From: Microsoft Outlook <postmaster@contoso.example>',
  'To: printer@contoso.example',
  'Subject: Undeliverable: Scan from MFP',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Delivery has failed to these recipients or groups:',
  '',
  'accounts@fabrikam.example',
  '',
  'Diagnostic information for administrators:',
  'Generating server: BN8PR12MB1234.namprd12.prod.outlook.com',
  'Remote server returned 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  '',
].join('\r\n');

let connector: ConnectorStandIn;
let bot: RunningBot;
let files: http.Server;
let filesUrl = '';
let bytesServedForHuge = 0;

beforeAll(async () => {
  connector = await startConnectorStandIn();
  bot = await startBot();
  files = http.createServer((req, res) => {
    if (req.url === '/ndr.eml') {
      res.setHeader('content-type', 'message/rfc822');
      res.end(NDR_EML);
    } else if (req.url === '/huge.txt') {
      // Chunked, no content-length: the bot must stop reading once the limit is passed.
      res.setHeader('content-type', 'text/plain');
      const chunk = Buffer.alloc(16_384, 'a');
      let sent = 0;
      let closed = false;
      res.on('close', () => {
        closed = true;
      });
      // Paced like a slow download, so a client that cancels early is visible in the byte count.
      const pump = () => {
        if (closed || sent >= 50 * LIMIT) return void res.end();
        sent += chunk.length;
        bytesServedForHuge = sent;
        res.write(chunk);
        setTimeout(pump, 2);
      };
      pump();
    } else if (req.url === '/declared-huge.txt') {
      res.setHeader('content-length', String(LIMIT * 10));
      res.end('x'.repeat(10));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => files.listen(port, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await bot.stop();
  await connector.close();
  await new Promise((resolve) => {
    files.close(resolve);
    files.closeAllConnections();
  });
});
beforeEach(() => connector.clear());

async function replyTo(activity: Record<string, unknown>) {
  const conversationId = String((activity.conversation as { id: string }).id);
  expect((await postToBot(bot.url, activity)).status).toBe(200);
  const [reply] = await connector.waitFor((call) => call.conversationId === conversationId);
  return reply!;
}

describe('attachments in personal chat', () => {
  it('reads a shared .eml NDR (file download info) and answers with the summary card', async () => {
    const reply = await replyTo(
      fileMessage({ serviceUrl: connector.url }, { name: 'bounce.eml', downloadUrl: `${filesUrl}/ndr.eml` }),
    );
    const text = cardText(cardOf(reply));
    expect(text).toContain('5.7.139');
  });

  it('reads a .txt file too', async () => {
    const reply = await replyTo(
      fileMessage({ serviceUrl: connector.url }, { name: 'bounce.txt', downloadUrl: `${filesUrl}/ndr.eml` }),
    );
    expect(cardText(cardOf(reply))).toContain('5.7.139');
  });

  it('stops a too-large file while streaming and says so clearly', async () => {
    const reply = await replyTo(
      fileMessage({ serviceUrl: connector.url }, { name: 'huge.txt', downloadUrl: `${filesUrl}/huge.txt` }),
    );
    expect(cardText(cardOf(reply))).toContain(en.t('error.ATTACHMENT_TOO_LARGE'));
    // Far less than the 3.2 MB the server would have sent: the download was cancelled early.
    expect(bytesServedForHuge).toBeGreaterThan(LIMIT);
    expect(bytesServedForHuge).toBeLessThan(10 * LIMIT);
  });

  it('refuses a file whose declared size is over the limit without reading it', async () => {
    const reply = await replyTo(
      fileMessage(
        { serviceUrl: connector.url },
        { name: 'declared.txt', downloadUrl: `${filesUrl}/declared-huge.txt` },
      ),
    );
    expect(cardText(cardOf(reply))).toContain(en.t('error.ATTACHMENT_TOO_LARGE'));
  });

  it('explains which files it reads when sent another type', async () => {
    const reply = await replyTo(
      fileMessage(
        { serviceUrl: connector.url },
        { name: 'report.pdf', downloadUrl: `${filesUrl}/report.pdf` },
      ),
    );
    expect(cardText(cardOf(reply))).toContain(en.t('error.ATTACHMENT_UNSUPPORTED'));
  });

  it('reports a failed download', async () => {
    const reply = await replyTo(
      fileMessage({ serviceUrl: connector.url }, { name: 'gone.eml', downloadUrl: `${filesUrl}/gone.eml` }),
    );
    expect(cardText(cardOf(reply))).toContain(en.t('error.ATTACHMENT_DOWNLOAD_FAILED'));
  });

  it('recognizes an NDR pasted inline as the message text', async () => {
    const reply = await replyTo(personalMessage({ serviceUrl: connector.url }, NDR_EML));
    expect(cardText(cardOf(reply))).toContain('5.7.139');
  });
});
