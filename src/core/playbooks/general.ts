import { defineStep, definePlaybook } from './define-step';

/** The fallback: how to read any NDR, and how to hand it to the helpdesk. */
export const generalPlaybook = definePlaybook('general', [
  defineStep('general', 'who-reported'),
  defineStep('general', 'find-code'),
  defineStep('general', 'remote-server'),
  defineStep('general', 'ask-helpdesk'),
]);
