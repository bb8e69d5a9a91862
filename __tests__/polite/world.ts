// Shared by the polite-probing tests: loopback mail servers that count what they accept, a policy
// naming them, and a check run over them in process.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import type { MailServer } from '../../src/demo/mail-servers.js';
import type { ServiceName } from '../../src/policy/services.js';
import type { FailOn } from '../../src/rules/judge.js';
import { check, type CheckOutcome } from '../../src/run.js';

// Every report these tests produce must still be a valid report: busy and over-budget facts are
// the ones most likely to carry fields the schema does not know yet.
const validateReport = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(new URL('../../policies/report.schema.json', import.meta.url), 'utf8')),
);

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
export async function workspace(services: [ServiceName, number][], timeout = '2s', extra = ''): Promise<Workspace> {
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
  if (!validateReport(JSON.parse(JSON.stringify(outcome.report)))) {
    throw new Error(`the report does not match policies/report.schema.json: ${JSON.stringify(validateReport.errors)}`);
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
