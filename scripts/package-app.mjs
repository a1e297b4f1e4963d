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
  const { buildAppPackage } = require(path.join(root, 'dist', 'adapters', 'teams', 'app-package.js'));
  const out = buildAppPackage(root, envName);
  console.log(`wrote ${path.relative(root, out)}`);
} catch (error) {
  console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
