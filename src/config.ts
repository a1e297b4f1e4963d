import { z } from 'zod';
import { BotError } from './core/errors';
import { PLAYBOOK_IDS } from './core/ndr/types';

/**
 * All configuration, parsed and validated once at start-up (`loadConfig(process.env)` in src/index.ts).
 * Every bad variable is reported at once; secrets are never part of `describeConfig()`.
 */

const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.string().trim().url().optional());
const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const optionalGuid = z.preprocess(emptyToUndefined, guid.optional());
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const bool = z.preprocess(
  (value) =>
    typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase()) : value,
  z.boolean(),
);
const csvGuids = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : value,
  z.array(guid),
);

const helpdeskTag = z.object({ id: z.string().min(1), name: z.string().min(1) });
const helpdeskTags = z.preprocess(
  (value) => {
    if (typeof value !== 'string' || value.trim() === '') return {};
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value; // let the schema report it
    }
  },
  z.record(z.enum([...PLAYBOOK_IDS, 'default']), helpdeskTag),
);

const envSchema = z.object({
  PORT: port.default(3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LOCALE: z.string().default('en-US'),
  MAX_INPUT_BYTES: positiveInt.default(1_048_576),
  MAX_ATTACHMENT_BYTES: positiveInt.default(5_242_880),

  BOT_ID: optionalGuid,
  BOT_PASSWORD: optionalString,
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  BOT_TENANT_ID: optionalString,

  STORAGE_KIND: z.enum(['sqlite', 'memory', 'blob', 'cosmos']).default('sqlite'),
  SQLITE_PATH: z.string().default('.data/ndr-assist.sqlite'),
  AZURE_STORAGE_CONNECTION_STRING: optionalString,
  AZURE_STORAGE_CONTAINER: z.string().default('ndr-assist'),
  COSMOS_ENDPOINT: optionalUrl,
  COSMOS_KEY: optionalString,
  COSMOS_DATABASE: z.string().default('ndr-assist'),
  COSMOS_CONTAINER: z.string().default('bot-state'),

  HELPDESK_TAGS: helpdeskTags.default({}),

  AZURE_TENANT_ID: optionalString,
  AZURE_CLIENT_ID: optionalString,
  AZURE_CLIENT_SECRET: optionalString,
  AZURE_CLIENT_CERTIFICATE_PATH: optionalString,
  AZURE_AUTHORITY_HOST: optionalUrl,
  GRAPH_AUTH: z
    .enum(['auto', 'client-secret', 'certificate', 'managed-identity', 'on-behalf-of', 'dry-run'])
    .default('auto'),
  GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com'),
  GRAPH_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),

  ADMIN_ALLOWLIST: csvGuids.default([]),
  ADMIN_GROUP_ID: optionalGuid,
  ROLE_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
  APPROVAL_TTL_HOURS: positiveInt.default(24),

  AUTOMATION_SUBSCRIPTION_ID: optionalGuid,
  AUTOMATION_RESOURCE_GROUP: optionalString,
  AUTOMATION_ACCOUNT: optionalString,
  AUTOMATION_RUNBOOK: z.string().default('Set-NdrAssistSmtpAuth'),
  ARM_BASE_URL: z.string().url().default('https://management.azure.com'),
  DRY_RUN: bool.default(false),
});

export type RawEnv = Readonly<Record<string, string | undefined>>;
export type Config = Readonly<z.infer<typeof envSchema>>;

/** Names of variables whose values must never be logged. */
export const SECRET_KEYS = [
  'BOT_PASSWORD',
  'AZURE_CLIENT_SECRET',
  'AZURE_STORAGE_CONNECTION_STRING',
  'COSMOS_KEY',
] as const;

/** Parses the environment; throws one CONFIG_INVALID BotError listing every bad variable. */
export function loadConfig(env: RawEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`,
    );
    throw new BotError('CONFIG_INVALID', {
      params: { problems: problems.join('; ') },
      detail: problems.join('; '),
    });
  }
  const config = parsed.data;
  const problems = crossFieldProblems(config);
  if (problems.length > 0) {
    throw new BotError('CONFIG_INVALID', {
      params: { problems: problems.join('; ') },
      detail: problems.join('; '),
    });
  }
  return Object.freeze(config);
}

function crossFieldProblems(config: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if (config.STORAGE_KIND === 'blob' && !config.AZURE_STORAGE_CONNECTION_STRING) {
    problems.push('AZURE_STORAGE_CONNECTION_STRING: required when STORAGE_KIND=blob');
  }
  if (config.STORAGE_KIND === 'cosmos' && (!config.COSMOS_ENDPOINT || !config.COSMOS_KEY)) {
    problems.push('COSMOS_ENDPOINT, COSMOS_KEY: required when STORAGE_KIND=cosmos');
  }
  if (config.BOT_ID && config.BOT_TYPE !== 'UserAssignedMSI' && !config.BOT_PASSWORD) {
    problems.push('BOT_PASSWORD: required when BOT_ID is set (unless BOT_TYPE=UserAssignedMSI)');
  }
  if (config.BOT_TYPE === 'SingleTenant' && config.BOT_ID && !config.BOT_TENANT_ID) {
    problems.push('BOT_TENANT_ID: required when BOT_TYPE=SingleTenant');
  }
  return problems;
}

/** The configuration with secrets replaced, safe to log. */
export function describeConfig(config: Config): Record<string, unknown> {
  const safe: Record<string, unknown> = { ...config };
  for (const key of SECRET_KEYS) {
    if (safe[key] !== undefined) safe[key] = '***';
  }
  return safe;
}
