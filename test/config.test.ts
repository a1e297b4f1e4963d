import { describeConfig, loadConfig } from '../src/config';
import { BotError } from '../src/core/errors';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe('CONFIG_INVALID');
    return String((error as BotError).params.problems);
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('runs with no configuration at all: SQLite, port 3978, no bot id, Graph auto (dry-run without credentials)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      STORAGE_KIND: 'sqlite',
      SQLITE_PATH: '.data/ndr-assist.sqlite',
      GRAPH_AUTH: 'auto',
      GRAPH_BASE_URL: 'https://graph.microsoft.com',
      DEFAULT_LOCALE: 'en-US',
      HELPDESK_TAGS: {},
      ADMIN_ALLOWLIST: [],
    });
    expect(config.BOT_ID).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty values as unset (Toolkit env files leave them empty)', () => {
    expect(loadConfig({ BOT_ID: '', AZURE_CLIENT_SECRET: '  ', HELPDESK_TAGS: '' }).BOT_ID).toBeUndefined();
  });

  it('reports every bad variable at once', () => {
    const text = problems({
      PORT: 'eighty',
      STORAGE_KIND: 'floppy',
      BOT_ID: 'not-a-guid',
      GRAPH_BASE_URL: 'nope',
    });
    for (const name of ['PORT', 'STORAGE_KIND', 'BOT_ID', 'GRAPH_BASE_URL']) expect(text).toContain(name);
  });

  it('checks variables that depend on each other', () => {
    expect(problems({ STORAGE_KIND: 'blob' })).toContain('AZURE_STORAGE_CONNECTION_STRING');
    expect(problems({ STORAGE_KIND: 'cosmos' })).toContain('COSMOS_ENDPOINT');
    expect(problems({ BOT_ID: '00000000-0000-0000-0000-000000000001' })).toContain('BOT_PASSWORD');
  });

  it('parses helpdesk tags per playbook and rejects unknown playbooks', () => {
    const config = loadConfig({ HELPDESK_TAGS: '{"smtp-auth":{"id":"tag-1","name":"Mail admins"}}' });
    expect(config.HELPDESK_TAGS['smtp-auth']).toEqual({ id: 'tag-1', name: 'Mail admins' });
    expect(problems({ HELPDESK_TAGS: '{"printers":{"id":"x","name":"y"}}' })).toContain('HELPDESK_TAGS');
    expect(problems({ HELPDESK_TAGS: '{not json' })).toContain('HELPDESK_TAGS');
  });

  it('parses the admin allow-list', () => {
    const id = '11111111-2222-3333-4444-555555555555';
    expect(loadConfig({ ADMIN_ALLOWLIST: ` ${id} ,` }).ADMIN_ALLOWLIST).toEqual([id]);
    expect(problems({ ADMIN_ALLOWLIST: 'bob' })).toContain('ADMIN_ALLOWLIST');
  });

  it('never describes secrets', () => {
    const config = loadConfig({
      BOT_ID: '00000000-0000-0000-0000-000000000001',
      BOT_PASSWORD: 'hunter2',
      AZURE_CLIENT_SECRET: 's3cret',
      STORAGE_KIND: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: 'AccountKey=abc',
    });
    const described = JSON.stringify(describeConfig(config));
    for (const secret of ['hunter2', 's3cret', 'AccountKey=abc']) expect(described).not.toContain(secret);
    expect(described).toContain('00000000-0000-0000-0000-000000000001');
  });
});
