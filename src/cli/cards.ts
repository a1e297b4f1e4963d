import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { previewFileName, previewPlaybookCards, serializeCard } from '../core/cards';
import { toBotError } from '../core/errors';
import { createTranslator, SUPPORTED_LOCALES } from '../core/i18n';
import { isPlaybookId, PLAYBOOK_IDS, type PlaybookId } from '../core/ndr/types';
import { write } from './io';

/** `ndr-assist cards`: writes every card of a playbook as Adaptive Card JSON files, for review and the Designer. */

const USAGE = `usage: ndr-assist cards --playbook <id|all> --out DIR [--locale <locale|all>]
       ndr-assist cards --list
  Writes every card of the playbook (summary first) as DIR/<playbook>.<nn>-<name>.json, built from a
  representative sample finding. --locale defaults to en-US; --locale all writes DIR/<locale>/... for every
  supported locale. --list prints the supported locales and the playbook ids.
`;

/** Parsed arguments of the `cards` command. */
export interface CardsOptions {
  list: boolean;
  locales: string[];
  playbooks: PlaybookId[];
  out: string | null;
  /** True when --locale all was given: files go to DIR/<locale>/. */
  perLocaleDirs: boolean;
}

/** Parses the arguments; returns an error message for bad ones, or '' when help was asked for. */
export function parseCardsArgs(argv: readonly string[]): CardsOptions | string {
  const values: Record<'locale' | 'playbook' | 'out', string | undefined> = {
    locale: undefined,
    playbook: undefined,
    out: undefined,
  };
  let list = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--list') {
      list = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return '';
    const match = /^--(locale|playbook|out)(?:=(.*))?$/.exec(arg);
    if (!match) return `unknown argument "${arg}"`;
    const name = match[1] as 'locale' | 'playbook' | 'out';
    let value = match[2];
    if (value === undefined) {
      value = argv[index + 1];
      index += 1;
    }
    if (value === undefined || value === '' || value.startsWith('--')) return `--${name} needs a value`;
    if (values[name] !== undefined) return `--${name} given twice`;
    values[name] = value;
  }
  if (list) {
    return { list, locales: [], playbooks: [], out: null, perLocaleDirs: false };
  }

  const localeArg = values.locale ?? 'en-US';
  const supported = SUPPORTED_LOCALES as readonly string[];
  const locale = supported.find((candidate) => candidate.toLowerCase() === localeArg.toLowerCase());
  if (localeArg !== 'all' && !locale) {
    return `unknown locale "${localeArg}" (supported: ${supported.join(', ')}, or all)`;
  }
  if (values.playbook === undefined) return '--playbook is required (a playbook id or all)';
  if (values.playbook !== 'all' && !isPlaybookId(values.playbook)) {
    return `unknown playbook "${values.playbook}" (use --list to see the ids)`;
  }
  if (values.out === undefined) return '--out is required (the directory to write the cards to)';
  return {
    list,
    locales: localeArg === 'all' ? [...supported] : [locale ?? 'en-US'],
    playbooks: values.playbook === 'all' ? [...PLAYBOOK_IDS] : [values.playbook as PlaybookId],
    out: values.out,
    perLocaleDirs: localeArg === 'all',
  };
}

/** Runs `ndr-assist cards ...`; returns the exit code (0 ok, 1 failure, 2 bad arguments). */
export async function runCardsCommand(
  argv: readonly string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const options = parseCardsArgs(argv);
  if (typeof options === 'string') {
    if (options === '') {
      await write(io.stdout, USAGE);
      return 0;
    }
    await write(io.stderr, `ndr-assist cards: ${options}\n${USAGE}`);
    return 2;
  }
  if (options.list) {
    await write(io.stdout, `locales: ${SUPPORTED_LOCALES.join(' ')}\nplaybooks: ${PLAYBOOK_IDS.join(' ')}\n`);
    return 0;
  }

  try {
    let count = 0;
    const root = resolve(options.out ?? '.');
    for (const locale of options.locales) {
      const dir = options.perLocaleDirs ? join(root, locale) : root;
      await mkdir(dir, { recursive: true });
      const t = createTranslator(locale);
      for (const playbookId of options.playbooks) {
        for (const named of previewPlaybookCards(playbookId, t)) {
          await writeFile(join(dir, previewFileName(playbookId, named)), serializeCard(named.card), 'utf8');
          count += 1;
        }
      }
    }
    await write(io.stdout, `wrote ${count} card${count === 1 ? '' : 's'} to ${root}\n`);
    return 0;
  } catch (error) {
    const failure = toBotError(error);
    const reason = failure.cause instanceof Error ? failure.cause.message : failure.message;
    await write(io.stderr, `ndr-assist cards: ${failure.code}: ${reason}\n`);
    return 1;
  }
}
