import { BotError } from '../../../src/core/errors';
import { CATALOGS, createTranslator } from '../../../src/core/i18n';
import { PLAYBOOK_IDS } from '../../../src/core/ndr/types';
import { getPlaybook, getStep, listPlaybooks } from '../../../src/core/playbooks';
import type { Playbook } from '../../../src/core/playbooks';

const enUS: Readonly<Record<string, string>> = CATALOGS['en-US'];

function keysOf(playbook: Playbook): string[] {
  const keys = [playbook.titleKey, playbook.diagnosisKey];
  for (const step of playbook.steps) {
    keys.push(step.titleKey, step.bodyKey);
    if (step.riskKey) keys.push(step.riskKey);
    if (step.link) keys.push(step.link.pathKey);
  }
  return keys;
}

function sentences(text: string): number {
  // Dots inside codes and host names ("5.7.139", "smtp.office365.com") do not end sentences.
  return text.split(/[.!?](?:\s|$)/).filter((part) => part.trim().length > 0).length;
}

describe('playbook registry', () => {
  it('has a playbook for every id in PLAYBOOK_IDS, in that order', () => {
    expect(listPlaybooks().map((playbook) => playbook.id)).toEqual([...PLAYBOOK_IDS]);
    for (const id of PLAYBOOK_IDS) expect(getPlaybook(id).id).toBe(id);
  });

  it('throws UNKNOWN_PLAYBOOK for an unknown id and UNKNOWN_STEP for an unknown step', () => {
    expect(() => getPlaybook('no-such-playbook')).toThrow(BotError);
    expect(() => getPlaybook('no-such-playbook')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PLAYBOOK' }),
    );
    expect(() => getStep(getPlaybook('general'), 'nope')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_STEP' }),
    );
    expect(getStep(getPlaybook('smtp-auth'), 'enable-mailbox').fixes).toEqual(['smtp-auth.enable-mailbox']);
  });

  it.each(PLAYBOOK_IDS)('%s: every key it names exists in en-US and formats', (id) => {
    const t = createTranslator('en-US', { strict: true });
    for (const key of keysOf(getPlaybook(id))) {
      expect(enUS[key]).toBeDefined();
      expect(t.t(key).length).toBeGreaterThan(0);
    }
  });

  it('names no playbook key that is missing, and en-US has no orphan playbook keys', () => {
    const named = new Set(listPlaybooks().flatMap(keysOf));
    const orphans = Object.keys(enUS).filter((key) => key.startsWith('playbook.') && !named.has(key));
    expect(orphans).toEqual([]);
  });

  it.each(PLAYBOOK_IDS)('%s: 2 or more steps with unique kebab-case ids, short texts', (id) => {
    const playbook = getPlaybook(id);
    expect(playbook.steps.length).toBeGreaterThanOrEqual(2);
    if (id !== 'smtp-auth') expect(playbook.steps.length).toBeLessThanOrEqual(5);
    const ids = playbook.steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const stepId of ids) expect(stepId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(sentences(enUS[playbook.diagnosisKey] ?? '')).toBeLessThanOrEqual(3);
    for (const step of playbook.steps) expect(sentences(enUS[step.bodyKey] ?? '')).toBeLessThanOrEqual(4);
  });

  it('links only to real Microsoft https addresses', () => {
    const hosts = new Set<string>();
    for (const step of listPlaybooks().flatMap((playbook) => playbook.steps)) {
      if (step.link) hosts.add(new URL(step.link.url).host);
    }
    for (const host of hosts) expect(host).toMatch(/(^|\.)(microsoft\.com|azure\.com|office\.com)$/);
  });
});
