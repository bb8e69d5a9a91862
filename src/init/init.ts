// `mail-tls-gate init DOMAIN|HOST…`: a starter policy from what DNS and the hosts show. Looks
// (discover.ts), decides (choose.ts), writes (yaml.ts). Prints nothing: the CLI does.
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describeFsError } from '../policy/load.js';
import { readCaFile } from '../probe/roots.js';
import { DEFAULT_POLICY_FILE } from '../options.js';
import { schemaUrl } from '../rules/links.js';
import type { CheckSettings } from '../options.js';
import { discover, initNameProblem, MAX_INIT_NAMES, type DiscoverOptions } from './discover.js';
import { chooseStarter } from './choose.js';
import { starterYaml } from './yaml.js';

/** A starter's probes are a first look, not the policy's verdict: a shorter step deadline. */
export const DEFAULT_INIT_TIMEOUT_MS = 5000;

export interface InitOptions extends Pick<CheckSettings, 'concurrency' | 'perHost' | 'resolver' | 'trust' | 'allowLoopback'> {
  names: string[];
  /** Print instead of writing. */
  dryRun: boolean;
  /** The file to write (refused if it exists); DEFAULT_POLICY_FILE (where the action looks) when absent. */
  output?: string;
  timeoutMs?: number;
  caFile?: string;
  heloName?: string;
  addressFamily?: 'ipv4' | 'ipv6';
  /** Injected for tests (see DiscoverOptions). */
  inject?: Pick<DiscoverOptions, 'domainResolver' | 'daneResolver' | 'resolveAll' | 'mtaStsPort'>;
}

export type InitOutcome =
  /** Nothing was probed: a bad name, an output file that exists, an unreadable CA file. */
  | { kind: 'refused'; exitCode: 2; message: string }
  /** Nothing answered and no domain was found: no policy to write. */
  | { kind: 'empty'; exitCode: 1; text: string }
  | { kind: 'printed'; exitCode: 0; text: string }
  | { kind: 'written'; exitCode: 0; text: string; path: string };

const refused = (message: string): InitOutcome => ({ kind: 'refused', exitCode: 2, message });

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function init(options: InitOptions): Promise<InitOutcome> {
  if (options.names.length === 0) return refused('init takes one or more DOMAIN or HOST names');
  if (options.names.length > MAX_INIT_NAMES) return refused(`init takes at most ${MAX_INIT_NAMES} names at once; write the rest into the policy by hand or run init again`);
  const problems = options.names.flatMap((name) => {
    const problem = initNameProblem(name);
    return problem === undefined ? [] : [`'${name}' ${problem}`];
  });
  if (problems.length > 0) return refused(problems.join('\n'));
  const output = options.output ?? DEFAULT_POLICY_FILE;
  // Before any probe: a policy someone already wrote is never overwritten.
  if (!options.dryRun && (await exists(output))) return refused(`${output} exists; init never overwrites a policy (remove it, or give --output another file, or --dry-run)`);
  let extraCa: string[] = [];
  if (options.caFile) {
    const read = await readCaFile(options.caFile);
    if ('problem' in read) return refused(read.problem);
    extraCa = read.pems;
  }

  const seen = await discover({
    names: options.names,
    timeoutMs: options.timeoutMs ?? DEFAULT_INIT_TIMEOUT_MS,
    concurrency: options.concurrency,
    perHost: options.perHost,
    resolver: options.resolver,
    allowLoopback: options.allowLoopback,
    extraCa,
    trust: options.trust,
    heloName: options.heloName,
    addressFamily: options.addressFamily,
    ...options.inject,
  });
  const starter = chooseStarter(seen.domains, seen.hosts, seen.observed);
  const text = starterYaml(starter, { schemaUrl: schemaUrl(), names: seen.names });
  if (starter.hosts.length === 0 && starter.domains.length === 0) return { kind: 'empty', exitCode: 1, text };
  if (options.dryRun) return { kind: 'printed', exitCode: 0, text };
  try {
    await mkdir(dirname(output), { recursive: true });
    // 'wx': fails if the file appeared while the hosts were probed.
    await writeFile(output, text, { flag: 'wx' });
  } catch (err) {
    return refused(`cannot write ${output}: ${describeFsError(err)}`);
  }
  return { kind: 'written', exitCode: 0, text, path: output };
}
