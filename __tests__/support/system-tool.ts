// Suites that need a program from a Debian package (dnsmasq, gnutls-serv): found on the PATH or in
// the usual system folders. Without it a suite skips and says why, except in CI, where .ci/run
// installs the package and a missing program is a failure, never a skip.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** The program's full path, or null when it is not installed. */
export function findProgram(name: string): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin', '/sbin']) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** `describe` when the program is there (or in CI), `describe.skip` with a warning otherwise. */
export function describeWithProgram(program: string | null, missing: string): jest.Describe {
  return describeWhen(program !== null, missing);
}

/** `describe` when what the suite needs is there (or in CI, where its absence must fail), `describe.skip` with a warning otherwise. */
export function describeWhen(available: boolean, missing: string): jest.Describe {
  if (available || IN_CI) return describe;
  // eslint-disable-next-line no-console
  console.warn(missing);
  return describe.skip;
}

export interface ProgramRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end, stdin closed (or fed `input`), killed at the deadline. */
export function runProgram(command: string, args: string[], options: { input?: string; timeoutMs?: number; cwd?: string } = {}): Promise<ProgramRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('latin1')));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('latin1')));
    const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', (err) => {
      clearTimeout(killer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}
