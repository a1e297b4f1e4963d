import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { explainFiles, type ExplainOptions, type Localizer } from './explain';
import { write, type CliIo } from './io';

/**
 * Thousands of files: the main thread explains the first share while worker threads explain the rest, and the
 * output keeps the order of the arguments. Returns null when there is no spare core, so the caller runs serially.
 */

interface WorkerInput {
  files: string[];
  json: boolean;
  locale: string | null;
}

interface WorkerOutput {
  text: string;
  exitCode: number;
}

export async function explainInParallel(
  options: ExplainOptions,
  io: CliIo,
  localize?: Localizer,
): Promise<number | null> {
  const threads = Math.min(availableParallelism(), 4);
  // Worker threads load this compiled file; under ts-jest (a .ts file) the caller runs serially instead.
  if (threads < 2 || localize || !__filename.endsWith('.js')) return null;
  const share = Math.ceil(options.files.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => options.files.slice(i * share, (i + 1) * share));
  const workers = chunks
    .slice(1)
    .map((files) => runWorker({ files, json: options.json, locale: options.locale }));
  const own = await explainFiles(chunks[0]!, options, io);
  let exitCode = own.exitCode;
  await write(io.stdout, own.text);
  for (const pending of workers) {
    const result = await pending;
    exitCode = Math.max(exitCode, result.exitCode);
    await write(io.stdout, result.text);
  }
  return exitCode;
}

function runWorker(input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: input });
    worker.once('message', (output: WorkerOutput) => resolve(output));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) resolve({ text: '', exitCode: 1 });
    });
  });
}

if (!isMainThread && parentPort) {
  const input = workerData as WorkerInput;
  const port = parentPort;
  void explainFiles(
    input.files,
    { json: input.json, locale: input.locale },
    {
      stdout: process.stdout,
      stderr: process.stderr,
    },
  ).then((output) => port.postMessage(output));
}
