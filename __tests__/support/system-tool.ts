// Suites that need a program from a Debian package (dnsmasq, gnutls-serv): found on the PATH or in
// the usual system folders. Without it a suite skips and says why, except in CI, where .ci/run
// installs the package and a missing program is a failure, never a skip.
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
  if (program !== null || IN_CI) return describe;
  // eslint-disable-next-line no-console
  console.warn(missing);
  return describe.skip;
}
