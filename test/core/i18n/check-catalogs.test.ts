import { checkCatalogs, formatCatalogProblems, type CatalogProblem } from '../../../src/core/i18n';

const enUS = {
  'ui.step-of': 'Step {current} of {total}',
  'ui.steps-count': '{count, plural, one {# step} other {# steps}}',
  'playbook.x.body': 'Run Set-CASMailbox in PowerShell for <mailbox>.',
  'ui.plain': 'Next step',
};

function kinds(problems: CatalogProblem[]): string[] {
  return problems.map((problem) => `${problem.locale} ${problem.key} ${problem.kind}`).sort();
}

describe('checkCatalogs', () => {
  it('accepts a faithful translation', () => {
    const deDE = {
      'ui.step-of': 'Schritt {current} von {total}',
      'ui.steps-count': '{count, plural, one {# Schritt} other {# Schritte}}',
      'playbook.x.body': 'Führen Sie Set-CASMailbox in PowerShell für <mailbox> aus.',
      'ui.plain': 'Nächster Schritt',
    };
    expect(checkCatalogs({ 'en-US': enUS, 'de-DE': deDE })).toEqual([]);
  });

  it('reports missing and extra keys', () => {
    const frFR = {
      'ui.step-of': 'Étape {current} sur {total}',
      'ui.steps-count': '{count, plural, one {# étape} other {# étapes}}',
      'playbook.x.body': 'Exécutez Set-CASMailbox dans PowerShell.',
      'ui.typo': 'Étape suivante',
    };
    expect(kinds(checkCatalogs({ 'en-US': enUS, 'fr-FR': frFR }))).toEqual([
      'fr-FR ui.plain missing',
      'fr-FR ui.typo extra',
    ]);
  });

  it('reports renamed or dropped ICU arguments and syntax errors', () => {
    const esES = {
      'ui.step-of': 'Paso {actual} de {total}',
      'ui.steps-count': '{count, plural, one {# paso} other {# pasos}',
      'playbook.x.body': 'Ejecute Set-CASMailbox en PowerShell.',
      'ui.plain': 'Siguiente paso',
    };
    const problems = checkCatalogs({ 'en-US': enUS, 'es-ES': esES });
    expect(kinds(problems)).toEqual(['es-ES ui.step-of arguments', 'es-ES ui.steps-count syntax']);
    expect(problems.find((p) => p.kind === 'arguments')?.detail).toBe(
      'expected {current, total}, found {actual, total}',
    );
  });

  it('demands the plural categories whole numbers need (Czech one/few/other, Arabic all six)', () => {
    const csCZ = {
      'ui.step-of': 'Krok {current} z {total}',
      'ui.steps-count': '{count, plural, one {# krok} other {# kroků}}',
      'playbook.x.body': 'Spusťte Set-CASMailbox v PowerShell.',
      'ui.plain': 'Další krok',
    };
    const arSA = {
      'ui.step-of': 'الخطوة {current} من {total}',
      'ui.steps-count':
        '{count, plural, zero {لا خطوات} one {خطوة} two {خطوتان} few {# خطوات} many {# خطوة} other {# خطوة}}',
      'playbook.x.body': 'شغّل Set-CASMailbox في PowerShell.',
      'ui.plain': 'الخطوة التالية',
    };
    const problems = checkCatalogs({ 'en-US': enUS, 'cs-CZ': csCZ, 'ar-SA': arSA });
    expect(kinds(problems)).toEqual(['cs-CZ ui.steps-count plural']);
    expect(problems[0]?.detail).toBe('{count} lacks few');
  });

  it('reports translated product and cmdlet names', () => {
    const jaJP = {
      'ui.step-of': '{total} 中 {current} 番目の手順',
      'ui.steps-count': '{count, plural, other {# 手順}}',
      'playbook.x.body': 'パワーシェルで Set-CASMailbox を実行します。',
      'ui.plain': '次の手順',
    };
    const problems = checkCatalogs({ 'en-US': enUS, 'ja-JP': jaJP });
    expect(formatCatalogProblems(problems)).toBe('ja-JP playbook.x.body [term] keep "PowerShell" in English');
  });

  it('reports a broken source catalog too', () => {
    expect(kinds(checkCatalogs({ 'en-US': { 'ui.bad': 'Hello {name' } }))).toEqual(['en-US ui.bad syntax']);
    expect(kinds(checkCatalogs({}))).toEqual(['en-US * missing']);
  });
});
