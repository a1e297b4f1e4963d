import { recognizeText } from '../../../src/core/ndr';
import { knowledge } from '../../../src/core/ndr/knowledge';
import { validateKnowledgeFiles } from '../../../src/core/ndr/knowledge/validate';
import codes from '../../../src/core/ndr/knowledge/codes.json';
import labels from '../../../src/core/ndr/knowledge/labels.json';
import replies from '../../../src/core/ndr/knowledge/replies.json';
import subjects from '../../../src/core/ndr/knowledge/subjects.json';
import variants from '../../../src/core/ndr/knowledge/variants.json';
import { PLAYBOOK_IDS } from '../../../src/core/ndr/types';
import enUS from '../../../src/core/i18n/catalogs/en-US.json';

const shipped = { codes, variants, labels, replies, subjects };

describe('knowledge files', () => {
  it('validate against their schemas', () => {
    expect(() => validateKnowledgeFiles(shipped)).not.toThrow();
    expect(knowledge.codes.length).toBeGreaterThan(70);
    expect(knowledge.variants.length).toBeGreaterThan(40);
  });

  it.each([
    [
      'a code with a typo',
      { ...shipped, codes: { codes: [{ status: '5.7', playbook: 'smtp-auth', title: 'x x x' }] } },
    ],
    [
      'an unknown playbook',
      { ...shipped, codes: { codes: [{ status: '5.7.57', playbook: 'nope', title: 'x x x' }] } },
    ],
    [
      'an upper-case phrase',
      { ...shipped, variants: { variants: [{ ...variants.variants[0], phrases: ['Upper Case'] }] } },
    ],
    [
      'a duplicate variant id',
      { ...shipped, variants: { variants: [variants.variants[0], variants.variants[0]] } },
    ],
  ])('reject %s with a clear message', (_name, files) => {
    expect(() => validateKnowledgeFiles(files)).toThrow(/knowledge file|duplicate id/);
  });

  it('covers every SMTP AUTH reply Exchange Online returns', () => {
    const ids = knowledge.variants.map((variant) => variant.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'smtp-auth.client-not-authenticated',
        'smtp-auth.auth-unsuccessful',
        'smtp-auth.starttls-required',
        'smtp-auth.disabled-tenant',
        'smtp-auth.disabled-mailbox',
        'smtp-auth.basic-auth-disabled',
        'smtp-auth.security-defaults',
        'smtp-auth.conditional-access',
        'smtp-auth.bad-credentials',
        'smtp-auth.sts-unreachable',
        'smtp-auth.sts-no-https',
        'smtp-auth.basic-auth-retired',
      ]),
    );
  });

  it('explains every variant in the en-US catalog (variant.<id>)', () => {
    const catalog = enUS as Record<string, string>;
    expect(
      knowledge.variants.filter((variant) => !catalog[`variant.${variant.id}`]).map((variant) => variant.id),
    ).toEqual([]);
  });

  it('opens every playbook from some code', () => {
    const reachable = new Set(knowledge.codes.map((code) => code.playbook));
    for (const variant of knowledge.variants) reachable.add(variant.playbook);
    expect([...reachable].sort()).toEqual([...PLAYBOOK_IDS].sort());
  });
});

describe('every knowledge entry is reachable', () => {
  it.each(knowledge.codes.map((entry) => [entry.status, entry] as const))('code %s', (_status, entry) => {
    const range = /^([245]\.[0-7])\.(\d+)-(\d+)$/.exec(entry.status);
    const statuses = range ? [`${range[1]}.${range[2]}`, `${range[1]}.${range[3]}`] : [entry.status];
    for (const status of statuses) {
      const primary = recognizeText(`Remote server returned '550 ${status} (no further text)'`).findings[0];
      expect(primary).toMatchObject({ status, reply: '550', title: entry.title });
      expect(primary?.playbook).toBe(entry.playbook);
    }
  });

  const phraseCases = knowledge.variants.flatMap((variant) =>
    variant.phrases.map((phrase) => [variant.id, phrase, variant] as const),
  );
  it.each(phraseCases)('variant %s by "%s"', (id, phrase, variant) => {
    const status = variant.statuses?.[0] ?? variant.status ?? '5.0.0';
    const reply = variant.reply ?? '550';
    const primary = recognizeText(`Server said: ${reply} ${status} ${phrase.toUpperCase()} [host.example]`)
      .findings[0];
    expect(primary).toMatchObject({ status, reply, playbook: variant.playbook });
    // A more specific variant may share the phrase's line; the phrase's own variant must win or be more general.
    const winner = knowledge.variants.find((candidate) => candidate.id === primary?.variant);
    expect(winner).toBeDefined();
    if (winner!.id !== id) expect(winner!.priority).toBeGreaterThanOrEqual(variant.priority);
  });

  it.each(
    knowledge.labels
      .filter((label) => label.kind === 'original-section')
      .map((label) => [label.language, label.text]),
  )('original-message label (%s) "%s" marks what follows as incidental', (_language, label) => {
    const text = `Remote server returned '550 5.1.10 RecipientNotFound'\n\n${label}\n\nX-Header: 5.2.2 quota\n`;
    const findings = recognizeText(text).findings;
    expect(findings[0]?.status).toBe('5.1.10');
    expect(findings.find((finding) => finding.status === '5.2.2')?.source).toBe('original-message');
  });

  it.each(
    knowledge.labels
      .filter((label) => label.kind === 'generating-server')
      .map((label) => [label.language, label.text]),
  )('generating-server label (%s) "%s" is read', (_language, label) => {
    const text = `Note\n${label} MX1.CONTOSO.EXAMPLE\n550 5.1.1 unknown user\n`;
    expect(recognizeText(text).details.reportingServer).toBe('MX1.CONTOSO.EXAMPLE');
  });

  it.each(Object.entries(replies.replies))('reply code %s alone opens %s', (reply, playbook) => {
    expect(recognizeText(`${reply} go away`).findings[0]).toMatchObject({ status: null, reply, playbook });
  });

  it.each(Object.entries(subjects.subjects))('unknown code in subject %s opens %s', (subject, playbook) => {
    const status = `5.${subject.slice(2)}.987`;
    expect(recognizeText(`550 ${status} never seen before`).findings[0]).toMatchObject({ status, playbook });
  });
});
