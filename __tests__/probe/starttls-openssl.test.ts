// A second opinion from OpenSSL's own client: on the good fixtures, `openssl s_client
// -starttls …` must upgrade where we say STARTTLS works, and land on the version we record.
import { spawn, spawnSync } from 'node:child_process';
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { type MailProtocol, type MailServerOptions, startMailServer } from '../../src/demo/mail-servers.js';
import type { ServiceName } from '../../src/policy/services.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import { HOST, endpointFor } from './helpers.js';

// The cross-check is the point of this file: without openssl it fails, it does not skip.
const haveOpenssl = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
const maybe = (name: string, fn: () => Promise<void>, timeout?: number): void =>
  test(
    name,
    async () => {
      if (!haveOpenssl) throw new Error('openssl is not installed (apt-get install openssl): the independent cross-check cannot run');
      await fn();
    },
    timeout,
  );

/** Runs s_client with no input, so it upgrades, prints the session and leaves; at most 15 s. */
function sClient(starttls: string, port: number): Promise<{ protocol: string | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('openssl', ['s_client', '-starttls', starttls, '-connect', `127.0.0.1:${port}`, '-servername', HOST], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 15_000,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('latin1')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('latin1')));
    child.on('close', () => {
      // "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384"
      const m = /^New, (TLSv1(?:\.\d)?), Cipher is /m.exec(output);
      resolve({ protocol: m ? m[1]! : null, output });
    });
  });
}

const SERVICE: Record<MailProtocol, ServiceName> = { smtp: 'smtp', imap: 'imap', pop3: 'pop3', managesieve: 'managesieve' };
const STARTTLS_NAME: Record<MailProtocol, string> = { smtp: 'smtp', imap: 'imap', pop3: 'pop3', managesieve: 'sieve' };

let pem: Pem;
let ca: string;
beforeAll(async () => {
  const certs = await createFixtureCertificates();
  pem = await certs.good([HOST]);
  ca = certs.ca.cert;
});

const cases: [MailProtocol, Partial<MailServerOptions>][] = [
  ['smtp', {}],
  ['imap', {}],
  ['pop3', {}],
  ['managesieve', {}],
  ['smtp', { maxVersion: 'TLSv1.2' }],
  ['imap', { maxVersion: 'TLSv1.2' }],
];

describe.each(cases)('%s %j', (protocol, extra) => {
  maybe('openssl s_client agrees on STARTTLS and the negotiated version', async () => {
    const server = await startMailServer({ protocol, pem, ...extra });
    try {
      const ours = await probeEndpoint(endpointFor(SERVICE[protocol], server.port), { concurrency: 1, extraCa: [ca] });
      const theirs = await sClient(STARTTLS_NAME[protocol], server.port);
      expect(ours.error).toBeNull();
      expect(ours.plaintext?.starttls).toBe(true);
      expect(theirs.protocol).not.toBeNull();
      expect(ours.tls?.version).toBe(theirs.protocol);
      expect(ours.tls?.version).toBe(extra.maxVersion ?? 'TLSv1.3');
    } finally {
      await server.close();
    }
  });
});

maybe('where STARTTLS is refused, openssl gets no TLS session either', async () => {
  const server = await startMailServer({ protocol: 'smtp', pem, starttls: 'refuse' });
  try {
    const ours = await probeEndpoint(endpointFor('smtp', server.port), { concurrency: 1, extraCa: [ca] });
    const theirs = await sClient('smtp', server.port);
    expect(ours.error?.kind).toBe('starttls-refused');
    expect(theirs.protocol).toBeNull();
  } finally {
    await server.close();
  }
});
