// Copies non-TypeScript assets that the compiled code loads at run time (none yet beyond JSON, which tsc emits).
import { cpSync, existsSync } from 'node:fs';
const assets = [];
for (const [from, to] of assets) if (existsSync(from)) cpSync(from, to, { recursive: true });
