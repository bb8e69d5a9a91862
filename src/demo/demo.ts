// `mail-tls-gate demo`: the whole job on built-in loopback servers. A well-run host and a badly
// run one, an embedded policy naming both, a real check over the network, and the findings as a
// user sees them. It exits 0 when the check found exactly what the demo was built to show.
import { mkdtemp, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolveAll } from '../resolve/addresses.js';
import { formatText, shouldUseColor } from '../report/text.js';
import { check } from '../run.js';
import type { Finding } from '../rules/types.js';
import { createFixtureCertificates } from './certificates.js';
import { startHttpServer } from './http-servers.js';
import { startMailFixture, startMailServer } from './mail-servers.js';
import { startTlsServer } from './tls-server.js';
import { closeDestroyingAll, listenOnLoopback } from './loopback.js';

export const GOOD_HOST = 'mail.good.demo.test';
export const BAD_HOST = 'mail.bad.demo.test';

interface Closable {
  port: number;
  close(): Promise<void>;
}

export interface DemoWorld {
  /** The demo policy, with the ports the servers got. */
  policyText: string;
  /** PEM of the demo's root CA (pass as ca-file). */
  caPem: string;
  /** The demo host names all live on 127.0.0.1. */
  resolveAll: ResolveAll;
  /** For each host, the rule ids a check must find (and no others). */
  expected: Record<string, string[]>;
  close(): Promise<void>;
}

/** A port nothing listens on: bound, noted, released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  const { port } = await listenOnLoopback(server);
  await closeDestroyingAll(server, []);
  return port;
}

export async function startDemoWorld(): Promise<DemoWorld> {
  const certs = await createFixtureCertificates();
  const good = await certs.good([GOOD_HOST]);
  const servers: Closable[] = [];
  const keep = <T extends Closable>(s: T): T => (servers.push(s), s);

  try {
    const g = {
      smtp: keep(await startMailFixture('smtp', 'good', good)),
      submission: keep(await startMailFixture('smtp', 'good', good)),
      submissions: keep(await startMailFixture('smtp', 'implicit-tls', good)),
      imaps: keep(await startMailFixture('imap', 'implicit-tls', good)),
      pop3s: keep(await startMailFixture('pop3', 'implicit-tls', good)),
      managesieve: keep(await startMailFixture('managesieve', 'good', good)),
      https: keep(await startTlsServer({ pem: good })),
      http: keep(await startHttpServer('redirect-https')),
      imap: await closedPort(),
      pop3: await closedPort(),
    };
    const b = {
      smtp: keep(await startMailFixture('smtp', 'plaintext', good)),
      submission: keep(await startMailServer({ protocol: 'smtp', pem: await certs.good([BAD_HOST]), authBeforeTls: true, injection: 'vulnerable' })),
      submissions: keep(await startMailServer({ protocol: 'smtp', pem: await certs.good([BAD_HOST]), implicitTls: true, minVersion: 'TLSv1' })),
      imaps: keep(await startMailServer({ protocol: 'imap', pem: await certs.expired([BAD_HOST]), implicitTls: true })),
      pop3s: keep(await startMailServer({ protocol: 'pop3', pem: await certs.selfSigned([BAD_HOST]), implicitTls: true })),
      https: keep(await startTlsServer({ pem: await certs.good(['webmail.elsewhere.demo.test']) })),
      http: keep(await startHttpServer('ok')),
      imap: keep(await startMailFixture('imap', 'plaintext', good)),
      pop3: keep(await startMailFixture('pop3', 'plaintext', good)),
      managesieve: keep(await startMailFixture('managesieve', 'starttls-refused', good)),
    };

    const policyText = `# The demo policy: one well-run mail host and one that breaks most rules.
version: 1
defaults:
  tls: { min-version: "1.2" }
  certificate: { verify: true, min-days-left: 21 }
  timeout: 5s
hosts:
  - host: ${GOOD_HOST}
    require:
      - { service: smtp, port: ${g.smtp.port} }
      - { service: submission, port: ${g.submission.port} }
      - { service: submissions, port: ${g.submissions.port} }
      - { service: imaps, port: ${g.imaps.port} }
      - { service: pop3s, port: ${g.pop3s.port} }
      - { service: managesieve, port: ${g.managesieve.port} }
      - { service: https, port: ${g.https.port} }
      - { service: http, port: ${g.http.port} }
    forbid:
      - { service: imap, port: ${g.imap} }
      - { service: pop3, port: ${g.pop3} }
  - host: ${BAD_HOST}
    require:
      - { service: smtp, port: ${b.smtp.port} }
      - { service: submission, port: ${b.submission.port} }
      - { service: submissions, port: ${b.submissions.port} }
      - { service: imaps, port: ${b.imaps.port} }
      - { service: pop3s, port: ${b.pop3s.port} }
      - { service: https, port: ${b.https.port} }
      - { service: http, port: ${b.http.port} }
      - { service: pop3, port: ${b.pop3.port} }
      - { service: managesieve, port: ${b.managesieve.port} }
    forbid:
      - { service: imap, port: ${b.imap.port} }
`;
    return {
      policyText,
      caPem: certs.ca.cert,
      resolveAll: async (name) => {
        if (name === GOOD_HOST || name === BAD_HOST) return ['127.0.0.1'];
        throw Object.assign(new Error(`${name} is not a demo host`), { code: 'ENOTFOUND' });
      },
      expected: {
        [GOOD_HOST]: [],
        [BAD_HOST]: [
          'certificate-expired',
          'certificate-name-mismatch',
          'certificate-untrusted',
          'forbidden-service-reachable',
          'http-not-redirected',
          'plaintext-auth-offered',
          'starttls-command-injection',
          'starttls-failed',
          'starttls-not-offered',
          'tls-version-legacy',
        ],
      },
      close: () => Promise.all(servers.map((s) => s.close())).then(() => undefined),
    };
  } catch (err) {
    await Promise.all(servers.map((s) => s.close()));
    throw err;
  }
}

/** Rule ids found per host, unwaived, sorted and unique. */
export function rulesByHost(findings: Finding[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const f of findings) if (!f.waived) (out[f.host] ??= new Set()).add(f.rule);
  return Object.fromEntries(Object.entries(out).map(([h, s]) => [h, [...s].sort()]));
}

export async function runDemo(): Promise<number> {
  process.stderr.write('Starting demo mail servers on 127.0.0.1 (certificates made for this run)…\n');
  const world = await startDemoWorld();
  try {
    const dir = await mkdtemp(join(tmpdir(), 'mail-tls-gate-demo-'));
    const policyPath = join(dir, 'demo-policy.yml');
    const caFile = join(dir, 'demo-ca.pem');
    const reportPath = join(dir, 'report.json');
    const sarifPath = join(dir, 'report.sarif');
    await writeFile(policyPath, world.policyText);
    await writeFile(caFile, world.caPem);

    const outcome = await check({
      policyPath,
      policyName: 'demo-policy.yml',
      failOn: 'error',
      concurrency: 32,
      // Every demo host lives on 127.0.0.1, so the per-address politeness cap would serialise them.
      perHost: 32,
      caFile,
      reportPath,
      sarifPath,
      resolveAll: world.resolveAll,
    });
    if (outcome.kind === 'invalid') {
      process.stderr.write(`the demo policy is invalid (a bug): ${outcome.problems.map((p) => p.message).join('; ')}\n`);
      return 1;
    }
    process.stdout.write(formatText(outcome.report, { color: shouldUseColor(process.stdout, process.env) }));
    process.stdout.write(`\nPolicy:      ${policyPath}\nJSON report: ${reportPath}\nSARIF:       ${sarifPath}\n`);

    const found = rulesByHost(outcome.report.findings);
    const mismatches = Object.entries(world.expected).filter(
      ([host, rules]) => JSON.stringify(found[host] ?? []) !== JSON.stringify(rules),
    );
    if (mismatches.length > 0) {
      for (const [host, rules] of mismatches) {
        process.stderr.write(`demo: ${host}: expected [${rules.join(', ')}], found [${(found[host] ?? []).join(', ')}]\n`);
      }
      process.stderr.write('The demo did not run as designed.\n');
      return 1;
    }
    process.stdout.write(
      `\nThe demo ran as designed: ${GOOD_HOST} passes, and every finding on ${BAD_HOST} is one the demo was built to show.\n` +
        'On your own policy, this result would exit 1 and fail the workflow.\n' +
        // The demo's servers are all on loopback, which every runner reaches; what a runner with no
        // IPv6 route or a filtered port 25 shows instead is told here and in the docs.
        'From a runner that cannot reach a server at all (no IPv6 route, outbound port 25 filtered), the\n' +
        'servers are not blamed: such endpoints get runner-network-limited (a notice when another address\n' +
        'of the same host and port was tested, else a warning and exit 3); see docs/runner-network.md.\n',
    );
    return 0;
  } finally {
    await world.close();
  }
}
