import type { Playbook, PlaybookStep } from './types';

/** The part of a recognizer finding that decides the steps. */
export interface StepFinding {
  status: string | null;
  variant: string | null;
}

/**
 * The steps to show for a finding, in playbook order: first the steps aimed at its variant (or, when no step names
 * the variant, at its status code), then the general steps (those aimed at nothing). When nothing is aimed at the
 * finding, every step is shown.
 */
export function planSteps(playbook: Playbook, finding: StepFinding): PlaybookStep[] {
  const { variant, status } = finding;
  let lead = variant ? playbook.steps.filter((step) => step.forVariants?.includes(variant)) : [];
  if (lead.length === 0 && status) {
    lead = playbook.steps.filter((step) =>
      step.forStatuses?.some((pattern) => statusMatches(pattern, status)),
    );
  }
  if (lead.length === 0) return [...playbook.steps];
  const general = playbook.steps.filter((step) => !step.forVariants?.length && !step.forStatuses?.length);
  return [...lead, ...general];
}

/** True when a status code ("5.7.610") matches a pattern: the same code, or a range of its last part ("5.7.606-649"). */
export function statusMatches(pattern: string, status: string): boolean {
  const range = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(pattern);
  if (!range) return pattern === status;
  const [, prefix, low, high] = range;
  const code = /^(\d\.\d{1,3})\.(\d{1,3})$/.exec(status);
  if (!code || code[1] !== prefix) return false;
  const detail = Number(code[2]);
  return detail >= Number(low) && detail <= Number(high);
}
