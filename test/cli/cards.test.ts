import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseCardsArgs, runCardsCommand } from '../../src/cli/cards';
import { SUPPORTED_LOCALES } from '../../src/core/i18n';
import { PLAYBOOK_IDS } from '../../src/core/ndr/types';
import { getPlaybook } from '../../src/core/playbooks';

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString('utf8')));
  return { io: { stdout, stderr }, out: () => out.join(''), err: () => err.join('') };
}

describe('ndr-assist cards', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ndr-cards-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every card of a playbook, summary first, identical to the golden files', async () => {
    const { io, out } = capture();
    const code = await runCardsCommand(['--locale', 'en-US', '--playbook', 'smtp-auth', '--out', dir], io);
    expect(code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files[0]).toBe('smtp-auth.00-summary.json');
    expect(files).toHaveLength(getPlaybook('smtp-auth').steps.length + 1);
    files.forEach((name, index) =>
      expect(name).toMatch(new RegExp(`^smtp-auth\\.${String(index).padStart(2, '0')}-[a-z0-9-]+\\.json$`)),
    );
    for (const name of files) {
      const golden = join(__dirname, '..', 'golden', 'cards', 'en-US', name);
      expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(golden, 'utf8'));
    }
    expect(out()).toContain(`wrote ${files.length} cards to ${dir}`);
  });

  it('writes all playbooks with --playbook all (and accepts --opt=value)', async () => {
    const { io } = capture();
    expect(await runCardsCommand(['--playbook=all', `--out=${dir}`], io)).toBe(0);
    const files = readdirSync(dir);
    for (const id of PLAYBOOK_IDS) expect(files).toContain(`${id}.00-summary.json`);
    const total = PLAYBOOK_IDS.reduce((sum, id) => sum + getPlaybook(id).steps.length + 1, 0);
    expect(files).toHaveLength(total);
    const card = JSON.parse(readFileSync(join(dir, 'general.00-summary.json'), 'utf8')) as {
      type: string;
      version: string;
    };
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('writes one directory per locale with --locale all', async () => {
    const { io } = capture();
    expect(await runCardsCommand(['--locale', 'all', '--playbook', 'mailbox-full', '--out', dir], io)).toBe(
      0,
    );
    expect(readdirSync(dir).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    expect(readdirSync(join(dir, 'en-US'))).toContain('mailbox-full.00-summary.json');
  });

  it('--list prints the locales and the playbook ids', async () => {
    const { io, out } = capture();
    expect(await runCardsCommand(['--list'], io)).toBe(0);
    expect(out()).toBe(`locales: ${SUPPORTED_LOCALES.join(' ')}\nplaybooks: ${PLAYBOOK_IDS.join(' ')}\n`);
  });

  it('--help prints the usage and exits 0', async () => {
    const { io, out } = capture();
    expect(await runCardsCommand(['--help'], io)).toBe(0);
    expect(out()).toContain('usage: ndr-assist cards');
  });

  it.each([
    [['--playbook', 'smtp-auth'], '--out is required'],
    [['--out', '/tmp/x'], '--playbook is required'],
    [['--playbook', 'nope', '--out', '/tmp/x'], 'unknown playbook "nope"'],
    [['--playbook', 'smtp-auth', '--out', '/tmp/x', '--locale', 'xx-XX'], 'unknown locale "xx-XX"'],
    [['--playbook'], '--playbook needs a value'],
    [['--playbook', '--out', '/tmp/x'], '--playbook needs a value'],
    [['--playbook', 'smtp-auth', '--playbook', 'general', '--out', '/tmp/x'], '--playbook given twice'],
    [['--verbose'], 'unknown argument "--verbose"'],
    [['smtp-auth'], 'unknown argument "smtp-auth"'],
  ])('%j exits 2 with a clear message', async (argv, message) => {
    const { io, err, out } = capture();
    expect(await runCardsCommand(argv, io)).toBe(2);
    expect(err()).toContain(`ndr-assist cards: ${message}`);
    expect(err()).toContain('usage:');
    expect(out()).toBe('');
  });

  it('accepts a locale in any case and defaults to en-US', () => {
    expect(parseCardsArgs(['--playbook', 'general', '--out', 'd', '--locale', 'EN-us'])).toMatchObject({
      locales: ['en-US'],
    });
    expect(parseCardsArgs(['--playbook', 'general', '--out', 'd'])).toMatchObject({
      locales: ['en-US'],
      perLocaleDirs: false,
    });
  });

  it('exits 1 with a message when the directory cannot be written', async () => {
    const { io, err } = capture();
    const blocked = join(dir, 'file');
    writeFileSync(blocked, 'x');
    expect(await runCardsCommand(['--playbook', 'general', '--out', join(blocked, 'sub')], io)).toBe(1);
    expect(err()).toMatch(/^ndr-assist cards: INTERNAL: /);
  });
});
