/**
 * The error catalogue. Every failure the product can report has a stable code and an i18n message key
 * (`error.<code>` in every catalog), so a user always gets a clear, localized message and never a stack trace.
 */
export const ERROR_CODES = {
  INPUT_TOO_LARGE: { status: 413 },
  INPUT_EMPTY: { status: 400 },
  INPUT_UNREADABLE: { status: 400 },
  MIME_PARSE_FAILED: { status: 422 },
  CONFIG_INVALID: { status: 500 },
  UNKNOWN_PLAYBOOK: { status: 404 },
  UNKNOWN_LOCALE: { status: 400 },
  UNKNOWN_MESSAGE_KEY: { status: 500 },
  MESSAGE_FORMAT_FAILED: { status: 500 },
  UNKNOWN_STEP: { status: 404 },
  CARD_ACTION_INVALID: { status: 400 },
  CARD_ACTION_FORGED: { status: 403 },
  ATTACHMENT_TOO_LARGE: { status: 413 },
  ATTACHMENT_UNSUPPORTED: { status: 415 },
  ATTACHMENT_DOWNLOAD_FAILED: { status: 502 },
  STORAGE_CONFLICT: { status: 409 },
  STORAGE_UNAVAILABLE: { status: 503 },
  HELPDESK_NOT_CONFIGURED: { status: 409 },
  NOT_ADMIN: { status: 403 },
  APPROVAL_NOT_FOUND: { status: 404 },
  APPROVAL_EXPIRED: { status: 410 },
  APPROVAL_INVALID_TRANSITION: { status: 409 },
  FIX_NOT_OFFERED: { status: 403 },
  FIX_PRECONDITION_FAILED: { status: 409 },
  FIX_MAILBOX_NEEDED: { status: 400 },
  GRAPH_PERMISSION_MISSING: { status: 403 },
  GRAPH_THROTTLED: { status: 429 },
  GRAPH_UNAVAILABLE: { status: 503 },
  GRAPH_NOT_FOUND: { status: 404 },
  GRAPH_REQUEST_FAILED: { status: 502 },
  AUTH_FAILED: { status: 401 },
  RUNBOOK_FAILED: { status: 502 },
  INTERNAL: { status: 500 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Values substituted into the localized message (ICU placeholders). */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** The one error type the product throws. `messageKey` is looked up in the i18n catalogs. */
export class BotError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  override readonly cause?: unknown;

  constructor(code: ErrorCode, options: { params?: ErrorParams; cause?: unknown; detail?: string } = {}) {
    super(options.detail ? `${code}: ${options.detail}` : code);
    this.name = 'BotError';
    this.code = code;
    this.params = options.params ?? {};
    this.cause = options.cause;
  }

  get messageKey(): string {
    return errorMessageKey(this.code);
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].status;
  }
}

export function errorMessageKey(code: ErrorCode): string {
  return `error.${code}`;
}

export function isBotError(value: unknown): value is BotError {
  return value instanceof BotError;
}

/** Wraps anything thrown into a BotError so callers can always render a localized message. */
export function toBotError(value: unknown, fallback: ErrorCode = 'INTERNAL'): BotError {
  return isBotError(value) ? value : new BotError(fallback, { cause: value });
}
