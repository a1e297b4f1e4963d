import {
  buildErrorCard,
  buildFallbackCard,
  buildHelpCard,
  buildHelpdeskHandoffCard,
  buildStepCard,
  buildSummaryCard,
  buildWelcomeCard,
  parseCardAction,
} from '../../core/cards';
import { BotError } from '../../core/errors';
import { createTranslator, negotiateLocale, SUPPORTED_LOCALES } from '../../core/i18n';
import { recognizeNdr } from '../../core/ndr';
import type { PlaybookId } from '../../core/ndr/types';
import { getPlaybook, planSteps } from '../../core/playbooks';
import type { Playbook, PlaybookStep } from '../../core/playbooks/types';
import type { Assistant, Walkthrough } from './assistant';

function lookupPlaybook(id: PlaybookId): Playbook | undefined {
  try {
    return getPlaybook(id);
  } catch {
    return undefined;
  }
}

function plannedSteps(walkthrough: Walkthrough): { playbook: Playbook; steps: PlaybookStep[] } {
  const playbook = getPlaybook(walkthrough.playbook);
  const steps = walkthrough.steps.map((id) => {
    const step = playbook.steps.find((candidate) => candidate.id === id);
    if (!step) throw new BotError('UNKNOWN_STEP', { params: { step: id } });
    return step;
  });
  return { playbook, steps };
}

function walkthroughInput(walkthrough: Walkthrough, t: ReturnType<typeof createTranslator>) {
  if (!walkthrough.finding) throw new BotError('UNKNOWN_STEP', { detail: 'walkthrough without a finding' });
  return {
    t,
    walkthroughId: walkthrough.id,
    finding: walkthrough.finding,
    details: walkthrough.details,
    ...plannedSteps(walkthrough),
  };
}

/** The Assistant port implemented with the real core modules (recognizer, playbooks, i18n, cards). */
export function createCoreAssistant(options: { maxInputBytes: number }): Assistant {
  return {
    negotiateLocale: (requested) => negotiateLocale(requested),
    translator: (locale) => createTranslator(locale),
    recognize: (input) => recognizeNdr(input, { maxBytes: options.maxInputBytes }),
    plan: (recognition) => {
      const finding = recognition.findings[0];
      if (!finding?.playbook) return null;
      const playbook = getPlaybook(finding.playbook);
      return { playbook: playbook.id, steps: planSteps(playbook, finding).map((step) => step.id), finding };
    },
    parseCardAction: (value) => parseCardAction(value, lookupPlaybook),
    summaryCard: (walkthrough, t) => buildSummaryCard(walkthroughInput(walkthrough, t)),
    stepCard: (walkthrough, t, viewer) => {
      const input = walkthroughInput(walkthrough, t);
      const step = input.steps[walkthrough.index];
      const canApply = viewer?.canApplyFixes ?? false;
      const fixActions = (step?.fixes ?? []).map((fixId) => ({ fixId, canApply }));
      return buildStepCard({
        ...input,
        stepIndex: walkthrough.index,
        fixActions,
        ...(viewer?.refreshUserIds ? { refreshUserIds: viewer.refreshUserIds } : {}),
      });
    },
    fallbackCard: (walkthrough, t) =>
      buildFallbackCard({
        t,
        walkthroughId: walkthrough.id,
        finding: walkthrough.finding,
        details: walkthrough.details,
      }),
    welcomeCard: (t) => buildWelcomeCard({ t, locales: SUPPORTED_LOCALES }),
    helpCard: (t) => buildHelpCard({ t }),
    errorCard: (error, t) => buildErrorCard(error, t),
    handoffCard: (walkthrough, requester, t) => {
      const playbook = lookupPlaybook(walkthrough.playbook);
      const step =
        walkthrough.index >= 0
          ? playbook?.steps.find((s) => s.id === walkthrough.steps[walkthrough.index])
          : undefined;
      return buildHelpdeskHandoffCard({
        t,
        askedBy: requester.name,
        finding: walkthrough.finding,
        details: walkthrough.details,
        playbookTitleKey: playbook?.titleKey,
        stepTitleKey: step?.titleKey,
      });
    },
  };
}
