import { defineStep, definePlaybook } from './define-step';

/** The message itself was refused (5.2.3/5.3.4 size, 5.6.11 bare line feeds, 5.7.512 From header, 5.0.350, 5.3.190 journaling). */
export const messageFormatPlaybook = definePlaybook('message-format', [
  defineStep('message-format', 'message-size', { forStatuses: ['5.2.3', '5.3.4'] }),
  defineStep('message-format', 'line-endings', { forStatuses: ['5.6.11'] }),
  defineStep('message-format', 'from-header', { forStatuses: ['5.7.512'] }),
  defineStep('message-format', 'html-format', { forStatuses: ['5.0.350'] }),
  defineStep('message-format', 'journaling', { forStatuses: ['5.3.190'] }),
]);
