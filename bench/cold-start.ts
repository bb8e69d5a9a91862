// The action's cold start, for `npm run bench`: from spawning `node dist/index.js` (as the runner
// does, inputs in INPUT_* variables) to the first connection a loopback fixture accepts, i.e.
// process start, module loading, input and policy reading, planning, up to the first probe.
// Target: 300 ms. Runs after bench.ts's own measurements (it is started from there).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const RUNS = 9;
const TARGET_MS = 300;

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

function environment(workspace: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|RUNNER_)/.test(key) && key !== 'NODE_OPTIONS') env[key] = value;
  return {
    ...env,
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

async function once(workspace: string, fixture: Awaited<ReturnType<typeof startFixture>>): Promise<number> {
  const accepted = fixture.accepted();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [ACTION], {
    cwd: workspace,
    env: environment(workspace),
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(NaN), 10_000).unref());
  const at = await Promise.race([accepted, timeout]);
  child.kill('SIGKILL');
  await exited;
  return at - started;
}

export async function coldStart(): Promise<void> {
  const dir = await mkdtemp(join(os.tmpdir(), 'mtg-cold-start-'));
  const fixture = await startFixture();
  try {
    const workspace = join(dir, 'workspace');
    await mkdir(join(workspace, '.github'), { recursive: true });
    await mkdir(join(dir, 'temp'));
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary.md'), '');
    await writeFile(
      join(workspace, '.github', 'mail-tls-policy.yml'),
      `version: 1\nhosts:\n  - host: 127.0.0.1\n    require:\n      - { service: smtp, port: ${fixture.port} }\n`,
    );
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await once(workspace, fixture));
    const [first, ...warm] = times;
    const sorted = [...warm].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const ms = (v: number) => (Number.isNaN(v) ? 'no connection' : `${Math.round(v)} ms`);
    console.log('');
    console.log(`(g) action cold start: node dist/index.js, process start to the fixture's first accept (${RUNS} runs)`);
    console.log(`    first run ${ms(first!)}, then median ${ms(median)} (min ${ms(sorted[0]!)}, max ${ms(sorted[sorted.length - 1]!)}); target <= ${TARGET_MS} ms: ${median <= TARGET_MS ? 'within' : 'over'}`);
  } finally {
    await new Promise<void>((resolve) => fixture.server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  }
}
