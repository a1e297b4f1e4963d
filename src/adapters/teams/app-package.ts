import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { BotError } from '../../core/errors';

/** Files that make up the Teams app package (besides the manifest). */
export const APP_PACKAGE_FILES = ['color.png', 'outline.png'] as const;

/** Parses a Toolkit `env/.env.<name>` file (KEY=VALUE lines, `#` comments, optional quotes). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1] || line.trimStart().startsWith('#')) continue;
    values[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/** Reads `env/.env.<envName>` and its gitignored `.user` companion (secrets, `SECRET_` prefix). */
export function readToolkitEnv(root: string, envName: string): Record<string, string> {
  const base = path.join(root, 'env', `.env.${envName}`);
  if (!fs.existsSync(base))
    throw new BotError('CONFIG_INVALID', {
      params: { problems: `${base} not found` },
      detail: `${base} not found`,
    });
  const values = parseEnvFile(fs.readFileSync(base, 'utf8'));
  const user = `${base}.user`;
  return fs.existsSync(user) ? { ...values, ...parseEnvFile(fs.readFileSync(user, 'utf8')) } : values;
}

/** Replaces the Toolkit's `${{NAME}}` placeholders; every placeholder must have a value. */
export function renderManifest(template: string, env: Readonly<Record<string, string | undefined>>): string {
  const missing = new Set<string>();
  const rendered = template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_match, name: string) => {
    const value = env[name];
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    const problems = `no value for ${[...missing].join(', ')}`;
    throw new BotError('CONFIG_INVALID', { params: { problems }, detail: problems });
  }
  return rendered;
}

/** Builds `appPackage/build/appPackage.<envName>.zip` (manifest with env values, icons) and returns its path. */
export function buildAppPackage(root: string, envName: string, env = readToolkitEnv(root, envName)): string {
  const appDir = path.join(root, 'appPackage');
  const manifest = renderManifest(fs.readFileSync(path.join(appDir, 'manifest.json'), 'utf8'), env);
  JSON.parse(manifest); // a value that breaks the JSON is a configuration error, caught here rather than by Teams
  const buildDir = path.join(appDir, 'build');
  fs.mkdirSync(buildDir, { recursive: true });
  fs.writeFileSync(path.join(buildDir, `manifest.${envName}.json`), manifest);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(manifest, 'utf8'));
  for (const file of APP_PACKAGE_FILES) zip.addFile(file, fs.readFileSync(path.join(appDir, file)));
  const out = path.join(buildDir, `appPackage.${envName}.zip`);
  zip.writeZip(out);
  return out;
}
