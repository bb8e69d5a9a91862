// `--only`: a policy cut down to one host or domain, with only the waivers that name it; for a
// domain, the waivers of those of its MX hosts the domains stage finds join once they are known.
import { parsePolicy } from '../../src/policy/load.js';
import { mxHostEntries, onlyHost, withMxHosts } from '../../src/policy/only.js';
import type { Policy } from '../../src/policy/types.js';

const TEXT = [
  'version: 1',
  'hosts:',
  '  - host: Mail.Example.com.',
  '    require: [imaps]',
  '  - host: mx.example.net',
  '    require: [smtp]',
  'domains:',
  '  - domain: Example.ORG',
  '    mx: { require: [smtp] }',
  'waivers:',
  '  - { rule: tls-version-legacy, host: mail.example.com, reason: old clients, expires: 2020-01-01 }',
  '  - { rule: tls-version-legacy, host: mx.example.net, reason: old peers, expires: 2020-01-01 }',
  '  - { rule: mta-sts-missing, host: example.org, reason: not yet, expires: 2020-01-01 }',
  '',
].join('\n');

function policy(): Policy {
  const result = parsePolicy(TEXT, 'policy.yml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.policy;
}

function cut(name: string): Policy {
  const result = onlyHost(policy(), name);
  if (!result.ok) throw new Error(result.message);
  return result.policy;
}

test('a host, however it is spelled: its entry and its own waivers alone', () => {
  const only = cut(' MAIL.example.com. ');
  expect(only.hosts.map((h) => h.host)).toEqual(['mail.example.com']);
  expect(only.domains).toEqual([]);
  expect(only.waivers.map((w) => w.host)).toEqual(['mail.example.com']);
  expect(only.defaults).toEqual(policy().defaults);
  expect(only.mxHostSources).toBeUndefined();
  expect(mxHostEntries(only)).toEqual(only.hosts);
});

test('a domain: its entry and its own waivers alone', () => {
  const only = cut('example.org');
  expect(only.hosts).toEqual([]);
  expect(only.domains.map((d) => d.domain)).toEqual(['example.org']);
  expect(only.waivers.map((w) => [w.rule, w.host])).toEqual([['mta-sts-missing', 'example.org']]);
  // The hosts: entries stay aside, unplanned, for the MX hosts to take their settings from.
  expect(mxHostEntries(only).map((h) => h.host)).toEqual(['mail.example.com', 'mx.example.net']);
});

test("a domain, once its MX hosts are known: its own waivers and its MX hosts', in policy order, and the services both ask", () => {
  const only = cut('example.org');
  // mx.example.net as mxHostPolicies plans it for example.org: the mx: item's smtp.
  const mx = { ...only.mxHostSources!.hosts.find((h) => h.host === 'mx.example.net')!, require: only.domains[0]!.mx!.require, forbid: [] };
  const held = withMxHosts(only, [mx]);
  expect(held.waivers.map((w) => w.host)).toEqual(['mx.example.net', 'example.org']);
  // The entry's own smtp item, which the full run plans for the endpoint both ask for.
  expect(held.hosts.map((h) => [h.host, h.require.map((r) => r.location.line)])).toEqual([['mx.example.net', [6]]]);
  // An MX host that asks another service of the entry's host: nothing of the entry is planned.
  const imaps = { ...mx, require: [{ ...mx.require[0]!, service: 'imaps' as const, port: 993 }] };
  expect(withMxHosts(only, [imaps]).hosts).toEqual([]);
  expect(withMxHosts(only, []).waivers).toEqual(only.waivers);
  // A host cut, or the whole policy, is held as it is.
  expect(withMxHosts(cut('mail.example.com'), [mx])).toEqual(cut('mail.example.com'));
  expect(withMxHosts(policy(), [mx])).toEqual(policy());
});

test('a name the policy does not know: refused, with the closest name', () => {
  expect(onlyHost(policy(), 'mx.exmaple.net')).toEqual({
    ok: false,
    message: "'mx.exmaple.net' is neither a host nor a domain of policy.yml (did you mean 'mx.example.net'?)",
  });
});
