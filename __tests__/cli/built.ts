// Shared by the end-to-end tests: they run the BUILT entry points (dist/cli.js, dist/index.js)
// as a user and the Actions runner do, in a child process, while the fixture servers run here.
// The child must be spawned asynchronously: a synchronous spawn would block this process's event
// loop, and with it every fixture server the child is trying to reach.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SOURCE_HASH_FILE, sourceHash } from '../../scripts/source-hash.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');
export const ACTION = join(ROOT, 'dist', 'index.js');

const BUNDLE_FILES = ['dist/cli.js', 'dist/index.js'];

/**
 * Fails, with what to do, when the bundle is missing or was built from other sources than the
 * src/ beside it: `npm run bundle` records a hash of src/ in dist/, compared here by content
 * (file dates mean nothing after a clone).
 */
export async function assertBundleFresh(root = ROOT): Promise<void> {
  for (const file of BUNDLE_FILES) {
    try {
      await stat(join(root, file));
    } catch {
      throw new Error(`${file} is missing: run \`npm run bundle\` before these tests`);
    }
  }
  let recorded: string;
  try {
    recorded = (await readFile(join(root, SOURCE_HASH_FILE), 'utf8')).trim();
  } catch {
    throw new Error(`${SOURCE_HASH_FILE} is missing: run \`npm run bundle\` before these tests`);
  }
  if (recorded !== sourceHash(root)) {
    throw new Error(`dist/ was built from other sources than src/ (${SOURCE_HASH_FILE} differs): run \`npm run bundle\` before these tests`);
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The child is killed after this long (and `timedOut` is set). */
  timeoutMs?: number;
}

/**
 * This process's environment without anything that would change how the tool behaves: no
 * runner variables or inputs, no colour forcing. Tests add what they mean to set.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(key)) continue;
    if (['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'MAIL_TLS_GATE_DEBUG', 'CI'].includes(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs `command` (a path, or a name looked up on the child's PATH) and collects what it printed. */
export function runProgram(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 20_000);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - started,
        timedOut,
      });
    });
  });
}

export function runNode(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runProgram(process.execPath, args, options);
}

export function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode([CLI, ...args], options);
}

export async function makeTempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** The same bytes without anything the runner or a terminal would treat specially, for failure messages. */
export function show(text: string): string {
  return JSON.stringify(text.length > 4000 ? `${text.slice(0, 4000)}…` : text);
}

let reportValidator: ValidateFunction | undefined;

/** Where a report (parsed JSON) breaks policies/report.schema.json; empty when it matches. */
export function reportSchemaErrors(report: unknown): ErrorObject[] {
  reportValidator ??= new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'policies', 'report.schema.json'), 'utf8')));
  return reportValidator(report) ? [] : [...(reportValidator.errors ?? [])];
}
