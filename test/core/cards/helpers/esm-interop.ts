/**
 * Jest's CommonJS runtime cannot load the ESM-only formatjs packages (intl-messageformat 12,
 * @formatjs/intl-localematcher); Node >= 20.19 can with its own require(). Import this file first in any test that
 * reaches src/core/i18n: it hands those modules to Jest through Node's real loader.
 * (The project-wide fix is `transformIgnorePatterns` + a JS transform in jest.config.js, owned by the lead.)
 */
const ESM_ONLY = ['intl-messageformat', '@formatjs/intl-localematcher', '@formatjs/icu-messageformat-parser'];

type NodeModuleLoader = { Module: { _load(request: string): unknown } };

for (const id of ESM_ONLY) {
  const path = require.resolve(id);
  jest.mock(id, () => jest.requireActual<NodeModuleLoader>('node:module').Module._load(path));
}

export {};
