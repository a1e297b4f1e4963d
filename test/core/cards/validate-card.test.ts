import type { AdaptiveCard } from '../../../src/core/cards';
import { validateCard } from './helpers/validate-card';

// The validator is the safety net for every other card test: prove it actually rejects bad cards.
const base = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
};

function invalid(card: unknown): string[] {
  return validateCard(card as AdaptiveCard);
}

describe('validateCard', () => {
  it('accepts a minimal valid card', () => {
    expect(
      validateCard({ ...base, type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'ok', wrap: true }] }),
    ).toEqual([]);
  });

  it('rejects an unknown element type', () => {
    expect(invalid({ ...base, body: [{ type: 'Bogus', text: 'x' }] }).join('\n')).toMatch(
      /Unknown element type/,
    );
  });

  it('rejects a property the SDK does not know', () => {
    expect(invalid({ ...base, body: [{ type: 'TextBlock', text: 'x', colour: 'Good' }] }).join('\n')).toMatch(
      /colour: unknown to the SDK/,
    );
  });

  it('rejects an invalid enum value', () => {
    expect(invalid({ ...base, body: [{ type: 'TextBlock', text: 'x', size: 'Huge' }] })).not.toEqual([]);
  });

  it('rejects an Action.OpenUrl without url and duplicate ids', () => {
    const problems = invalid({
      ...base,
      body: [
        { type: 'TextBlock', text: 'a', id: 'same' },
        { type: 'TextBlock', text: 'b', id: 'same' },
      ],
      actions: [{ type: 'Action.OpenUrl', title: 'Go' }],
    }).join('\n');
    expect(problems).toMatch(/Duplicate Id/);
    expect(problems).toMatch(/"url" must be set/);
  });

  it('rejects an Action.Execute whose fallback carries different data, or has no verb', () => {
    const problems = invalid({
      ...base,
      body: [],
      actions: [
        {
          type: 'Action.Execute',
          title: 'Next',
          verb: 'step.next',
          data: { verb: 'step.next' },
          fallback: { type: 'Action.Submit', title: 'Next', data: { verb: 'step.previous' } },
        },
        { type: 'Action.Execute', title: 'Nothing', verb: '', data: {} },
      ],
    }).join('\n');
    expect(problems).toMatch(/carries different data/);
    expect(problems).toMatch(/has no verb/);
  });

  it('rejects a card of 80 KB or more', () => {
    const text = 'x'.repeat(82_000);
    expect(invalid({ ...base, body: [{ type: 'TextBlock', text }] }).join('\n')).toMatch(
      /bytes \(limit 81920\)/,
    );
  });
});
