#!/usr/bin/env node
// `npm run dev`: builds the bot, starts it (SQLite state, Graph dry-run, no BOT_ID = no auth) and the Microsoft 365
// Agents Playground pointed at it. Prints the URL to open; Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const skipBuild = process.argv.includes('--no-build');

if (!skipBuild) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children = [];
function start(name, command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

start('bot', process.execPath, ['dist/index.js'], {
  PORT: port,
  STORAGE_KIND: process.env.STORAGE_KIND ?? 'sqlite',
  GRAPH_AUTH: process.env.GRAPH_AUTH ?? 'dry-run',
  BOT_ID: '',
  BOT_PASSWORD: '',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
});
if (!(await waitForHealth(`http://localhost:${port}/healthz`, 20_000))) {
  console.error(`the bot did not answer on http://localhost:${port}/healthz`);
  stop(1);
} else {
  start(
    'playground',
    path.join(root, 'node_modules', '.bin', 'agentsplayground'),
    [
      '-e',
      `http://localhost:${port}/api/messages`,
      '-c',
      'msteams',
      '-p',
      playgroundPort,
      '--disable-telemetry',
    ],
    { TEAMSAPPTESTER_BROWSER: 'none' },
  );
  if (await waitForHealth(`http://localhost:${playgroundPort}/`, 30_000)) {
    console.log(
      `\nNDR Assist is running. Open the Agents Playground: http://localhost:${playgroundPort}\n(Ctrl-C stops both)\n`,
    );
  }
}
