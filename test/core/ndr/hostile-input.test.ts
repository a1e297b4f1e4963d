import { randomBytes } from 'node:crypto';
import { recognizeNdr, recognizeNdrSync, recognizeText } from '../../../src/core/ndr';
import { parseContentType } from '../../../src/core/ndr/text/mime-walk';

const MB = 1024 * 1024;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = run();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

describe('look-alikes are not status codes', () => {
  it.each([
    ['a firmware build', 'Firmware 5.7.139.0 installed on MFP-3F'],
    ['an Exchange build', 'Microsoft SMTP Server id 15.20.7611.12 via Frontend Transport'],
    ['an IP address', 'connect from [192.0.2.45] and 5.7.1.9 and 10.5.7.57'],
    ['a date', 'Meeting on 5.1.2026 and 25.11.2026, backup 2026-11-25 10:42'],
    ['a date with a time', 'Last seen 5.1.23 10:42 in the log'],
    ['prices', 'Toner costs $54.50 or 4.5 EUR, a ream 5.99'],
    ['phone numbers', 'Call +1 425.555.0100 or 555-0199 or (425) 555 0100'],
    ['an Exim version', 'Received: with esmtp (Exim 4.94.2)'],
  ])('ignores %s', (_name, text) => {
    expect(recognizeText(text).findings).toEqual([]);
  });

  it('still finds the real code next to look-alikes', () => {
    const text = 'Firmware 5.7.139.0, host 192.0.2.45, 5.1.2026: 535 5.7.3 Authentication unsuccessful';
    expect(recognizeText(text).findings.map((finding) => finding.status)).toEqual(['5.7.3']);
  });
});

describe('hostile input', () => {
  it('sees through zero-width, bidi and no-break characters', async () => {
    const text = '5.7\u200B.57 \u202Eerror\u202C and 535\u00A05.7.\uFEFF139';
    const statuses = (await recognizeNdr(text)).findings.map((finding) => finding.status);
    expect(statuses).toEqual(expect.arrayContaining(['5.7.57', '5.7.139']));
  });

  it('reads full-width digits', async () => {
    expect((await recognizeNdr('エラー ５．７．５７ が発生しました')).findings[0]?.status).toBe('5.7.57');
  });

  it('handles mixed scripts around the code', async () => {
    const text = 'Грешка: 550 5.1.1 Užívateľ neexistuje — 用户不存在 — المستخدم غير موجود';
    expect((await recognizeNdr(text)).findings[0]).toMatchObject({ status: '5.1.1', reply: '550' });
  });

  it('reads codes out of a binary file without crashing', async () => {
    const bytes = Buffer.concat([
      randomBytes(50_000),
      Buffer.from('\n550 5.1.1 User unknown\n'),
      randomBytes(50_000),
    ]);
    const result = await recognizeNdr(bytes);
    expect(result.kind).toBe('binary');
    expect(result.notes).toContain('input.binary');
    expect(result.findings.map((finding) => finding.status)).toContain('5.1.1');
  });

  it('survives pure random bytes', async () => {
    for (let round = 0; round < 20; round += 1) {
      const result = await recognizeNdr(randomBytes(4096 + round * 997));
      expect(Array.isArray(result.findings)).toBe(true);
    }
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('530 5.7.57 Client not authenticated', 'utf16le'),
    ]);
    expect((await recognizeNdr(bytes)).findings[0]?.variant).toBe('smtp-auth.client-not-authenticated');
  });

  it('never runs HTML scripts, styles or comments as text', async () => {
    const html = `<html><script>var x="550 5.7.1 fake";</script><style>/* 5.2.2 */</style><!-- 5.4.14 -->
      <body><div>Remote Server returned &#39;550 5.1.10 RESOLVER.ADR.RecipientNotFound&#39;</div>
      <SCRIPT type="text/javascript">document.write('5.7.57')</SCRIPT></body></html>`;
    expect((await recognizeNdr(html)).findings.map((finding) => finding.status)).toEqual(['5.1.10']);
  });

  it('survives malformed MIME', async () => {
    const mime =
      'Received: from x\nContent-Type: multipart/report; boundary="zz"\n\n--zz\nContent-Type: text/plain\n\n550 5.1.1 unknown\n--zz';
    expect((await recognizeNdr(mime)).findings[0]?.status).toBe('5.1.1');
    const broken =
      'Received: from x\nContent-Type: multipart/mixed; boundary=\n\n\u0000\u0001--\n550 5.2.2 full';
    await expect(recognizeNdr(broken)).resolves.toBeDefined();
  });

  it('reads a 10 MB paste and finds the code at its end', async () => {
    const filler = 'The quick brown fox jumps over the lazy dog 1.2.3 v4.5.6 192.0.2.1\n'.repeat(
      Math.ceil((10 * MB) / 67),
    );
    const text = `${filler}530 5.7.57 Client not authenticated to send mail`;
    const start = Date.now();
    const result = await recognizeNdr(text);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(result.findings[0]).toMatchObject({
      status: '5.7.57',
      variant: 'smtp-auth.client-not-authenticated',
    });
  });

  it('caps the input and says so', async () => {
    const result = await recognizeNdr(`${'x'.repeat(2000)} 550 5.1.1 user unknown`, { maxBytes: 1000 });
    expect(result.notes).toContain('input.truncated');
    expect(result.findings).toEqual([]);
  });

  it('caps the number of findings and the evidence length', () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `550 5.${i % 8}.${i % 1000} ${'y'.repeat(900)}`,
    ).join('\n');
    const { findings } = recognizeText(lines);
    expect(findings.length).toBeLessThanOrEqual(20);
    for (const finding of findings) expect(finding.evidence.length).toBeLessThanOrEqual(500);
  });
});

describe('linear time on adversarial input', () => {
  const adversarial: [string, (size: number) => string][] = [
    ['repeated dots and digits', (size) => '5.'.repeat(size / 2)],
    ['codes back to back', (size) => '550 5.7.1 '.repeat(size / 10)],
    ['one giant line of codes', (size) => '5.7.57'.repeat(size / 6)],
    ['unclosed HTML tags', (size) => `<html>${'<a'.repeat(size / 2)}`],
    ['unclosed scripts and comments', (size) => `<html><body>${'<script><!--'.repeat(size / 12)}`],
    ['reply codes everywhere', (size) => '\n550 '.repeat(size / 5)],
    ['near-miss phrases', (size) => 'smtpclientauthentication is disabled for the tenan '.repeat(size / 51)],
    ['header-like lines', (size) => `Received: x\n${'X-A: 5.1.1\n'.repeat(size / 11)}`],
    ['HTML with one long run of blanks', (size) => `<html><body>550 5.1.1${' '.repeat(size)}x</body></html>`],
    ['runs of blanks before line ends', (size) => `550 5.1.1 ${' \t'.repeat(size / 4)}\n`.repeat(2)],
    [
      'a quoted-printable part with one long run of blanks',
      (size) =>
        `Received: x\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n550 5.1.1${' '.repeat(size)}x`,
    ],
  ];

  it.each(adversarial)('%s', (_name, make) => {
    const small = make(MB);
    const large = make(2 * MB);
    // The synchronous path with the MIME walk, so raw messages are walked, not read as text.
    recognizeNdrSync(small); // warm up
    const first = timed(() => recognizeNdrSync(small));
    const second = timed(() => recognizeNdrSync(large));
    expect(first.ms).toBeLessThan(3000);
    // Doubling the input must not quadruple the time (with slack for GC and a busy machine).
    expect(second.ms).toBeLessThan(first.ms * 3 + 150);
  });
});

describe('MIME walk on hostile headers', () => {
  it('stays fast on a huge header block of colon-less and folded lines', async () => {
    const head =
      `Received: from x\nContent-Type: text/plain\n${'X-Folded: a\n b\n c\n'.repeat(20_000)}${'no colon here at all '.repeat(4)}\n`.repeat(
        1,
      );
    const lines = `${head}${'just words without any colon\n'.repeat(100_000)}\n550 5.1.1 user unknown\n`;
    const start = Date.now();
    const result = await recognizeNdr(lines);
    expect(Date.now() - start).toBeLessThan(3000);
    expect(result.kind).toBe('mime');
    expect(result.findings[0]?.status).toBe('5.1.1');
  });
});

describe('Content-Type parameters', () => {
  it('reads folded, quoted and escaped parameters', () => {
    expect(
      parseContentType(
        'Multipart/Report; report-type=delivery-status;\n\tboundary="=_x;y"; CHARSET = "a\\"b"',
      ),
    ).toEqual({
      type: 'multipart/report',
      params: { 'report-type': 'delivery-status', boundary: '=_x;y', charset: 'a"b' },
    });
  });

  it.each([
    ['a quoted value of megabytes', `text/plain; charset="${'x'.repeat(4 * MB)}"`],
    ['a parameter name of megabytes', `text/plain; ${'a'.repeat(4 * MB)}=1`],
    ['megabytes of separators', `text/plain${'; '.repeat(2 * MB)}`],
    ['megabytes of blanks', `text/plain;${' '.repeat(4 * MB)};a=1`],
  ])('stays linear on %s', (_name, value) => {
    expect(timed(() => parseContentType(value)).ms).toBeLessThan(1000);
  });

  it('reads a message whose Content-Type holds megabytes in one parameter', async () => {
    const message = `Received: x\nContent-Type: text/plain; charset="${'x'.repeat(2 * MB)}"\n\n550 5.2.2 mailbox full`;
    const start = Date.now();
    expect((await recognizeNdr(message)).findings[0]?.status).toBe('5.2.2');
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
