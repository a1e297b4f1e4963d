// Scores the built CLI on ../shared/ndr-dev (151 real bounces): primary status code, its reply code and the
// smtp-auth playbook choice.
// Development aid, not a test: exits 0 with a note when the dev set is absent (fresh clones, CI without shared/).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const devSet = path.resolve(root, '../shared/ndr-dev');
if (!existsSync(path.join(devSet, 'cases.jsonl'))) {
  console.log('eval:dev: ../shared/ndr-dev not found, nothing to score');
  process.exit(0);
}
const cases = readFileSync(path.join(devSet, 'cases.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const files = cases.map((c) => path.join(devSet, c.file));
const output = execFileSync(
  process.execPath,
  [path.join(root, 'dist/cli/main.js'), 'explain', '--json', ...files],
  {
    maxBuffer: 256 * 1024 * 1024,
  },
);
const byFile = new Map(
  output
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const r = JSON.parse(line);
      return [r.file, r];
    }),
);
const AUTH = new Set([
  'auth-failed',
  'not-authenticated',
  'smtp-auth-disabled',
  'basic-auth-disabled',
  'mfa',
  'security-defaults',
  'app-password-required',
  'authfailure',
]);
let codeOk = 0,
  codeN = 0,
  replyOk = 0,
  replyN = 0,
  pbOk = 0,
  pbN = 0;
const misses = [];
for (const [index, c] of cases.entries()) {
  if (c.uncertain) continue;
  const primary = byFile.get(files[index])?.findings?.[0] ?? {};
  if (c.expected_codes.length > 0) {
    codeN += 1;
    if (c.expected_codes.includes(primary.status)) codeOk += 1;
    else misses.push(`${c.id}: got ${primary.status}, expected ${c.expected_codes.join(' or ')}`);
  }
  if (c.expected_reply_code) {
    replyN += 1;
    if (primary.reply === c.expected_reply_code) replyOk += 1;
    else misses.push(`${c.id}: reply ${primary.reply}, expected ${c.expected_reply_code}`);
  }
  if (typeof c.expected_reason === 'string' && AUTH.has(c.expected_reason) && c.microsoft !== false) {
    pbN += 1;
    if (primary.playbook === 'smtp-auth') pbOk += 1;
    else misses.push(`${c.id}: playbook ${primary.playbook} (Sisimai reason ${c.expected_reason})`);
  }
}
for (const miss of misses) console.log(`  ${miss}`);
console.log(
  `primary status code ${codeOk}/${codeN} = ${((100 * codeOk) / codeN).toFixed(1)}%; ` +
    `its reply code ${replyOk}/${replyN} = ${((100 * replyOk) / replyN).toFixed(1)}%; smtp-auth playbook for Sisimai "auth" reasons ${pbOk}/${pbN}`,
);
