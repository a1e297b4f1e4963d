#!/usr/bin/env node
import { write, type CliIo } from './io';

const USAGE = `usage: ndr-assist <command> [options]
  explain [--json] [--locale xx-YY] [FILE... | -]   recognize bounce messages and SMTP errors
  cards --list | --playbook ID|all [--locale xx-YY|all] --out DIR
                                                    write the Adaptive Cards of a playbook as JSON files
  audit [--json] [--since ISO] [--limit N] [--db PATH]  list the audit log (diagnoses, requests, approvals, writes)
`;

/** Dispatches a sub-command; returns its exit code. */
export async function main(
  argv: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command loads only what it needs: `explain --json` over thousands of files should not pay for the
    // i18n catalogs, the card builders or SQLite at start-up.
    case 'explain': {
      const { runExplainCommand } = await import('./explain');
      const wantsLocale = rest.some((arg) => arg === '--locale' || arg.startsWith('--locale='));
      const localize = wantsLocale ? (await import('./localize')).localizeDiagnosis : undefined;
      return runExplainCommand(rest, io, localize);
    }
    case 'cards':
      return (await import('./cards')).runCardsCommand(rest, io);
    case 'audit':
      return (await import('./audit')).runAuditCommand(rest, io, env);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      await write(io.stdout, USAGE);
      return command === undefined ? 2 : 0;
    default:
      await write(io.stderr, `ndr-assist: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) {
  // A reader that stops early (`explain ... | head`) closes the pipe: stop quietly, as Unix tools do, not with a stack.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE')
      process.stderr.write(`ndr-assist: cannot write the output (${error.message})\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
  main(
    process.argv.slice(2),
    { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
    process.env,
  ).then(
    // Every write has been acknowledged by now; exiting here skips tearing the heap down (10 ms after a big run).
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `ndr-assist: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
