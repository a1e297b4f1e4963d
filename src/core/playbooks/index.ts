/** Troubleshooting playbooks as data: the registry, step planning and the per-family definitions. */
export { defineStep, definePlaybook, stepKeyPrefix, type StepSpec } from './define-step';
export { planSteps, statusMatches, type StepFinding } from './plan-steps';
export { getPlaybook, getStep, listPlaybooks } from './playbooks';
export { PORTAL_URLS } from './portals';
export { SMTP_AUTH_VARIANTS, smtpAuthPlaybook } from './smtp-auth';
export type { FixId, Playbook, PlaybookStep, Portal, StepLink } from './types';
