import { closeSync, openSync, readSync } from 'node:fs';
import { BotError, toBotError } from '../core/errors';
import { recognizeNdr, recognizeNdrSync } from '../core/ndr';
import type { Finding, NdrDetails, Recognition } from '../core/ndr/types';
import { readAll, write, type CliIo } from './io';

/** `ndr-assist explain [--json] [--locale xx-YY] [FILE... | -]`: what went wrong, for a person or a program. */

export const EXPLAIN_MAX_BYTES = 16 * 1024 * 1024;

export interface ExplainOptions {
  json: boolean;
  locale: string | null;
  files: string[];
}

/** Localized diagnosis lines for a finding; provided by the playbooks module once it is wired. */
export type Localizer = (finding: Finding | undefined, locale: string) => string[];

const USAGE = `usage: ndr-assist explain [--json] [--locale xx-YY] [FILE... | -]
  Reads bounce messages (.eml, text, HTML) or SMTP error text from files or standard input ("-")
  and prints what went wrong. --json prints one JSON object per input, one per line.\n`;

export function parseExplainArgs(argv: readonly string[]): ExplainOptions | string {
  const options: ExplainOptions = { json: false, locale: null, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--locale') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) return '--locale needs a value such as fi-FI';
      options.locale = value;
      i += 1;
    } else if (arg.startsWith('--locale=')) options.locale = arg.slice('--locale='.length);
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg === '-' || !arg.startsWith('-')) options.files.push(arg);
    else return `unknown option ${arg}`;
  }
  if (options.files.length === 0) options.files.push('-');
  return options;
}

/**
 * Reads whole files into one buffer that is reused from file to file, synchronously: with thousands of small files,
 * a stat call, an allocation and the thread-pool round trips of fs/promises per file cost more than the reading.
 * Reads one byte more than the limit, so the recognizer sees the input was cut and says so.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(1024 * 1024);

  constructor(private readonly maxBytes: number) {}

  /** The file's bytes; the view is valid until the next call. */
  read(file: string): Buffer {
    let descriptor: number;
    try {
      descriptor = openSync(file, 'r');
    } catch (error) {
      throw new BotError('INPUT_UNREADABLE', {
        cause: error,
        detail: (error as NodeJS.ErrnoException).code ?? 'open failed',
      });
    }
    try {
      const limit = this.maxBytes + 1;
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) {
          if (length >= limit) break;
          const grown = Buffer.allocUnsafe(Math.min(limit, this.buffer.length * 2));
          this.buffer.copy(grown, 0, 0, length);
          this.buffer = grown;
        }
        const bytesRead = readSync(
          descriptor,
          this.buffer,
          length,
          Math.min(this.buffer.length, limit) - length,
          null,
        );
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      return this.buffer.subarray(0, length);
    } catch (error) {
      throw new BotError('INPUT_UNREADABLE', {
        cause: error,
        detail: (error as NodeJS.ErrnoException).code ?? 'read failed',
      });
    } finally {
      closeSync(descriptor);
    }
  }
}

async function readStandardInput(io: CliIo): Promise<Uint8Array> {
  if (!io.stdin) throw new BotError('INPUT_UNREADABLE', { detail: 'no standard input' });
  return readAll(io.stdin, EXPLAIN_MAX_BYTES + 1);
}

const RECOGNIZE_OPTIONS = { maxBytes: EXPLAIN_MAX_BYTES };

function recognizeBytes(bytes: Uint8Array): Recognition | Promise<Recognition> {
  return recognizeNdrSync(bytes, RECOGNIZE_OPTIONS) ?? recognizeNdr(bytes, RECOGNIZE_OPTIONS);
}

/**
 * Synchronous for the files the recognizer's fast path reads (nearly all): an await per file is measurable over
 * thousands. The reader may reuse its buffer for the next file: the recognizer decodes its input before it awaits.
 */
function recognizeInput(file: string, io: CliIo, reader: FileReader): Recognition | Promise<Recognition> {
  if (file === '-') return readStandardInput(io).then(recognizeBytes);
  return recognizeBytes(reader.read(file));
}

/** The JSON shape printed per input: findings carry the NDR details too, so each finding stands alone. */
export function toJsonRecord(file: string, recognition: Recognition): Record<string, unknown> {
  const { details } = recognition;
  return {
    file,
    kind: recognition.kind,
    findings: recognition.findings.map((finding) => ({
      status: finding.status,
      reply: finding.reply,
      variant: finding.variant,
      playbook: finding.playbook,
      evidence: finding.evidence,
      source: finding.source,
      title: finding.title,
      recipients: details.recipients,
      sender: details.sender,
      reportingServer: details.reportingServer,
      remoteServer: details.remoteServer,
      diagnostics: details.diagnostics,
    })),
    details,
    notes: recognition.notes,
  };
}

/** An object's JSON without its closing brace, so more members can follow. */
function openJson(value: object): string {
  return JSON.stringify(value).slice(0, -1);
}

/**
 * `JSON.stringify(toJsonRecord(file, recognition))`, built so the NDR details shared by every finding are
 * serialized once per input instead of once per finding (the tests check both give the same line).
 */
export function toJsonLine(file: string, recognition: Recognition): string {
  const { details } = recognition;
  const { recipients, sender, reportingServer, remoteServer, diagnostics } = details;
  const shared = JSON.stringify({ recipients, sender, reportingServer, remoteServer, diagnostics }).slice(1);
  const findings = recognition.findings.map(
    ({ status, reply, variant, playbook, evidence, source, title }) =>
      `${openJson({ status, reply, variant, playbook, evidence, source, title })},${shared}`,
  );
  return (
    `${openJson({ file, kind: recognition.kind })},"findings":[${findings.join(',')}],` +
    `"details":${JSON.stringify(details)},"notes":${JSON.stringify(recognition.notes)}}`
  );
}

function describeDetails(details: NdrDetails): string[] {
  const lines: string[] = [];
  if (details.recipients.length > 0) lines.push(`  recipients: ${details.recipients.join(', ')}`);
  if (details.sender) lines.push(`  sender: ${details.sender}`);
  if (details.reportingServer) lines.push(`  reported by: ${details.reportingServer}`);
  if (details.remoteServer) lines.push(`  remote server: ${details.remoteServer}`);
  return lines;
}

export function formatForPerson(file: string, recognition: Recognition, localized: string[]): string {
  const lines = [`${file}:`];
  const [primary, ...others] = recognition.findings;
  if (!primary) {
    lines.push('  No SMTP status code or known server error found.');
  } else {
    const code = [primary.reply, primary.status].filter(Boolean).join(' ') || '(no code)';
    lines.push(`  ${code}${primary.title ? ` - ${primary.title}` : ''}`);
    if (primary.variant) lines.push(`  variant: ${primary.variant}`);
    lines.push(`  playbook: ${primary.playbook ?? 'none'}`);
    lines.push(`  evidence: ${primary.evidence}`);
    for (const line of localized) lines.push(`  ${line}`);
    const alsoSeen = others.filter((finding) => finding.source !== 'original-message');
    if (alsoSeen.length > 0) {
      lines.push(
        `  also seen: ${alsoSeen.map((finding) => finding.status ?? finding.reply ?? finding.variant).join(', ')}`,
      );
    }
  }
  lines.push(...describeDetails(recognition.details));
  for (const note of recognition.notes) lines.push(`  note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/** Explains a list of files into output text, in order; `exitCode` is 1 when some input was unreadable. */
export async function explainFiles(
  files: readonly string[],
  options: Pick<ExplainOptions, 'json' | 'locale'>,
  io: CliIo,
  localize?: Localizer,
  onChunk?: (text: string) => Promise<void>,
): Promise<{ text: string; exitCode: number }> {
  let exitCode = 0;
  let pending = '';
  const reader = new FileReader(EXPLAIN_MAX_BYTES);
  for (const file of files) {
    let line: string;
    try {
      const recognized = recognizeInput(file, io, reader);
      const recognition = recognized instanceof Promise ? await recognized : recognized;
      line = options.json
        ? `${toJsonLine(file, recognition)}\n`
        : formatForPerson(
            file,
            recognition,
            localize && options.locale ? localize(recognition.findings[0], options.locale) : [],
          );
    } catch (error) {
      const botError = toBotError(error);
      exitCode = 1;
      line = options.json
        ? `${JSON.stringify({ file, findings: [], error: { code: botError.code, message: botError.message } })}\n`
        : `${file}: cannot read (${botError.message})\n`;
    }
    pending += line;
    if (onChunk && pending.length > 65536) {
      await onChunk(pending);
      pending = '';
    }
  }
  return { text: pending, exitCode };
}

/** Runs the command; returns the process exit code (0 ok, 1 some input unreadable, 2 bad usage). */
export async function runExplainCommand(
  argv: readonly string[],
  io: CliIo,
  localize?: Localizer,
): Promise<number> {
  const parsed = parseExplainArgs(argv);
  if (typeof parsed === 'string') {
    await write(io.stderr, parsed ? `ndr-assist explain: ${parsed}\n${USAGE}` : USAGE);
    return parsed ? 2 : 0;
  }
  const flush = (text: string) => write(io.stdout, text);
  const { text, exitCode } = await explainFiles(parsed.files, parsed, io, localize, flush);
  if (text) await flush(text);
  return exitCode;
}
