import type { PlaybookId } from '../ndr/types';
import type { FixId, Playbook, PlaybookStep, Portal } from './types';

/** What a playbook file states about a step; the message keys are derived from the ids. */
export interface StepSpec {
  /** The step has a `...risk` message (it weakens the tenant). */
  risk?: boolean;
  /** Portal deep link; its click path is the `...path` message. */
  link?: { portal: Portal; url: string };
  powershell?: readonly string[];
  fixes?: readonly FixId[];
  forVariants?: readonly string[];
  forStatuses?: readonly string[];
}

/** The catalog key prefix of a step: `playbook.<playbookId>.step.<stepId>`. */
export function stepKeyPrefix(playbookId: PlaybookId, stepId: string): string {
  return `playbook.${playbookId}.step.${stepId}`;
}

/** Builds a step whose keys are `playbook.<playbookId>.step.<stepId>.{title,body,risk,path}`. */
export function defineStep(playbookId: PlaybookId, id: string, spec: StepSpec = {}): PlaybookStep {
  const prefix = stepKeyPrefix(playbookId, id);
  const step: PlaybookStep = {
    id,
    titleKey: `${prefix}.title`,
    bodyKey: `${prefix}.body`,
    ...(spec.risk ? { riskKey: `${prefix}.risk` } : {}),
    ...(spec.link ? { link: { ...spec.link, pathKey: `${prefix}.path` } } : {}),
    ...(spec.powershell ? { powershell: Object.freeze([...spec.powershell]) } : {}),
    ...(spec.fixes ? { fixes: Object.freeze([...spec.fixes]) } : {}),
    ...(spec.forVariants ? { forVariants: Object.freeze([...spec.forVariants]) } : {}),
    ...(spec.forStatuses ? { forStatuses: Object.freeze([...spec.forStatuses]) } : {}),
  };
  return Object.freeze(step);
}

/** Builds a frozen playbook with keys `playbook.<id>.title` and `playbook.<id>.diagnosis`. */
export function definePlaybook(id: PlaybookId, steps: readonly PlaybookStep[]): Playbook {
  return Object.freeze({
    id,
    titleKey: `playbook.${id}.title`,
    diagnosisKey: `playbook.${id}.diagnosis`,
    steps: Object.freeze([...steps]),
  });
}
