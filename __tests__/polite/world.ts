// Shared by the polite-probing tests: loopback mail servers that count what they accept, a policy
// naming them, and a check run over them in process.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startMailServer, type MailServer, type MailServerOptions } from '../../src/demo/mail-servers.js';
import type { ServiceName } from '../../src/policy/services.js';
import type { FailOn } from '../../src/rules/judge.js';
import { check, type CheckOutcome } from '../../src/run.js';
import { reportSchemaErrors } from '../cli/built.js';

export const HOST = 'mx.polite.test';
export const HELO = 'gate.polite.example';

let certs: Promise<FixtureCertificates> | null = null;
export function certificates(): Promise<FixtureCertificates> {
  certs ??= createFixtureCertificates();
  return certs;
}

export interface Workspace {
  dir: string;
  policy: string;
  ca: string;
  remove(): Promise<void>;
}

/** A policy requiring each service on HOST at the given port, with a short step timeout. */
async function workspace(services: [ServiceName, number][], timeout = '2s', extra = ''): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'mtg-polite-'));
  const policy = join(dir, 'policy.yml');
  const ca = join(dir, 'ca.pem');
  await writeFile(
    policy,
    [
      'version: 1',
      'defaults:',
      `  timeout: ${timeout}`,
      'hosts:',
      `  - host: ${HOST}`,
      '    require:',
      ...services.map(([service, port]) => `      - { service: ${service}, port: ${port} }`),
      extra,
    ].join('\n'),
  );
  await writeFile(ca, (await certificates()).ca.cert);
  return { dir, policy, ca, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Servers and policy workspaces for the tests of one file, each closed and removed after the
 * test that made it.
 */
export function perTest(): {
  serve(options: MailServerOptions): Promise<MailServer>;
  policyFor(services: [ServiceName, number][], timeout?: string, extra?: string): Promise<Workspace>;
} {
  const servers: MailServer[] = [];
  const spaces: Workspace[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await Promise.all(spaces.splice(0).map((w) => w.remove()));
  });
  return {
    serve: async (options) => {
      const server = await startMailServer(options);
      servers.push(server);
      return server;
    },
    policyFor: async (services, timeout, extra) => {
      const ws = await workspace(services, timeout, extra);
      spaces.push(ws);
      return ws;
    },
  };
}

export async function runCheck(
  ws: Workspace,
  options: { failOn?: FailOn; perHost?: number; retryAfterMs?: number } = {},
): Promise<Extract<CheckOutcome, { kind: 'checked' }>> {
  const outcome = await check({
    policyPath: ws.policy,
    policyName: 'policy.yml',
    failOn: options.failOn ?? 'error',
    concurrency: 8,
    perHost: options.perHost ?? 2,
    retryAfterMs: options.retryAfterMs ?? 200,
    caFile: ws.ca,
    heloName: HELO,
    resolveAll: async (host) => {
      if (host !== HOST) throw Object.assign(new Error(`unexpected name ${host}`), { code: 'ENOTFOUND' });
      return ['127.0.0.1'];
    },
  });
  if (outcome.kind !== 'checked') throw new Error(`policy invalid: ${JSON.stringify(outcome.problems)}`);
  // Every report these tests produce must still be a valid report: busy and over-budget facts are
  // the ones most likely to carry fields the schema does not know yet.
  const schemaErrors = reportSchemaErrors(JSON.parse(JSON.stringify(outcome.report)));
  if (schemaErrors.length > 0) {
    throw new Error(`the report does not match policies/report.schema.json: ${JSON.stringify(schemaErrors)}`);
  }
  return outcome;
}

/**
 * Every session ends politely: with the protocol's goodbye (after the last tagged word for IMAP),
 * or, for a sweep handshake the server refused, right after its STARTTLS go-ahead.
 */
export function goodbyes(server: MailServer): string[] {
  return server.sessions
    .filter((s) => !s.turnedAway)
    .map((s) => {
      const last = s.commands[s.commands.length - 1] ?? '(nothing)';
      const words = last.split(' ');
      // IMAP commands carry a tag first.
      const verb = /^a\d+$/.test(words[0]!) ? words[1] : words[0];
      return (verb ?? '').toUpperCase();
    });
}
