// The node binaries the start-up rows ((g), (i)) run the built entry points under: the one running
// the bench, and node 24, which the action runs on (`runs.using: node24`), where bench/setup.sh
// could install it (scripts/node24.sh, as .ci/run does).
//
// Their children run without NODE_EXTRA_CA_CERTS. GitHub's runners do not set it; a machine that
// does makes node 20 read and parse that file at every start (about 40 ms with a system bundle,
// `node -e ""` included), which is that machine's cost, not the gate's.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

/** The node 24 that scripts/node24.sh finds (bench/setup.sh has installed it by now), or null. */
function node24Path(): string | null {
  const script = fileURLToPath(new URL('../../scripts/node24.sh', import.meta.url));
  try {
    return execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

let found: Runtime[] | undefined;

/**
 * Found once per bench run: the header and the rows of (g) and (i) ask in turn, and where there is
 * no node 24 each asking would run scripts/node24.sh's npm install again.
 */
export function runtimes(): Runtime[] {
  if (found) return found;
  const list: Runtime[] = [{ label: `node ${process.versions.node}`, path: process.execPath }];
  const node24 = node24Path();
  const version = node24 === null ? null : versionOf(node24);
  if (node24 !== null && version?.startsWith('24.') && process.versions.node !== version) list.push({ label: `node ${version}`, path: node24 });
  found = list;
  return list;
}

/** The bench's environment for a child, without the variables a runner would not have. */
export function childEnvironment(drop: (key: string) => boolean = () => false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (key !== 'NODE_EXTRA_CA_CERTS' && key !== 'NODE_OPTIONS' && !drop(key)) env[key] = value;
  return env;
}
