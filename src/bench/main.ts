import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recognizeNdr, recognizeText } from '../core/ndr';
import { formatMs, mb, nowMs, percentile } from './stats';

/**
 * `npm run bench`: recognizer speed and memory. In-process throughput and latency on fixtures and synthetic input,
 * adversarial inputs, growth with size, and the whole `explain --json` process over thousands of real bounces
 * (../shared/ndr-dev when present) side by side with Sisimai when it is installed.
 */

const root = path.resolve(__dirname, '../..');
const fixturesDir = path.join(root, 'test/fixtures/ndr');
const devSetDir = path.resolve(root, '../shared/ndr-dev/emails');

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(52)} ${value}\n`);
}

function fixtureTexts(): string[] {
  return readdirSync(fixturesDir).map((file) => readFileSync(path.join(fixturesDir, file), 'utf8'));
}

function mixedText(targetBytes: number, samples: readonly string[]): string {
  const filler =
    'Hello, the scanner on floor 2 stopped sending; build 15.20.7611.12 from 192.0.2.10 on 25.11.2026.\n';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i += 1) {
    const piece = i % 3 === 0 ? filler.repeat(20) : samples[i % samples.length]!;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('\n');
}

function throughput(samples: readonly string[]): void {
  const text = mixedText(20 * 1024 * 1024, samples);
  recognizeText(text.slice(0, 1024 * 1024));
  const start = nowMs();
  const result = recognizeText(text);
  const ms = nowMs() - start;
  line(
    'mixed NDR text, 20 MB in one input',
    `${(text.length / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s (${formatMs(ms)}, ${result.findings.length} findings)`,
  );
}

function pasteLatency(samples: readonly string[]): void {
  const paste = mixedText(10 * 1024, samples).slice(0, 10 * 1024);
  const times: number[] = [];
  for (let i = 0; i < 200; i += 1) recognizeText(paste);
  for (let i = 0; i < 5000; i += 1) {
    const start = nowMs();
    recognizeText(paste);
    times.push(nowMs() - start);
  }
  times.sort((a, b) => a - b);
  line(
    '10 KB paste latency (5000 runs)',
    `p50 ${formatMs(percentile(times, 50))}, p99 ${formatMs(percentile(times, 99))}, max ${formatMs(times[times.length - 1]!)}`,
  );
}

function adversarial(): void {
  const size = 1024 * 1024;
  const inputs: [string, string][] = [
    ['dots and digits', '5.'.repeat(size / 2)],
    ['codes back to back', '550 5.7.1 '.repeat(size / 10)],
    ['unclosed HTML tags', `<html>${'<a'.repeat(size / 2)}`],
    ['reply codes on every line', '\n550 '.repeat(size / 5)],
    ['near-miss phrases', 'smtpclientauthentication is disabled for the tenan '.repeat(size / 51)],
    ['HTML with one long run of blanks', `<html><body>550 5.1.1${' '.repeat(size)}x</body></html>`],
  ];
  for (const [name, text] of inputs) {
    recognizeText(text);
    const start = nowMs();
    recognizeText(text);
    line(`1 MB adversarial: ${name}`, formatMs(nowMs() - start));
  }
}

function growth(samples: readonly string[]): void {
  const results: string[] = [];
  let previous = 0;
  for (const megabytes of [1, 2, 4, 8, 16]) {
    const text = mixedText(megabytes * 1024 * 1024, samples);
    const start = nowMs();
    recognizeText(text);
    const ms = nowMs() - start;
    results.push(`${megabytes} MB ${ms.toFixed(0)} ms${previous ? ` (x${(ms / previous).toFixed(2)})` : ''}`);
    previous = ms;
  }
  line('growth with size', results.join(', '));
}

async function devSet(): Promise<string[] | null> {
  if (!existsSync(devSetDir)) {
    line('dev set (../shared/ndr-dev)', 'absent, skipped');
    return null;
  }
  const files = readdirSync(devSetDir)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => path.join(devSetDir, file));
  const buffers = files.map((file) => readFileSync(file));
  const bytes = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
  for (const buffer of buffers) await recognizeNdr(buffer);
  const times: number[] = [];
  const start = nowMs();
  for (let round = 0; round < 5; round += 1) {
    for (const buffer of buffers) {
      const t = nowMs();
      await recognizeNdr(buffer);
      times.push(nowMs() - t);
    }
  }
  const ms = nowMs() - start;
  times.sort((a, b) => a - b);
  line(
    `dev set in-process (${files.length} .eml x 5)`,
    `${((bytes * 5) / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s, ${((files.length * 5) / (ms / 1000)).toFixed(0)} msg/s, p50 ${formatMs(percentile(times, 50))}, p99 ${formatMs(percentile(times, 99))}`,
  );
  return files;
}

const WHOLE_PROCESS_RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs a command `WHOLE_PROCESS_RUNS` times; returns the median wall time and the last run's stdout. */
function timeCommand(
  command: string,
  args: readonly string[],
): { ms: number; stdout: string; status: number | null } {
  const times: number[] = [];
  let stdout = '';
  let status: number | null = null;
  for (let run = 0; run < WHOLE_PROCESS_RUNS; run += 1) {
    const start = nowMs();
    const result = spawnSync(command, args, { maxBuffer: 1024 * 1024 * 1024 });
    times.push(nowMs() - start);
    stdout = result.stdout.toString();
    status = result.status;
  }
  return { ms: median(times), stdout, status };
}

function wholeProcess(files: readonly string[]): void {
  const copies = Math.ceil(3000 / files.length);
  const dir = mkdtempSync(path.join(tmpdir(), 'ndr-assist-bench-'));
  const maildir = path.join(dir, 'new');
  mkdirSync(maildir);
  const paths: string[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const file of files) {
      const target = path.join(maildir, `${copy}-${path.basename(file)}`);
      symlinkSync(file, target);
      paths.push(target);
    }
  }
  try {
    const cli = path.join(root, 'dist/cli/main.js');
    const ours = timeCommand(process.execPath, [cli, 'explain', '--json', ...paths]);
    const outputLines = ours.stdout.trim().split('\n').length;
    line(
      `explain --json process, ${paths.length} files (median of ${WHOLE_PROCESS_RUNS})`,
      `${formatMs(ours.ms)} (${(paths.length / (ours.ms / 1000)).toFixed(0)} files/s, ${outputLines} lines, exit ${ours.status})`,
    );
    if (!sisimaiInstalled()) {
      line('Sisimai on the same files', 'not installed (apt-get install libsisimai-perl), skipped');
      return;
    }
    // Sisimai decoding only (a count printed), and decoding plus JSON output as `explain --json` does.
    const sisimai = timeCommand('perl', [
      '-MSisimai',
      '-e',
      'my $v = Sisimai->can("rise") ? Sisimai->rise($ARGV[0]) : Sisimai->make($ARGV[0]); print scalar(@{$v || []}), "\\n"',
      maildir,
    ]);
    line(
      `Sisimai decoding the same files (median of ${WHOLE_PROCESS_RUNS})`,
      `${formatMs(sisimai.ms)}, ${sisimai.stdout.trim()} bounces decoded -> ndr-assist is ${(sisimai.ms / ours.ms).toFixed(1)}x faster`,
    );
    const sisimaiJson = timeCommand('perl', ['-MSisimai', '-e', 'print Sisimai->dump($ARGV[0])', maildir]);
    line(
      `Sisimai decoding them to JSON (median of ${WHOLE_PROCESS_RUNS})`,
      `${formatMs(sisimaiJson.ms)}, ${(sisimaiJson.stdout.length / 1024 / 1024).toFixed(1)} MB of JSON -> ndr-assist is ${(sisimaiJson.ms / ours.ms).toFixed(1)}x faster`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sisimaiInstalled(): boolean {
  try {
    execFileSync('perl', ['-MSisimai', '-e', '1'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** With --expose-gc (npm run bench): the heap figures are what is really held, not garbage not yet collected. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function memory(label: string): void {
  collectGarbage();
  const usage = process.memoryUsage();
  line(`memory ${label}`, `rss ${mb(usage.rss)}, heap used ${mb(usage.heapUsed)}`);
}

async function main(): Promise<void> {
  process.stdout.write(`ndr-assist recognizer benchmark (node ${process.version})\n`);
  memory('at start');
  const samples = fixtureTexts();
  throughput(samples);
  pasteLatency(samples);
  adversarial();
  growth(samples);
  const files = await devSet();
  memory('after in-process runs');
  if (files) wholeProcess(files);
}

void main();
