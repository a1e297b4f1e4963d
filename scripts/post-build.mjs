// After tsc: make the CLI executable, so `npx ndr-assist` (package.json "bin") runs it directly.
import { chmodSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/main.js');
if (existsSync(cli)) chmodSync(cli, 0o755);
