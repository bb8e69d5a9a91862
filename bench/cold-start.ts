// (g) cold start, for `npm run bench`: from spawning the built entry point to the first connection
// a loopback fixture accepts, i.e. process start, module loading, input and policy reading,
// planning, up to the first probe. The command line (`node dist/cli.js check POLICY`, target
// 150 ms) and the action (`node dist/index.js` as the runner starts it, inputs in INPUT_*
// variables, target 200 ms); the median of 9 runs each, the two taken in alternation; under each
// node of bench/runtimes.ts (the bench's own, and node 24 as the action runs on).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { median, milliseconds, type Row, within } from './rows.js';
import { childEnvironment, type Runtime, runtimes } from './runtimes.js';

const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const RUNS = 9;
const CLI_TARGET_MS = 150;
const ACTION_TARGET_MS = 200;

/** A server that notes when a connection arrives, and closes it. */
async function startFixture(): Promise<{ server: Server; port: number; accepted: () => Promise<number> }> {
  let waiting: ((at: number) => void) | null = null;
  const server = createServer((socket) => {
    const at = performance.now();
    socket.destroy();
    waiting?.(at);
    waiting = null;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    accepted: () => new Promise<number>((resolve) => (waiting = resolve)),
  };
}

/** The bench's environment without what a runner or the action's inputs would set. */
function cliEnvironment(): NodeJS.ProcessEnv {
  return childEnvironment((key) => /^(GITHUB_|INPUT_|RUNNER_)/.test(key));
}

function environment(workspace: string): NodeJS.ProcessEnv {
  return {
    ...cliEnvironment(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(workspace, '..', 'output'),
    GITHUB_STEP_SUMMARY: join(workspace, '..', 'summary.md'),
    RUNNER_TEMP: join(workspace, '..', 'temp'),
    'INPUT_POLICY': '.github/mail-tls-policy.yml',
    'INPUT_FAIL-ON': 'never',
    INPUT_CONCURRENCY: '4',
    'INPUT_PER-HOST': '2',
    'INPUT_RETRY-AFTER': '5s',
    INPUT_TIMEOUT: '2s',
    INPUT_SUMMARY: 'false',
    INPUT_ISSUE: 'false',
  };
}

async function once(node: Runtime, args: string[], cwd: string, env: NodeJS.ProcessEnv, fixture: Awaited<ReturnType<typeof startFixture>>): Promise<number> {
  const accepted = fixture.accepted();
  const started = performance.now();
  const child: ChildProcess = spawn(node.path, args, { cwd, env, stdio: ['ignore', 'ignore', 'ignore'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(NaN), 10_000).unref());
  const at = await Promise.race([accepted, timeout]);
  child.kill('SIGKILL');
  await exited;
  return at - started;
}

export async function coldStartRows(): Promise<Row[]> {
  const dir = await mkdtemp(join(os.tmpdir(), 'mtg-cold-start-'));
  const fixture = await startFixture();
  try {
    const workspace = join(dir, 'workspace');
    await mkdir(join(workspace, '.github'), { recursive: true });
    await mkdir(join(dir, 'temp'));
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary.md'), '');
    const policy = join(workspace, '.github', 'mail-tls-policy.yml');
    await writeFile(policy, `version: 1\nhosts:\n  - host: 127.0.0.1\n    require:\n      - { service: smtp, port: ${fixture.port} }\n`);
    const rows: Row[] = [];
    for (const node of runtimes()) {
      const cli: number[] = [];
      const action: number[] = [];
      // One of each first, not counted: the page cache holds the bundle after it (and node 24's
      // compile cache is written).
      await once(node, [CLI, 'check', policy, '--timeout', '2s'], dir, cliEnvironment(), fixture);
      await once(node, [ACTION], workspace, environment(workspace), fixture);
      for (let i = 0; i < RUNS; i++) {
        cli.push(await once(node, [CLI, 'check', policy, '--timeout', '2s'], dir, cliEnvironment(), fixture));
        action.push(await once(node, [ACTION], workspace, environment(workspace), fixture));
      }
      const row = (what: string, times: number[], target: number): Row[] => {
        const m = median(times);
        return [
          { measure: `(g) cold start, ${what}, ${node.label}: process start to first connection (median of ${RUNS})`, value: milliseconds(m), target: `<= ${target} ms`, verdict: within(m <= target) },
          { measure: '    min / max', value: `${milliseconds(Math.min(...times))} / ${milliseconds(Math.max(...times))}`, target: '', verdict: '' },
        ];
      };
      rows.push(...row('CLI (node dist/cli.js check)', cli, CLI_TARGET_MS), ...row('action (node dist/index.js)', action, ACTION_TARGET_MS));
    }
    return rows;
  } finally {
    await new Promise<void>((resolve) => fixture.server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  }
}
