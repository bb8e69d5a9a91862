// Property-based fuzzing. Bounded runs here, inside `npm test`; `npm run fuzz` runs the same
// properties with FUZZ_RUNS runs each (default 2000). A failure prints fast-check's seed and
// shrunk counterexample: replay it with FUZZ_SEED and FUZZ_PATH.
import { X509Certificate, webcrypto } from 'node:crypto';
import net from 'node:net';
import fc from 'fast-check';
import { startReplay } from '../support/hostile-servers.js';
import { buildPlan } from '../../src/plan/plan.js';
import { parsePolicy } from '../../src/policy/load.js';
import type { PolicyProblem } from '../../src/policy/types.js';
import { formatIpOctets, ipOctets } from '../../src/common/ip-literals.js';
import { describeCertificate, dnsIdMatches, hostMatchesNames, signatureAlgorithmName } from '../../src/probe/certificate.js';
import { CertificateParseError, certificateFields, subjectAltNames } from '../../src/probe/x509-fields.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import { ServerHelloReader, type HelloAnswer } from '../../src/probe/client-hello.js';
import { judge } from '../../src/rules/judge.js';
import { RULE_IDS } from '../../src/rules/types.js';
import {
  applyEdit,
  breakage,
  type CertificateSpec,
  certificateSpec,
  render,
  rendering,
  replyScript,
  runs,
  textEdit,
  validPolicy,
} from './arbitraries.js';
import { PROBE, deadlineBound, mustParse, policyText, loopbackOnly } from './helpers.js';
import { seedPropertiesForRepeatableRuns } from '../support/fast-check-seed.js';

seedPropertiesForRepeatableRuns();

/** fast-check parameters: the run count, and a seed and path to replay a failure. */
function params(bounded: number): fc.Parameters<unknown> {
  const seed = Number(process.env['FUZZ_SEED']);
  return {
    numRuns: runs(bounded),
    ...(Number.isInteger(seed) ? { seed, path: process.env['FUZZ_PATH'] } : {}),
  };
}

/** Jest's patience for a property: its runs at `perRunMs` each, and never under 30 s. */
function patience(bounded: number, perRunMs: number): number {
  return Math.max(30_000, runs(bounded) * perRunMs + 10_000);
}

function expectLocated(problems: PolicyProblem[], text: string): void {
  expect(problems.length).toBeGreaterThan(0);
  const lines = text.split('\n').length;
  for (const problem of problems) {
    expect(problem.location.line).toBeGreaterThanOrEqual(1);
    expect(problem.location.line).toBeLessThanOrEqual(lines + 1);
    expect(problem.location.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.trim().length).toBeGreaterThan(0);
    // The loader's last resort means an exception escaped its guards.
    expect(problem.message).not.toContain('could not be read because');
  }
}

const TEST_NET = ['192.0.2.10', '2001:db8::10'];

describe('policies', () => {
  test(
    'every policy the grammar allows loads, and plans every host × service × address it names',
    async () => {
      await fc.assert(
        fc.asyncProperty(validPolicy, rendering, async (generated, style) => {
          const text = render(generated.value, style);
          const loaded = parsePolicy(text, 'fuzz.yml');
          if (!loaded.ok) throw new Error(`rejected:\n${text}\n${JSON.stringify(loaded.problems, null, 1)}`);
          expect(loaded.policy.hosts).toHaveLength(generated.hosts.length);
          const asked: string[] = [];
          const plan = await buildPlan(loaded.policy, async (name) => {
            asked.push(name);
            return TEST_NET;
          });
          const expected = loaded.policy.hosts.reduce((sum, host, i) => {
            const perAddress = generated.hosts[i]!.endpoints;
            const addresses = net.isIP(host.host) ? 1 : host.addresses === 'first' ? 1 : TEST_NET.length;
            return sum + perAddress * addresses;
          }, 0);
          expect(plan.endpoints).toHaveLength(expected);
          const lines = text.split('\n').length;
          for (const endpoint of plan.endpoints) {
            // Only literal addresses are ever planned: the resolver's, or the policy's own literal.
            expect(net.isIP(endpoint.address ?? '')).not.toBe(0);
            if (!net.isIP(endpoint.host)) expect(TEST_NET).toContain(endpoint.address);
            expect(endpoint.location.line).toBeGreaterThanOrEqual(1);
            expect(endpoint.location.line).toBeLessThanOrEqual(lines);
          }
          // IP literals are never looked up; names once each.
          expect(asked.every((name) => net.isIP(name) === 0)).toBe(true);
          expect(new Set(asked).size).toBe(asked.length);
        }),
        params(40),
      );
    },
    patience(40, 50),
  );

  test(
    'a policy broken on purpose is refused with every problem located, never thrown',
    () => {
      fc.assert(
        fc.property(validPolicy, breakage, (generated, broken) => {
          const text = broken.apply(generated.value, render(generated.value, { indent: 2, flowLevel: -1, comment: false }));
          const loaded = parsePolicy(text, 'fuzz.yml');
          if (loaded.ok) throw new Error(`accepted after "${broken.kind}":\n${text}`);
          expectLocated(loaded.problems, text);
        }),
        params(60),
      );
    },
    patience(60, 50),
  );

  test(
    'random edits to a good policy never throw; what is refused is located, what is accepted plans',
    async () => {
      await fc.assert(
        fc.asyncProperty(validPolicy, rendering, fc.array(textEdit, { minLength: 1, maxLength: 3 }), async (generated, style, edits) => {
          const text = edits.reduce(applyEdit, render(generated.value, style));
          const loaded = parsePolicy(text, 'fuzz.yml');
          if (!loaded.ok) return expectLocated(loaded.problems, text);
          const plan = await buildPlan(loaded.policy, async () => TEST_NET);
          for (const endpoint of plan.endpoints) expect(net.isIP(endpoint.address ?? '')).not.toBe(0);
        }),
        params(60),
      );
    },
    patience(60, 50),
  );
});

describe('random bytes as server replies', () => {
  const TIMEOUT_MS = 150;
  // Six connections of up to seven steps each, the quit and injection waits included.
  const BOUND_MS = deadlineBound(TIMEOUT_MS, 6 * 7);

  test.each(['smtp', 'imap', 'pop3', 'managesieve', 'imaps'] as const)(
    '%s: the probe always returns facts, never throws, never outlives its bound',
    async (service) => {
      await fc.assert(
        fc.asyncProperty(replyScript, async (script) => {
          const server = await startReplay(script.chunks, script.then);
          try {
            const policy = mustParse(policyText([{ service, port: server.port }], `${TIMEOUT_MS}ms`));
            const [endpoint] = (await buildPlan(policy, loopbackOnly)).endpoints;
            let timer: NodeJS.Timeout | undefined;
            const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), BOUND_MS)));
            const facts = await Promise.race([probeEndpoint(endpoint!, PROBE), hung]);
            clearTimeout(timer);
            if (facts === 'hung') throw new Error(`the probe was still running after ${BOUND_MS} ms`);
            expect(facts).toMatchObject({ host: endpoint!.host, address: '127.0.0.1', port: server.port, service });
            expect(facts.reachable).toBe(true);
            // The count is the server's: every connection the probe opened, it reported.
            expect(facts.connections).toBeGreaterThanOrEqual(1);
            expect(facts.connections).toBe(server.accepted);
            if (facts.error) expect(facts.error.message.length).toBeGreaterThan(0);
            // Judging whatever came back is just as safe.
            const findings = judge(policy, [{ endpoint: endpoint!, facts }], new Date());
            for (const finding of findings) expect(RULE_IDS).toContain(finding.rule);
          } finally {
            await server.close();
          }
        }),
        params(4),
      );
    },
    patience(4, BOUND_MS),
  );
});

describe('random bytes as the answer to a ClientHello', () => {
  /** Feeds `bytes` to a fresh reader in the given cut points; the first answer, or null. */
  function readInChunks(bytes: Uint8Array, cuts: number[]): HelloAnswer | null {
    const reader = new ServerHelloReader();
    const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    let from = 0;
    for (const to of [...points, bytes.length]) {
      if (to <= from) continue;
      const answer = reader.push(Buffer.from(bytes.subarray(from, to)));
      if (answer) return answer;
      from = to;
    }
    return null;
  }

  const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
  /** A TLS record around `body`, with a type and version that may or may not be sane. */
  const record = fc
    .tuple(fc.constantFrom(20, 21, 22, 23, 24, 0x48), fc.constantFrom(0x0301, 0x0303, 0x0300, 0x0200), fc.uint8Array({ maxLength: 300 }))
    .map(([type, version, body]) => Uint8Array.from([type, ...u16(version), ...u16(body.length), ...body]));
  /** A ServerHello with random extensions, one of them perhaps supported_versions. */
  const serverHello = fc
    .tuple(
      fc.constantFrom(0x0300, 0x0301, 0x0302, 0x0303, 0x7f1c),
      fc.integer({ min: 0, max: 40 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 20 })), { maxLength: 5 }),
      fc.option(fc.constantFrom(0x0303, 0x0304, 0x0302), { nil: undefined }),
    )
    .map(([legacy, sessionIdLength, extensions, selected]) => {
      const ext = extensions.filter(([type]) => type !== 43).flatMap(([type, data]) => [...u16(type), ...u16(data.length), ...data]);
      if (selected !== undefined) ext.push(0, 43, 0, 2, ...u16(selected));
      const body = [...u16(legacy), ...new Array(32).fill(9), sessionIdLength, ...new Array(sessionIdLength).fill(1), 0x13, 0x01, 0, ...u16(ext.length), ...ext];
      const message = [2, 0, ...u16(body.length), ...body];
      return { bytes: Uint8Array.from([22, 3, 3, ...u16(message.length), ...message]), legacy, sessionIdLength, selected };
    });

  test('any bytes, cut anywhere: never a throw, and the same answer however they arrive', () => {
    // Short garbage, a few records of any kind, or thousands of warnings before a ServerHello:
    // enough to cross the reader's byte cap, where chunking must not matter either.
    const warningsThenHello = fc
      .tuple(fc.integer({ min: 0, max: 8000 }), serverHello)
      .map(([n, hello]) => Uint8Array.from([...Buffer.alloc(n * 7, Buffer.from([21, 3, 3, 0, 2, 1, 112])), ...hello.bytes]));
    const stream = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.array(record, { maxLength: 6 }).map((rs) => Uint8Array.from(rs.flatMap((r) => [...r]))),
      warningsThenHello,
    );
    fc.assert(
      fc.property(stream, fc.array(fc.nat({ max: 60_000 }), { maxLength: 12 }), (bytes, cuts) => {
        const whole = readInChunks(bytes, []);
        expect(readInChunks(bytes, cuts)).toEqual(whole);
        if (whole?.kind === 'server-hello') expect(whole.version === null || typeof whole.version === 'string').toBe(true);
      }),
      params(300),
    );
  });

  test('a well-formed ServerHello names the version it selects (supported_versions over the legacy field)', () => {
    const names: Record<number, string> = { 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2', 0x0304: 'TLSv1.3' };
    fc.assert(
      fc.property(serverHello, fc.array(fc.nat(), { maxLength: 8 }), ({ bytes, legacy, sessionIdLength, selected }, cuts) => {
        const answer = readInChunks(bytes, cuts);
        if (sessionIdLength > 32) return expect(answer).toMatchObject({ kind: 'not-tls' });
        expect(answer).toEqual({ kind: 'server-hello', version: names[selected ?? legacy] ?? null, cipherSuite: 0x1301 });
      }),
      params(300),
    );
  });

  test('bytes that never make a ServerHello are given up on within a bounded amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16384 }), (size) => {
        // A ServerHello header that promises `size` bytes, then filler records that never finish it.
        const reader = new ServerHelloReader();
        let answer = reader.push(Buffer.from([22, 3, 3, 0, 4, 2, 0, (size >> 8) & 0xff, size & 0xff]));
        let fed = 9;
        const filler = Buffer.from([22, 3, 3, 0x3f, 0xff, ...new Array(0x3fff).fill(0)]);
        while (!answer && fed < 200_000) {
          answer = reader.push(filler);
          fed += filler.length;
        }
        expect(answer).not.toBeNull();
        expect(fed).toBeLessThanOrEqual(2 * (16384 + 2048 + 5) + filler.length);
      }),
      params(50),
    );
  });
});

describe('certificate names', () => {
  const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.domain(), fc.ipV4(), fc.ipV6());
  const ipBytes = fc.oneof(fc.uint8Array({ minLength: 4, maxLength: 4 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ maxLength: 33 }));

  test('random SAN, CN and host strings never throw, and give a plain yes or no', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.record({ present: fc.boolean(), dns: fc.array(anyText, { maxLength: 5 }), ip: fc.array(ipBytes, { maxLength: 4 }) }),
        fc.option(anyText, { nil: null }),
        (host, san, commonName) => {
          expect(typeof hostMatchesNames(host, { san, commonName })).toBe('boolean');
          for (const pattern of [...san.dns, commonName ?? '']) expect(typeof dnsIdMatches(host, pattern)).toBe('boolean');
        },
      ),
      params(200),
    );
  });

  test('a DNS name matches itself in any case; a wildcard stands for exactly one left-most label, never on two labels', () => {
    fc.assert(
      fc.property(fc.domain(), fc.domain(), (name, other) => {
        expect(dnsIdMatches(name, name.toUpperCase())).toBe(true);
        expect(dnsIdMatches(`${name}.`, name)).toBe(true);
        const labels = name.split('.');
        const wildcard = `*.${labels.slice(1).join('.')}`;
        expect(dnsIdMatches(name, wildcard)).toBe(labels.length >= 3);
        expect(dnsIdMatches(`x.${name}`, `*.${name}`)).toBe(name.split('.').length >= 2);
        expect(dnsIdMatches(`x.y.${name}`, `*.${name}`)).toBe(false);
        // A pattern never matches a name it does not spell out, wildcard aside.
        if (name.toLowerCase() !== other.toLowerCase()) expect(dnsIdMatches(name, other)).toBe(false);
      }),
      params(200),
    );
  });

  test('an IP host matches only an iPAddress SAN with its octets, never DNS text or the CN', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => {
        const octets = ipOctets(ip);
        expect(octets).not.toBeNull();
        expect(hostMatchesNames(ip, { san: { present: true, dns: [ip, formatIpOctets(octets!)], ip: [] }, commonName: ip })).toBe(false);
        expect(hostMatchesNames(ip, { san: { present: false, dns: [], ip: [] }, commonName: ip })).toBe(false);
        expect(hostMatchesNames(ip, { san: { present: true, dns: [], ip: [octets!] }, commonName: null })).toBe(true);
      }),
      params(200),
    );
  });
});


describe('random certificates', () => {
  type X509Lib = typeof import('@peculiar/x509');
  interface Key {
    pair: webcrypto.CryptoKeyPair;
    type: 'rsa' | 'ec';
    bits: number;
  }
  let x509: X509Lib;
  const keys: Key[] = [];

  // Key generation is the slow part: three keys, made once, certify and sign every certificate.
  beforeAll(async () => {
    await import('reflect-metadata');
    x509 = await import('@peculiar/x509');
    x509.cryptoProvider.set(webcrypto as never);
    const subtle = webcrypto.subtle;
    const rsa = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
    const made = await Promise.all([
      subtle.generateKey(rsa, true, ['sign', 'verify']),
      subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']),
      subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']),
    ]);
    keys.push(
      { pair: made[0] as webcrypto.CryptoKeyPair, type: 'rsa', bits: 2048 },
      { pair: made[1] as webcrypto.CryptoKeyPair, type: 'ec', bits: 256 },
      { pair: made[2] as webcrypto.CryptoKeyPair, type: 'ec', bits: 384 },
    );
  }, 60_000);

  /** The DER the spec describes, and the signature algorithm it was signed with. */
  async function issue(spec: CertificateSpec): Promise<{ der: Uint8Array; signature: string }> {
    const key = keys[spec.key % keys.length]!;
    const signer = keys[spec.signer % keys.length]!;
    const name = (rdns: CertificateSpec['subject']) =>
      rdns.map(({ type, value, utf8 }) => ({ [type]: [utf8 ? { utf8String: value } : { printableString: value }] }));
    const hash = signer.type === 'rsa' ? 'SHA-256' : spec.hash;
    const extensions: InstanceType<X509Lib['Extension']>[] = [];
    // The generator takes IPv6 in plain hex groups only (not with an embedded IPv4 tail).
    const san = spec.san?.map((e) => (e.type === 'ip' ? { ...e, value: formatIpOctets(ipOctets(e.value)!) } : e));
    if (san) extensions.push(new x509.SubjectAlternativeNameExtension(san, false));
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: '01',
      // The library's name typings only admit string values; object values are what it encodes as given.
      subject: name(spec.subject) as never,
      issuer: name(spec.issuer) as never,
      notBefore: spec.notBefore,
      notAfter: spec.notAfter,
      publicKey: key.pair.publicKey,
      signingKey: signer.pair.privateKey,
      signingAlgorithm: signer.type === 'rsa' ? { name: 'RSASSA-PKCS1-v1_5', hash } : { name: 'ECDSA', hash },
      extensions,
    });
    const signature = signer.type === 'rsa' ? 'sha256WithRSAEncryption' : `ecdsa-with-${hash.replace('-', '')}`;
    return { der: new Uint8Array(cert.rawData), signature };
  }

  /** Only the typed parse error may come out of the field readers. */
  function typedOnly<T>(read: () => T): T | CertificateParseError {
    try {
      return read();
    } catch (err) {
      if (err instanceof CertificateParseError) return err;
      throw err;
    }
  }

  const wholeSeconds = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();

  test(
    'random subjects, issuers, validity, SANs and keys: the fields read back exactly, and the facts are sane',
    async () => {
      await fc.assert(
        fc.asyncProperty(certificateSpec, async (spec) => {
          const { der, signature } = await issue(spec);
          const fields = certificateFields(der);
          expect(fields.signatureOid).not.toBeInstanceOf(CertificateParseError);
          expect(signatureAlgorithmName(der)).toBe(signature);
          const san = typedOnly(() => subjectAltNames(der));
          if (san instanceof CertificateParseError) throw san;
          expect(san.present).toBe(spec.san !== null);
          const given = spec.san ?? [];
          // dNSName is an IA5String: ASCII reads back exactly, anything else only as some string.
          const dns = given.filter((e) => e.type === 'dns').map((e) => e.value);
          expect(san.dns).toHaveLength(dns.length);
          san.dns.forEach((name, i) => (/^[\x00-\x7f]*$/.test(dns[i]!) ? expect(name).toBe(dns[i]) : expect(typeof name).toBe('string')));
          expect(san.ip.map((ip) => Buffer.from(ip).toString('hex'))).toEqual(
            given.filter((e) => e.type === 'ip').map((e) => Buffer.from(ipOctets(e.value)!).toString('hex')),
          );

          const now = new Date();
          const facts = describeCertificate(
            new X509Certificate(der),
            [],
            { host: spec.host, now, extraCa: [] },
            { authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
          );
          expect(Number.isInteger(facts.daysLeft)).toBe(true);
          expect(facts.notBefore).toBe(wholeSeconds(spec.notBefore));
          expect(facts.notAfter).toBe(wholeSeconds(spec.notAfter));
          expect(facts.daysLeft).toBe(Math.floor((Math.floor(spec.notAfter.getTime() / 1000) * 1000 - now.getTime()) / 86_400_000));
          for (const entry of facts.san) {
            expect(typeof entry).toBe('string');
            expect(entry).toMatch(/^(DNS|IP):/);
          }
          expect(facts.san).toHaveLength(san.dns.length + san.ip.length);
          for (const name of [facts.subject, facts.issuer]) {
            expect(typeof name).toBe('string');
            // One line each, whatever the peer put in its names.
            expect(name).not.toMatch(/[\r\n]/);
          }
          expect(facts.keyType).toBe(keys[spec.key % keys.length]!.type);
          expect(facts.keyBits).toBe(keys[spec.key % keys.length]!.bits);
          expect(facts.signature).toBe(signature);
          expect(typeof facts.nameMatch).toBe('boolean');
          // With a SAN extension the CN is never consulted, so the names read here decide alone.
          if (spec.san !== null) expect(facts.nameMatch).toBe(hostMatchesNames(spec.host, { san, commonName: null }));
          expect(facts.trusted).toBe(false);
          expect(facts.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
        }),
        params(60),
      );
    },
    patience(60, 100),
  );

  // node's X509Certificate gives `undefined` for an empty subject or issuer (legal when the
  // names are in the SAN alone): describing such a certificate must still give facts.
  test('an empty subject or issuer describes without a throw', async () => {
    for (const [subject, issuer] of [
      [[], []],
      [[], [{ type: 'CN', value: 'issuer', utf8: true }]],
      [[{ type: 'CN', value: 'subject', utf8: true }], []],
    ] as const) {
      const { der } = await issue({
        subject: [...subject],
        issuer: [...issuer],
        notBefore: new Date(Date.now() - 86_400_000),
        notAfter: new Date(Date.now() + 86_400_000),
        san: null,
        key: 1,
        signer: 1,
        hash: 'SHA-256',
        host: 'subject',
      });
      expect(certificateFields(der).signatureOid).toBe('1.2.840.10045.4.3.2');
      const facts = describeCertificate(new X509Certificate(der), [], { host: 'subject', now: new Date(), extraCa: [] }, { authorized: false, authorizationError: 'UNSPECIFIED' });
      expect(typeof facts.subject).toBe('string');
      expect(typeof facts.issuer).toBe('string');
    }
  });

  test(
    'a random certificate with bytes flipped, cut or appended: the readers give fields or the typed error, never another throw',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          certificateSpec,
          fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }),
          fc.option(fc.nat(), { nil: null }),
          fc.uint8Array({ maxLength: 8 }),
          async (spec, flips, cut, tail) => {
            const { der: good } = await issue(spec);
            const bytes = Uint8Array.from(good);
            for (const { at, byte } of flips) bytes[at % bytes.length] = byte;
            const der = Uint8Array.from([...bytes.subarray(0, cut === null ? bytes.length : cut % bytes.length), ...tail]);
            const fields = certificateFields(der);
            for (const field of [fields.signatureOid, fields.san]) {
              if (field instanceof CertificateParseError) expect(field.message.length).toBeGreaterThan(0);
            }
            expect(typeof signatureAlgorithmName(der)).toBe('string');
            const san = typedOnly(() => subjectAltNames(der));
            if (!(san instanceof CertificateParseError)) {
              for (const name of san.dns) expect(typeof name).toBe('string');
              for (const ip of san.ip) expect(ip).toBeInstanceOf(Uint8Array);
              expect(typeof hostMatchesNames(spec.host, { san, commonName: null })).toBe('boolean');
            }
            // Whatever node still accepts as a certificate must describe without a throw.
            let x509: X509Certificate | null = null;
            try {
              x509 = new X509Certificate(der);
            } catch {
              x509 = null;
            }
            if (x509 !== null) {
              const facts = describeCertificate(x509, [], { host: spec.host, now: new Date(), extraCa: [] }, { authorized: false, authorizationError: 'UNSPECIFIED' });
              expect(Number.isNaN(Date.parse(facts.notAfter))).toBe(false);
            }
          },
        ),
        params(60),
      );
    },
    patience(60, 100),
  );
});
