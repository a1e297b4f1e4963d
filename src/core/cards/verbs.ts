import { BotError } from '../errors';
import { isPlaybookId, type PlaybookId } from '../ndr/types';
import type { FixId, Playbook } from '../playbooks/types';

/** The dotted verbs carried by `Action.Execute` (and the `Action.Submit` fallback) and routed by the bot. */
export const VERBS = {
  stepNext: 'step.next',
  stepPrevious: 'step.previous',
  stepGoto: 'step.goto',
  outcomeFixed: 'outcome.fixed',
  outcomeStillFailing: 'outcome.still-failing',
  helpdeskAsk: 'helpdesk.ask',
  fixApply: 'fix.apply',
  fixRequest: 'fix.request',
  fixApprove: 'fix.approve',
  fixReject: 'fix.reject',
  fixUndo: 'fix.undo',
  fixVerify: 'fix.verify',
  diagnoseRun: 'diagnose.run',
  localeSet: 'locale.set',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** Every verb, for routing tables and validation. */
export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);

export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (ALL_VERBS as readonly string[]).includes(value);
}

/** The step id a card uses for the summary (it is not a playbook step). */
export const SUMMARY_STEP = 'summary';

export const FIX_IDS: readonly FixId[] = [
  'security-defaults.disable',
  'per-user-mfa.disable',
  'smtp-auth.enable-mailbox',
  'modern-auth.guide',
  'diagnose.smtp-auth',
];

/** Where in a walkthrough an action was pressed. `step` is a playbook step id or `summary`. */
export interface WalkthroughRef {
  walkthroughId: string;
  playbook: PlaybookId;
  step: string;
}

export type StepNavData = WalkthroughRef & { verb: 'step.next' | 'step.previous' | 'step.goto' };
export type OutcomeData = WalkthroughRef & { verb: 'outcome.fixed' | 'outcome.still-failing' };
export type HelpdeskAskData = WalkthroughRef & { verb: 'helpdesk.ask' };
export type FixOfferData = WalkthroughRef & { verb: 'fix.apply' | 'fix.request'; fixId: FixId };
export type DiagnoseData = WalkthroughRef & { verb: 'diagnose.run'; fixId: FixId };
/** Approval decisions and follow-ups refer to a stored approval; the walkthrough context is optional. */
export type FixDecisionData = Partial<WalkthroughRef> & {
  verb: 'fix.approve' | 'fix.reject' | 'fix.undo' | 'fix.verify';
  fixId: FixId;
  approvalId: string;
};
export type LocaleSetData = Partial<WalkthroughRef> & { verb: 'locale.set'; locale: string };

/** A validated card action: the verb with its payload. */
export type CardActionData =
  StepNavData | OutcomeData | HelpdeskAskData | FixOfferData | DiagnoseData | FixDecisionData | LocaleSetData;

/** Looks a playbook up by id; `parseCardAction` uses it to reject steps the playbook does not have. */
export type PlaybookLookup = (id: PlaybookId) => Playbook | undefined;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const STEP_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;
const MAX_KEYS = 8;

const ALLOWED_KEYS: Record<Verb, readonly string[]> = {
  'step.next': ['walkthroughId', 'playbook', 'step'],
  'step.previous': ['walkthroughId', 'playbook', 'step'],
  'step.goto': ['walkthroughId', 'playbook', 'step'],
  'outcome.fixed': ['walkthroughId', 'playbook', 'step'],
  'outcome.still-failing': ['walkthroughId', 'playbook', 'step'],
  'helpdesk.ask': ['walkthroughId', 'playbook', 'step'],
  'fix.apply': ['walkthroughId', 'playbook', 'step', 'fixId'],
  'fix.request': ['walkthroughId', 'playbook', 'step', 'fixId'],
  'diagnose.run': ['walkthroughId', 'playbook', 'step', 'fixId'],
  'fix.approve': ['walkthroughId', 'playbook', 'step', 'fixId', 'approvalId'],
  'fix.reject': ['walkthroughId', 'playbook', 'step', 'fixId', 'approvalId'],
  'fix.undo': ['walkthroughId', 'playbook', 'step', 'fixId', 'approvalId'],
  'fix.verify': ['walkthroughId', 'playbook', 'step', 'fixId', 'approvalId'],
  'locale.set': ['walkthroughId', 'playbook', 'step', 'locale'],
};

/** Id of the step card's optional "mailbox the device signs in with" input. */
export const MAILBOX_INPUT = 'mailbox';

function invalid(detail: string): BotError {
  return new BotError('CARD_ACTION_INVALID', { detail });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function readString(source: Record<string, unknown>, key: string, pattern: RegExp): string {
  const value = source[key];
  if (typeof value !== 'string' || !pattern.test(value)) throw invalid(`${key} is missing or malformed`);
  return value;
}

function readOptionalString(
  source: Record<string, unknown>,
  key: string,
  pattern: RegExp,
): string | undefined {
  return Object.hasOwn(source, key) ? readString(source, key, pattern) : undefined;
}

function readPlaybook(source: Record<string, unknown>): PlaybookId {
  const value = source['playbook'];
  if (!isPlaybookId(value)) throw invalid('unknown playbook');
  return value;
}

function readFixId(source: Record<string, unknown>): FixId {
  const value = source['fixId'];
  if (typeof value !== 'string' || !(FIX_IDS as readonly string[]).includes(value))
    throw invalid('unknown fixId');
  return value as FixId;
}

function checkStep(playbook: PlaybookId, step: string, lookup: PlaybookLookup | undefined): void {
  if (step === SUMMARY_STEP || !lookup) return;
  const found = lookup(playbook);
  if (!found) throw invalid('unknown playbook');
  if (!found.steps.some((candidate) => candidate.id === step)) throw invalid('unknown step');
}

function readWalkthrough(
  source: Record<string, unknown>,
  lookup: PlaybookLookup | undefined,
): WalkthroughRef {
  const walkthroughId = readString(source, 'walkthroughId', ID_PATTERN);
  const playbook = readPlaybook(source);
  const step = readString(source, 'step', STEP_PATTERN);
  checkStep(playbook, step, lookup);
  return { walkthroughId, playbook, step };
}

function readOptionalWalkthrough(
  source: Record<string, unknown>,
  lookup: PlaybookLookup | undefined,
): Partial<WalkthroughRef> {
  const present = ['walkthroughId', 'playbook', 'step'].filter((key) => Object.hasOwn(source, key));
  if (present.length === 0) return {};
  if (present.length !== 3) throw invalid('incomplete walkthrough reference');
  return readWalkthrough(source, lookup);
}

/**
 * Validates what a card sent back (`{ verb, ...data }`, from Action.Execute data or an Action.Submit value) and
 * returns it typed. Card data is user-controlled: anything not exactly the expected shape is rejected.
 */
export function parseCardAction(value: unknown, lookup?: PlaybookLookup): CardActionData {
  if (!isPlainObject(value)) throw invalid('not an object');
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) throw invalid('too many fields');
  const verb = value['verb'];
  if (!isVerb(verb)) throw invalid('unknown verb');
  const allowed = ALLOWED_KEYS[verb];
  // Hosts send a card's inputs with every action; the step card's mailbox box is the only input.
  const extra = keys.filter((key) => key !== 'verb' && key !== MAILBOX_INPUT && !allowed.includes(key));
  const mailbox = value[MAILBOX_INPUT];
  if (mailbox !== undefined && (typeof mailbox !== 'string' || mailbox.length > 254)) {
    throw invalid('mailbox input is not a short string');
  }
  if (extra.length > 0) throw invalid(`unexpected fields: ${extra.slice(0, 3).join(', ').slice(0, 80)}`);

  switch (verb) {
    case 'step.next':
    case 'step.previous':
    case 'step.goto':
      return { verb, ...readWalkthrough(value, lookup) };
    case 'outcome.fixed':
    case 'outcome.still-failing':
      return { verb, ...readWalkthrough(value, lookup) };
    case 'helpdesk.ask':
      return { verb, ...readWalkthrough(value, lookup) };
    case 'fix.apply':
    case 'fix.request':
      return { verb, ...readWalkthrough(value, lookup), fixId: readFixId(value) };
    case 'diagnose.run':
      return { verb, ...readWalkthrough(value, lookup), fixId: readFixId(value) };
    case 'fix.approve':
    case 'fix.reject':
    case 'fix.undo':
    case 'fix.verify':
      return {
        verb,
        ...readOptionalWalkthrough(value, lookup),
        fixId: readFixId(value),
        approvalId: readString(value, 'approvalId', ID_PATTERN),
      };
    case 'locale.set': {
      const locale = readOptionalString(value, 'locale', LOCALE_PATTERN);
      if (locale === undefined) throw invalid('locale is missing');
      return { verb, ...readOptionalWalkthrough(value, lookup), locale };
    }
  }
}
