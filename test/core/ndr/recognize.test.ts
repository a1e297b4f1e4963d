import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recognizeNdr, recognizeNdrSync, recognizeText } from '../../../src/core/ndr';
import { PASTE_CASES } from './cases';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/ndr', name));

describe('recognizeNdr on pasted errors', () => {
  it.each(PASTE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { findings } = await recognizeNdr(c.text);
    const primary = findings[0];
    expect(primary).toBeDefined();
    expect({
      status: primary!.status,
      reply: primary!.reply,
      variant: primary!.variant,
      playbook: primary!.playbook,
    }).toEqual({
      status: c.status,
      reply: c.reply,
      variant: c.variant,
      playbook: c.playbook,
    });
    expect(c.text).toContain(primary!.evidence.slice(0, 40));
  });

  it('gives the same answer on the synchronous text path', () => {
    for (const c of PASTE_CASES) {
      expect(recognizeText(c.text).findings[0]?.status).toBe(c.status);
    }
  });

  it('says nothing was found for text without an error', async () => {
    const result = await recognizeNdr('Hi team, the printer on floor 3 is out of toner again. Thanks!');
    expect(result.findings).toEqual([]);
    expect(result.kind).toBe('code');
  });

  it('reads its input bytes before it first awaits, so the caller may reuse the buffer', async () => {
    const buffer = Buffer.from(fixture('exo-smtp-auth-tenant.eml'));
    const pending = recognizeNdr(buffer);
    buffer.fill(0x20);
    expect((await pending).findings[0]?.variant).toBe('smtp-auth.disabled-tenant');
  });

  it('gives the same answer synchronously when the fast MIME walk reads the message, else null', async () => {
    const eml = fixture('exo-smtp-auth-tenant.eml');
    expect(recognizeNdrSync(eml)).toEqual(await recognizeNdr(eml));
    expect(recognizeNdrSync('530 5.7.57 Client not authenticated')?.findings[0]?.status).toBe('5.7.57');
    // Headers whose only part the walk does not read: mailparser gets its turn.
    const opaque =
      'Received: from x\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: application/octet-stream\n\nAAAA\n--b--\n';
    expect(recognizeNdrSync(opaque)).toBeNull();
    expect((await recognizeNdr(opaque)).kind).toBe('mime');
  });

  it('reads a raw message pasted with a byte-order mark or blank lines before its headers', async () => {
    const eml = fixture('exo-smtp-auth-tenant.eml').toString('utf8');
    for (const pasted of [`\uFEFF${eml}`, `\n\u200B \r\n${eml}`]) {
      const result = await recognizeNdr(pasted);
      expect(result.kind).toBe('mime');
      expect(result.findings[0]?.variant).toBe('smtp-auth.disabled-tenant');
    }
  });

  it('reports empty input as empty', async () => {
    expect(await recognizeNdr('   \n\t ')).toMatchObject({ kind: 'empty', findings: [] });
  });
});

describe('recognizeNdr on whole bounce messages', () => {
  const dsn = (status: string, diagnostic: string) =>
    [
      'Received: from mx.example.net',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; neko@example.org',
      'Action: failed',
      `Status: ${status}`,
      `Diagnostic-Code: ${diagnostic}`,
      '--b--',
      '',
    ].join('\r\n');

  it.each([
    ['5.0.0', 'smtp; 550 DMARC check failed.', '5.0.0', '550'],
    ['5.0.0', "smtp; 5.3.0 - Other mail system problem 550-'Unknown user'", '5.3.0', '550'],
    ['5.1.1', 'smtp; 5.1.1 <neko@example.org>... User unknown', '5.1.1', null],
  ])(
    'gives the DSN status the reply of its Diagnostic-Code (Status %s, %s)',
    async (status, diagnostic, expectedStatus, expectedReply) => {
      const primary = (await recognizeNdr(dsn(status, diagnostic))).findings[0];
      expect({ status: primary?.status, reply: primary?.reply }).toEqual({
        status: expectedStatus,
        reply: expectedReply,
      });
    },
  );

  it('reads an Exchange Online multipart/report .eml and ignores codes in the original headers', async () => {
    const result = await recognizeNdr(fixture('exo-smtp-auth-tenant.eml'));
    expect(result.kind).toBe('mime');
    const [primary, ...rest] = result.findings;
    expect(primary).toMatchObject({
      status: '5.7.139',
      reply: '535',
      variant: 'smtp-auth.disabled-tenant',
      playbook: 'smtp-auth',
    });
    expect(primary!.source).toBe('dsn-diagnostic');
    expect(rest.every((finding) => finding.source === 'original-message')).toBe(true);
    expect(result.details).toMatchObject({
      recipients: ['anna.kovac@fabrikam.example'],
      sender: 'scanner@contoso.example',
      subject: 'Undeliverable: Scan from MFP-3F',
      reportingServer: 'AM0PR01MB1234.eurprd01.prod.outlook.com',
    });
    expect(result.details.diagnostics['Status']).toBe('5.7.139');
    expect(result.details.diagnostics['Remote server returned']).toMatch(
      /^535 5\.7\.139 Authentication unsuccessful/,
    );
  });

  it('reads a Postfix DSN with a folded diagnostic and the sender field', async () => {
    const result = await recognizeNdr(fixture('postfix-unknown-user.eml'));
    expect(result.findings[0]).toMatchObject({
      status: '5.1.1',
      reply: '550',
      playbook: 'unknown-recipient',
    });
    expect(result.details.recipients).toEqual(['no.such.person@northwind.example']);
    expect(result.details.sender).toBe('helpdesk@tailspin.example');
    expect(result.details.remoteServer).toBe('mx.northwind.example');
    expect(result.details.reportingServer).toBe('mail.tailspin.example');
  });

  it('reads an HTML bounce and ignores scripts and comments', async () => {
    const result = await recognizeNdr(fixture('exo-html-send-as.html'));
    expect(result.kind).toBe('html');
    expect(result.findings.map((finding) => finding.status)).toEqual(['5.2.252']);
    expect(result.findings[0]).toMatchObject({
      reply: '554',
      variant: 'send-as.store-denied',
      playbook: 'send-as',
    });
    expect(result.details.reportingServer).toBe('DB9PR02MB5678.eurprd02.prod.outlook.com');
  });

  it.each([
    [
      'de-exo-ndr.txt',
      '5.7.708',
      'tenant.ip-not-accepted',
      'FR2P281MB0042.DEUP281.PROD.OUTLOOK.COM',
      'buchhaltung@fabrikam.example',
    ],
    [
      'fi-exo-ndr.txt',
      '5.7.30',
      'smtp-auth.basic-auth-retired',
      'HE1PR05MB1111.eurprd05.prod.outlook.com',
      'tulostin@contoso.example',
    ],
    [
      'bg-exo-ndr.txt',
      '5.7.57',
      'smtp-auth.client-not-authenticated',
      'VI1PR08MB2222.eurprd08.prod.outlook.com',
      'office@contoso.example',
    ],
  ])('reads a localized Exchange NDR (%s)', async (file, status, variant, server, recipient) => {
    const result = await recognizeNdr(fixture(file));
    expect(result.findings[0]).toMatchObject({ status, variant, source: 'remote-server' });
    // The code quoted under the localized "original message headers" label is incidental.
    expect(result.findings.slice(1).every((finding) => finding.source === 'original-message')).toBe(true);
    expect(result.details.reportingServer).toBe(server);
    expect(result.details.recipients).toContain(recipient);
  });
});
