// Property-based fuzzing. Bounded runs here, inside `npm test`; `npm run fuzz` runs the same
// properties with FUZZ_RUNS runs each (default 2000). A failure prints fast-check's seed and
// shrunk counterexample: replay it with FUZZ_SEED and FUZZ_PATH.
import net from 'node:net';
import fc from 'fast-check';
import { startReplay } from '../../src/demo/hostile-servers.js';
import { buildPlan } from '../../src/plan/plan.js';
import { parsePolicy } from '../../src/policy/load.js';
import type { PolicyProblem } from '../../src/policy/types.js';
import { dnsIdMatches, formatIp, hostMatchesNames, parseIp } from '../../src/probe/certificate.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import { judge } from '../../src/rules/judge.js';
import { RULE_IDS } from '../../src/rules/types.js';
import { applyEdit, breakage, render, rendering, replyScript, runs, textEdit, validPolicy } from './arbitraries.js';
import { PROBE, deadlineBound, mustParse, policyText, loopbackOnly } from './helpers.js';

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
            expect(facts.connections).toBeGreaterThanOrEqual(1);
            expect(facts.connections).toBeLessThanOrEqual(6);
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
        const octets = parseIp(ip);
        expect(octets).not.toBeNull();
        expect(hostMatchesNames(ip, { san: { present: true, dns: [ip, formatIp(octets!)], ip: [] }, commonName: ip })).toBe(false);
        expect(hostMatchesNames(ip, { san: { present: false, dns: [], ip: [] }, commonName: ip })).toBe(false);
        expect(hostMatchesNames(ip, { san: { present: true, dns: [], ip: [octets!] }, commonName: null })).toBe(true);
      }),
      params(200),
    );
  });
});
