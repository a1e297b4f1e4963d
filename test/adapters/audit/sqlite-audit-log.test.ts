import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { openDatabase, SqliteAuditLog, MemoryAuditLog } from '../../../src/adapters/audit';
import { runAuditCommand } from '../../../src/cli/audit';
import type { AuditEntryInput, AuditLog } from '../../../src/core/fixes/ports';

const entry = (at: string, extra: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  at,
  tenantId: 't1',
  actorId: 'a0a0a0a0-0000-4000-8000-00000000000a',
  actorName: 'Ada Admin',
  action: 'fix.apply',
  fixId: 'security-defaults.disable',
  approvalId: 'ap-1',
  result: 'ok',
  graphRequestId: 'c9a1e2d3-0000-4000-8000-000000000001',
  ...extra,
});

function tempDb(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-audit-')), 'bot.sqlite');
}

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe.each([
  ['sqlite', (): AuditLog => new SqliteAuditLog(openDatabase(':memory:'))],
  ['memory', (): AuditLog => new MemoryAuditLog()],
])('%s audit log', (_name, make) => {
  it('appends and lists newest first, filtered by since and limited', async () => {
    const log = make();
    await log.append(entry('2026-11-25T07:00:00.000Z'));
    await log.append(
      entry('2026-11-25T08:00:00.000Z', { action: 'fix.request', result: 'ok', graphRequestId: undefined }),
    );
    await log.append(entry('2026-11-25T09:00:00.000Z', { action: 'access.denied', result: 'NOT_ADMIN' }));
    const all = await log.list();
    expect(all.map((e) => e.action)).toEqual(['access.denied', 'fix.request', 'fix.apply']);
    expect(all[2]).toMatchObject({ seq: 1, graphRequestId: 'c9a1e2d3-0000-4000-8000-000000000001' });
    expect(all[2]?.mailbox).toBeUndefined();
    expect(all[1]?.graphRequestId).toBeUndefined();
    expect((await log.list({ since: '2026-11-25T08:00:00.000Z' })).map((e) => e.seq)).toEqual([3, 2]);
    expect(await log.list({ limit: 1 })).toHaveLength(1);
  });
});

describe('SqliteAuditLog on disk', () => {
  it('survives a restart and refuses updates and deletes', async () => {
    const file = tempDb();
    const first = openDatabase(file);
    await new SqliteAuditLog(first).append(entry('2026-11-25T07:00:00.000Z'));
    expect(() => first.prepare("UPDATE audit_log SET result = 'forged'").run()).toThrow(/append-only/);
    expect(() => first.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    first.close();
    const second = openDatabase(file);
    expect(await new SqliteAuditLog(second).list()).toEqual([
      expect.objectContaining({ seq: 1, result: 'ok' }),
    ]);
    second.close();
  });

  it('ndr-assist audit lists it as text and JSON, with --since and --limit', async () => {
    const file = tempDb();
    const db = openDatabase(file);
    const log = new SqliteAuditLog(db);
    await log.append(entry('2026-11-25T07:00:00.000Z', { mailbox: 'scanner@contoso.com' }));
    await log.append(
      entry('2026-11-25T08:00:00.000Z', { action: 'fix.reject', result: 'ok', graphRequestId: undefined }),
    );
    db.close();

    const out = capture();
    const err = capture();
    expect(await runAuditCommand(['--db', file], { stdout: out.stream, stderr: err.stream })).toBe(0);
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2026-11-25T08:00:00.000Z {2}fix.reject/);
    expect(lines[1]).toContain('scanner@contoso.com');
    expect(lines[1]).toContain('request-id=c9a1e2d3-0000-4000-8000-000000000001');

    const json = capture();
    expect(
      await runAuditCommand(
        ['--json', '--since', '2026-11-25T07:30:00Z', '--limit', '5'],
        { stdout: json.stream, stderr: err.stream },
        { SQLITE_PATH: file },
      ),
    ).toBe(0);
    expect((JSON.parse(json.text()) as { action: string }[]).map((e) => e.action)).toEqual(['fix.reject']);
  });

  it('ndr-assist audit reports bad usage and a missing database', async () => {
    const out = capture();
    const err = capture();
    expect(await runAuditCommand(['--limit', 'zero'], { stdout: out.stream, stderr: err.stream })).toBe(2);
    expect(err.text()).toContain('--limit needs a positive integer');
    expect(
      await runAuditCommand(['--db', '/nonexistent/x.sqlite'], { stdout: out.stream, stderr: err.stream }),
    ).toBe(1);
    expect(err.text()).toContain('no database at /nonexistent/x.sqlite');
  });
});
