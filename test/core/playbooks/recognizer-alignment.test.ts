import { knowledge } from '../../../src/core/ndr';
import { getPlaybook, listPlaybooks, planSteps } from '../../../src/core/playbooks';

// The playbooks name recognizer variant ids as plain strings; a typo would silently never lead.
describe('playbooks and the recognizer knowledge agree', () => {
  const variantIds = new Set(knowledge.variants.map((variant) => variant.id));

  it('every variant id a step names is one the recognizer emits', () => {
    const unknown = listPlaybooks().flatMap((playbook) =>
      playbook.steps.flatMap((step) =>
        (step.forVariants ?? [])
          .filter((id) => !variantIds.has(id))
          .map((id) => `${playbook.id}/${step.id}: ${id}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('every recognizer variant opens a playbook with at least one planned step', () => {
    for (const variant of knowledge.variants) {
      const steps = planSteps(getPlaybook(variant.playbook), { status: variant.status, variant: variant.id });
      expect(steps.length).toBeGreaterThan(0);
    }
  });

  it('every smtp-auth variant of the recognizer gets a step aimed at it', () => {
    const smtpAuth = getPlaybook('smtp-auth');
    const untargeted = knowledge.variants
      .filter((variant) => variant.playbook === 'smtp-auth')
      .filter((variant) => !smtpAuth.steps.some((step) => step.forVariants?.includes(variant.id)))
      .map((variant) => variant.id);
    expect(untargeted).toEqual([]);
  });
});
