#!/usr/bin/env node
// `npm run package [-- <env>]`: builds appPackage/build/appPackage.<env>.zip from appPackage/manifest.json with the
// values of env/.env.<env> (+ .user). Needs `npm run build` first (the package script does it).
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const envName = process.argv[2] ?? 'dev';
try {
  const { buildAppPackage, readToolkitEnv } = require(
    path.join(root, 'dist', 'adapters', 'teams', 'app-package.js'),
  );
  const env = readToolkitEnv(root, envName);
  const empty = ['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN'].filter((name) => !env[name]);
  if (empty.length > 0) {
    console.warn(
      `package: ${empty.join(', ')} empty in env/.env.${envName}: run the Toolkit's provision first (teamsapp provision --env ${envName}); the package will not install until they are set.`,
    );
  }
  const out = buildAppPackage(root, envName, env);
  console.log(`wrote ${path.relative(root, out)}`);
} catch (error) {
  console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
