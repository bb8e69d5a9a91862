// (i) one host, whole policy: a mail host with every service (10 required, 1 forbidden) checked
// through the built command line with the default per-host limit of 2, against process start
// plus the floor of its endpoints two at a time. And the peer side by side, in the same run:
// Debian's sslscan (C on OpenSSL), protocols and certificate only, on the nine endpoints it can
// speak to, one after another and all at once. The CLI and its `node -e ""` baseline run under each
// node of bench/runtimes.ts.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import type { Endpoint } from '../src/plan/types.js';
import { SERVICES } from '../src/policy/services.js';
import { bareHandshake, bareHttp, bareRefused, bareStarttls, pool } from './floor.js';
import { type FixtureReady, ONE_HOST_SERVICES, type OneHostService } from './fixtures.js';
import { median, milliseconds, type Row, within } from './rows.js';
import { childEnvironment, runtimes } from './runtimes.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const RUNS = 5;
const PER_HOST = 2;
const HOST = '127.0.0.1';
const RATIO_TARGET = 2.0;

/** The sslscan option that takes each service through its STARTTLS; null: implicit TLS. */
const SSLSCAN_STARTTLS: Partial<Record<OneHostService, string | null>> = {
  smtp: '--starttls-smtp',
  submission: '--starttls-smtp',
  submissions: null,
  imap: '--starttls-imap',
  imaps: null,
  pop3: '--starttls-pop3',
  pop3s: null,
  https: null,
};
/** Protocols and certificate only: every other test sslscan knows is turned off. */
const SSLSCAN_ONLY_PROTOCOLS = ['--no-colour', '--no-ciphersuites', '--no-cipher-details', '--no-compression', '--no-fallback', '--no-groups', '--no-heartbleed', '--no-renegotiation'];

interface Ran {
  code: number | null;
  ms: number;
  stdout: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, ms: performance.now() - started, stdout: Buffer.concat(out).toString('utf8') }));
  });
}

function policyText(ready: FixtureReady): string {
  const { ports, closedPort } = ready.oneHost;
  const required = ONE_HOST_SERVICES.map((service) => `      - { service: ${service}, port: ${ports[service]} }`).join('\n');
  return `version: 1\nhosts:\n  - host: ${HOST}\n    require:\n${required}\n    forbid:\n      - { service: pop3, port: ${closedPort} }\n`;
}

function endpointsOf(ready: FixtureReady): Endpoint[] {
  const settings = { tls: { minVersion: '1.2' as const }, certificate: { verify: true, minDaysLeft: 21 }, timeoutMs: 10_000, addresses: 'all' as const };
  const location = { file: 'policy.yml', line: 1, column: 1 };
  const required = ONE_HOST_SERVICES.map((service): Endpoint => ({ host: HOST, address: HOST, port: ready.oneHost.ports[service], service, expectation: 'require', location, settings }));
  return [...required, { host: HOST, address: HOST, port: ready.oneHost.closedPort, service: 'pop3', expectation: 'forbid', location, settings }];
}

/** The floor of one endpoint: reach TLS (or the HTTP answer, or the refusal), nothing more. */
function floorOf(endpoint: Endpoint, context: tls.SecureContext): Promise<boolean> {
  if (endpoint.expectation === 'forbid') return bareRefused(endpoint);
  if (endpoint.service === 'http') return bareHttp(endpoint);
  return SERVICES[endpoint.service].transport === 'starttls' ? bareStarttls(endpoint, context) : bareHandshake(endpoint, context);
}

async function floor(list: Endpoint[], context: tls.SecureContext): Promise<{ ms: number; ok: number }> {
  const started = performance.now();
  let ok = 0;
  await pool(list, PER_HOST, async (endpoint) => {
    if (await floorOf(endpoint, context)) ok += 1;
  });
  return { ms: performance.now() - started, ok };
}

async function hasSslscan(): Promise<boolean> {
  try {
    return (await run('sslscan', ['--version'])).code === 0;
  } catch {
    return false;
  }
}

/** sslscan saw the endpoint: TLS 1.3 enabled, and the certificate's subject shown. */
const sslscanSaw = (r: Ran): boolean => r.code === 0 && /TLSv1\.3\s+\S*enabled/.test(r.stdout) && /Subject:\s+127\.0\.0\.1/.test(r.stdout);

export async function oneHostRows(ready: FixtureReady): Promise<Row[]> {
  const dir = await mkdtemp(join(os.tmpdir(), 'mtg-bench-one-host-'));
  try {
    const policy = join(dir, 'policy.yml');
    const caFile = join(dir, 'ca.pem');
    await writeFile(policy, policyText(ready));
    await writeFile(caFile, ready.ca);
    const list = endpointsOf(ready);
    const context = tls.createSecureContext({ ca: [...tls.rootCertificates, ready.ca] });
    const checkArgs = [CLI, 'check', policy, '--ca-file', caFile, '--format', 'json'];

    const env = childEnvironment();
    const rows: Row[] = [];
    const checkMsOf: { label: string; ms: number; wideMs: number }[] = [];
    for (const node of runtimes()) {
      // Warm-up (page cache, fixture code paths, node 24's compile cache), not measured.
      await run(node.path, checkArgs, env);
      await floor(list, context);

      const checks: Ran[] = [];
      const starts: number[] = [];
      const floors: { ms: number; ok: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        starts.push((await run(node.path, ['-e', ''], env)).ms);
        floors.push(await floor(list, context));
        checks.push(await run(node.path, checkArgs, env));
      }
      const checkMs = median(checks.map((c) => c.ms));
      const startMs = median(starts);
      const floorMs = median(floors.map((f) => f.ms));
      const clean = (c: Ran): boolean => {
        if (c.code !== 0) return false;
        const report = JSON.parse(c.stdout) as { summary: { result: string; endpoints: number }; findings: unknown[] };
        return report.summary.result === 'pass' && report.summary.endpoints === list.length && report.findings.length === 0;
      };
      const passed = checks.filter(clean).length;
      // The report's durationMs runs from reading the policy to the report's last finding: the
      // rest of the wall time is node's start, loading the bundle, printing and exiting.
      // Over the runs that printed a report: a NaN among the figures would leave sort()'s order,
      // and so the median, undefined ('none' where no run did).
      const runMs = median(checks.filter((c) => c.code === 0).map((c) => (JSON.parse(c.stdout) as { durationMs: number }).durationMs));
      const ratio = checkMs / (startMs + floorMs);
      // For reference beside sslscan all at once (nine processes, no per-host limit): the same
      // check with every endpoint of the host probed at once.
      const wide: Ran[] = [];
      for (let i = 0; i < RUNS; i++) wide.push(await run(node.path, [...checkArgs, '--per-host', String(list.length)], env));
      const wideMs = median(wide.map((c) => c.ms));
      checkMsOf.push({ label: node.label, ms: checkMs, wideMs });
      rows.push(
        { measure: `(i) one host, whole policy: ${list.length} endpoints, built CLI, per-host ${PER_HOST}, ${node.label}`, value: milliseconds(checkMs), target: '', verdict: '' },
        { measure: `    runs (median of ${RUNS})`, value: checks.map((c) => Math.round(c.ms)).join(' / ') + ' ms', target: '', verdict: '' },
        { measure: '    runs that passed with every endpoint and no finding', value: `${passed}/${RUNS}`, target: `${RUNS}/${RUNS}`, verdict: within(passed === RUNS) },
        { measure: '    of which the check itself (report durationMs: policy, probes, judging)', value: milliseconds(runMs), target: '', verdict: '' },
        { measure: '    of which start, loading, printing and exit (the rest)', value: milliseconds(checkMs - runMs), target: '', verdict: '' },
        { measure: '    process start (node -e "")', value: milliseconds(startMs), target: '', verdict: '' },
        { measure: `    floor: the same endpoints, ${PER_HOST} at a time`, value: milliseconds(floorMs), target: '', verdict: '' },
        { measure: '    ratio check / (start + floor)', value: ratio.toFixed(2), target: `<= ${RATIO_TARGET.toFixed(1)}`, verdict: within(ratio <= RATIO_TARGET) },
        { measure: `    the same check with --per-host ${list.length} (every endpoint at once), runs that passed`, value: `${milliseconds(wideMs)}, ${wide.filter(clean).length}/${RUNS}`, target: '(for reference)', verdict: '' },
      );
    }

    if (!(await hasSslscan())) {
      rows.push({ measure: '    sslscan', value: 'not installed', target: 'bench/setup.sh', verdict: 'over' });
      return rows;
    }
    const scanned = (Object.keys(SSLSCAN_STARTTLS) as OneHostService[]).map((service) => {
      const starttls = SSLSCAN_STARTTLS[service];
      return [...SSLSCAN_ONLY_PROTOCOLS, ...(starttls ? [starttls] : []), `${HOST}:${ready.oneHost.ports[service]}`];
    });
    await Promise.all(scanned.map((args) => run('sslscan', args)));
    const inTurn: number[] = [];
    const atOnce: number[] = [];
    let seen = 0;
    for (let i = 0; i < RUNS; i++) {
      let started = performance.now();
      for (const args of scanned) if (sslscanSaw(await run('sslscan', args))) seen += 1;
      inTurn.push(performance.now() - started);
      started = performance.now();
      for (const r of await Promise.all(scanned.map((args) => run('sslscan', args)))) if (sslscanSaw(r)) seen += 1;
      atOnce.push(performance.now() - started);
    }
    const atOnceMs = median(atOnce);
    rows.push(
      { measure: `    sslscan (protocols, certificate) on ${scanned.length} of them, one after another`, value: milliseconds(median(inTurn)), target: '', verdict: '' },
      { measure: '    sslscan, all at once', value: milliseconds(atOnceMs), target: '', verdict: '' },
      { measure: '    sslscan runs that saw TLS 1.3 and the certificate', value: `${seen}/${2 * RUNS * scanned.length}`, target: `${2 * RUNS * scanned.length}/${2 * RUNS * scanned.length}`, verdict: within(seen === 2 * RUNS * scanned.length) },
      ...checkMsOf.flatMap(({ label, ms, wideMs }): Row[] => [
        { measure: `    ratio gate whole check (${label}) / sslscan all at once`, value: (ms / atOnceMs).toFixed(2), target: '<= 1.0', verdict: within(ms <= atOnceMs) },
        { measure: `    ratio gate with every endpoint at once (${label}) / sslscan all at once`, value: (wideMs / atOnceMs).toFixed(2), target: '(for reference)', verdict: '' },
      ]),
    );
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
