#!/usr/bin/env node
import { runAuditCommand } from './audit';
import { runCardsCommand } from './cards';
import { runExplainCommand } from './explain';
import { write, type CliIo } from './io';
import { localizeDiagnosis } from './localize';

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
    case 'explain':
      return runExplainCommand(rest, io, localizeDiagnosis);
    case 'cards':
      return runCardsCommand(rest, io);
    case 'audit':
      return runAuditCommand(rest, io, env);
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
  main(
    process.argv.slice(2),
    { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
    process.env,
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `ndr-assist: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
