import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { FileReader, runExplainCommand, toJsonLine, toJsonRecord } from '../../src/cli/explain';
import { main } from '../../src/cli/main';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

const root = path.join(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/ndr');

describe('ndr-assist explain', () => {
  it('prints one JSON object per file, primary finding first, in the order given', async () => {
    const out = capture();
    const err = capture();
    const files = [
      path.join(fixtures, 'exo-smtp-auth-tenant.eml'),
      path.join(fixtures, 'postfix-unknown-user.eml'),
    ];
    const code = await runExplainCommand(['--json', ...files], { stdout: out.stream, stderr: err.stream });
    expect(code).toBe(0);
    const lines = out
      .text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.file)).toEqual(files);
    const first = (lines[0]!.findings as Record<string, unknown>[])[0];
    expect(first).toMatchObject({
      status: '5.7.139',
      reply: '535',
      variant: 'smtp-auth.disabled-tenant',
      playbook: 'smtp-auth',
      recipients: ['anna.kovac@fabrikam.example'],
      reportingServer: 'AM0PR01MB1234.eurprd01.prod.outlook.com',
    });
    expect(typeof first!.evidence).toBe('string');
  });

  it('reads standard input as "-"', async () => {
    const out = capture();
    const stdin = Readable.from([Buffer.from('getting 535 5.7.139 error')]);
    await runExplainCommand(['--json', '-'], { stdout: out.stream, stderr: capture().stream, stdin });
    const line = JSON.parse(out.text()) as { file: string; findings: { status: string; reply: string }[] };
    expect(line.file).toBe('-');
    expect(line.findings[0]).toMatchObject({ status: '5.7.139', reply: '535' });
  });

  it('keeps going past an unreadable file and reports it', async () => {
    const out = capture();
    const missing = path.join(tmpdir(), 'ndr-assist-does-not-exist.eml');
    const code = await runExplainCommand(['--json', missing, path.join(fixtures, 'fi-exo-ndr.txt')], {
      stdout: out.stream,
      stderr: capture().stream,
    });
    expect(code).toBe(1);
    const [bad, good] = out
      .text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(bad).toMatchObject({ file: missing, findings: [], error: { code: 'INPUT_UNREADABLE' } });
    expect((good!.findings as { status: string }[])[0]!.status).toBe('5.7.30');
  });

  it('prints a readable summary for a person', async () => {
    const out = capture();
    await runExplainCommand([path.join(fixtures, 'bg-exo-ndr.txt')], {
      stdout: out.stream,
      stderr: capture().stream,
    });
    expect(out.text()).toContain('530 5.7.57 - Client not authenticated to send mail');
    expect(out.text()).toContain('playbook: smtp-auth');
    expect(out.text()).toContain('reported by: VI1PR08MB2222.eurprd08.prod.outlook.com');
  });

  it('prints the localized diagnosis and steps with --locale', async () => {
    const out = capture();
    await main(['explain', '--locale', 'en-US', path.join(fixtures, 'exo-smtp-auth-tenant.eml')], {
      stdout: out.stream,
      stderr: capture().stream,
    });
    expect(out.text()).toContain('[en-US] ');
    expect(out.text()).toContain('SMTP AUTH is turned off for the whole organization');
    expect(out.text()).toMatch(/\n {2}1\. Turn on Authenticated SMTP for this mailbox/);
  });

  it('rejects unknown options with usage and exit code 2', async () => {
    const err = capture();
    expect(await runExplainCommand(['--frobnicate'], { stdout: capture().stream, stderr: err.stream })).toBe(
      2,
    );
    expect(err.text()).toContain('unknown option --frobnicate');
    expect(await main(['nope'], { stdout: capture().stream, stderr: capture().stream })).toBe(2);
  });

  it('handles many files in one process', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ndr-assist-many-'));
    const files = Array.from({ length: 300 }, (_, i) => {
      const file = path.join(dir, `bounce-${i}.txt`);
      writeFileSync(file, `Remote Server returned '550 5.1.${i % 10} unknown ${i}'`);
      return file;
    });
    const out = capture();
    const start = Date.now();
    await runExplainCommand(['--json', ...files], { stdout: out.stream, stderr: capture().stream });
    expect(Date.now() - start).toBeLessThan(5000);
    expect(out.text().trim().split('\n')).toHaveLength(300);
  });

  it('keeps argument order over hundreds of files through the built bin', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ndr-assist-order-'));
    const files = Array.from({ length: 900 }, (_, i) => {
      const file = path.join(dir, `b-${i}.txt`);
      writeFileSync(
        file,
        i === 450 ? 'not readable as a bounce' : `Remote Server returned '550 5.${i % 8}.${i % 1000} x'`,
      );
      return file;
    });
    const output = execFileSync(
      process.execPath,
      [path.join(root, 'dist/cli/main.js'), 'explain', '--json', ...files],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const lines = output
      .toString()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; findings: { status: string }[] });
    expect(lines.map((line) => line.file)).toEqual(files);
    expect(lines[899]!.findings[0]!.status).toBe('5.3.899');
    expect(lines[450]!.findings).toEqual([]);
  });

  it('runs as the built bin with stdin (npm test builds first)', () => {
    const built = path.join(root, 'dist/cli/main.js');
    expect(existsSync(built)).toBe(true);
    // `npx ndr-assist` executes the bin file itself: it must be executable and start with a shebang.
    expect(statSync(built).mode & 0o111).not.toBe(0);
    const direct = execFileSync(built, ['explain', '--json', '-'], { input: '550 5.1.10 RecipientNotFound' });
    expect(JSON.parse(direct.toString()).findings[0].status).toBe('5.1.10');
    const output = execFileSync(process.execPath, [built, 'explain', '--json', '-'], {
      input: '530 5.7.57 Client not authenticated',
    });
    expect(JSON.parse(output.toString()).findings[0].status).toBe('5.7.57');
  });
});

describe('the built CLI in a pipeline', () => {
  it('stops quietly when its reader closes the pipe early (explain ... | head)', async () => {
    const { spawn } = await import('node:child_process');
    const files = Array.from({ length: 3000 }, () => path.join(fixtures, 'exo-smtp-auth-tenant.eml'));
    const child = spawn(process.execPath, [
      path.join(root, 'dist/cli/main.js'),
      'explain',
      '--json',
      ...files,
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('FileReader', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ndr-assist-reader-'));

  it('reads files of any size into its reused buffer, one more byte than the limit at most', () => {
    const small = path.join(dir, 'small.txt');
    const large = path.join(dir, 'large.txt');
    writeFileSync(small, '550 5.1.1 unknown');
    writeFileSync(large, Buffer.alloc(3 * 1024 * 1024, 0x61));
    const reader = new FileReader(2 * 1024 * 1024);
    expect(reader.read(small).toString()).toBe('550 5.1.1 unknown');
    expect(reader.read(large).length).toBe(2 * 1024 * 1024 + 1);
    expect(reader.read(small).toString()).toBe('550 5.1.1 unknown');
    expect(new FileReader(4).read(small).toString()).toBe('550 5');
  });

  it('says why a file cannot be read', () => {
    expect(() => new FileReader(100).read(path.join(dir, 'missing.eml'))).toThrow(
      expect.objectContaining({ code: 'INPUT_UNREADABLE' }),
    );
    expect(() => new FileReader(100).read(dir)).toThrow(
      expect.objectContaining({ code: 'INPUT_UNREADABLE' }),
    );
  });
});

describe('toJsonLine', () => {
  it('prints exactly what JSON.stringify prints for the record, on every fixture and paste', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { recognizeNdr } = await import('../../src/core/ndr');
    const { PASTE_CASES } = await import('../core/ndr/cases');
    const inputs: (string | Buffer)[] = [
      ...readdirSync(fixtures).map((name) => readFileSync(path.join(fixtures, name))),
      ...PASTE_CASES.map((c) => c.text),
      '',
      'nothing to see "here" \\ \u2028',
    ];
    for (const input of inputs) {
      const recognition = await recognizeNdr(input);
      expect(toJsonLine('a "file".eml', recognition)).toBe(
        JSON.stringify(toJsonRecord('a "file".eml', recognition)),
      );
    }
  });
});
