// init's choices and its YAML, from facts as the probe records them (choose.ts and yaml.ts are
// pure): the cases the fixtures of init.test.ts do not reach (busy, silent after connect, a failed
// upgrade, an untrusted certificate, addresses that disagree, a redirect elsewhere), and the
// writer's refusal to put anything but a host name or IP address into a name's place.
import { parse } from 'yaml';
import { chooseHost, chooseStarter, type Starter } from '../../src/init/choose.js';
import type { HostSeen, ServiceSeen } from '../../src/init/discover.js';
import { starterYaml } from '../../src/init/yaml.js';
import { SERVICE_NAMES, SERVICES, type ServiceName } from '../../src/policy/services.js';
import type { CertificateFacts, EndpointFacts } from '../../src/facts/endpoint.js';
import { certificateFacts } from '../support/certificate-facts.js';
import { parsePolicy } from '../../src/policy/load.js';

const HOST = 'mail.example.com';
const ok = { reachable: true, error: null };

function facts(service: ServiceName, over: Partial<EndpointFacts> = {}, address = '192.0.2.1'): EndpointFacts {
  return { host: HOST, address, port: SERVICES[service].port, service, reachable: false, durationMs: 1, connections: 1, error: { kind: 'refused', step: 'connect', message: 'ECONNREFUSED' }, plaintext: null, tls: null, http: null, ...over };
}

const plaintext = (starttls: boolean, auth: string[] = []) => ({ greeting: '220 ::error::hi', capabilities: [], starttls, authBeforeTls: auth, loginDisabled: null, starttlsReply: null, capabilitiesAfterTls: null, commandInjection: null });
const tls = (version: 'TLSv1.3' | null, over: Partial<CertificateFacts> = {}, error: string | null = null) => ({
  mode: 'implicit' as const, version, cipher: null, versionsAccepted: [], certificate: version ? certificateFacts(over) : null, error,
});

/** A host where every service is refused, except those given (and https, unless given, so that the host is kept). */
function host(given: Partial<Record<ServiceName, EndpointFacts[]>>, over: Partial<HostSeen> = {}): HostSeen {
  const withHttps: Partial<Record<ServiceName, EndpointFacts[]>> = { https: [facts('https', { ...ok, tls: tls('TLSv1.3') })], ...given };
  const services: ServiceSeen[] = SERVICE_NAMES.map((service) => ({ service, port: SERVICES[service].port, facts: withHttps[service] ?? [facts(service)] }));
  return { host: HOST, named: true, mxOf: [], reason: { kind: 'no-mx' }, addresses: ['192.0.2.1'], resolveError: null, services, ...over };
}


describe('choices', () => {
  test.each<[string, ServiceName, EndpointFacts[], 'require' | 'forbid' | null, RegExp]>([
    ['busy', 'imaps', [facts('imaps', { reachable: true, error: { kind: 'closed', step: 'greeting', message: 'x', busy: true } })], null, /^imaps \(993\): turned the probe away as busy; run init again later$/],
    ['a tarpit on a STARTTLS port', 'imap', [facts('imap', { reachable: true, error: { kind: 'timeout', step: 'greeting', message: 'x' } })], null, /^imap \(143\): accepted the connection, but said nothing in time$/],
    ['a tarpit on an implicit-TLS port', 'imaps', [facts('imaps', { reachable: true, error: { kind: 'tls-handshake', step: 'handshake', message: 'x' }, tls: tls(null, {}, 'timeout: the TLS handshake did not complete within 10 ms') })], null, /accepted the connection, but said nothing in time$/],
    ['garbage instead of SMTP', 'smtp', [facts('smtp', { reachable: true, error: { kind: 'misbehaving', step: 'greeting', message: 'x' } })], null, /^smtp \(25\): something answered, but not as SMTP$/],
    ['port 25 dropped on the way', 'smtp', [facts('smtp', { error: { kind: 'timeout', step: 'connect', message: 'x' } })], null, /^smtp \(25\): timed out \(many networks drop outbound port 25/],
    ['a failed implicit-TLS handshake', 'pop3s', [facts('pop3s', { reachable: true, error: { kind: 'tls-handshake', step: 'handshake', message: 'x' }, tls: tls(null, {}, 'alert') })], 'require', /^answered on 995, but the TLS handshake failed: check will report it until it works$/],
    ['an untrusted certificate', 'https', [facts('https', { ...ok, tls: tls('TLSv1.3', { trusted: false, nameMatch: false }) })], 'require', /^answered on 443: HTTPS, TLSv1\.3; its certificate is not trusted, its certificate does not name this host: check will report it$/],
    ['a failed STARTTLS upgrade', 'submission', [facts('submission', { ...ok, plaintext: plaintext(true), tls: { ...tls(null), mode: 'starttls' } })], 'require', /^answered on 587: submission \(SMTP\), STARTTLS offered, but the upgrade failed: check will report it until it works; a legitimate service; RFC 8314 prefers submissions \(465\)/],
    ['cleartext POP3', 'pop3', [facts('pop3', { ...ok, plaintext: plaintext(false, ['USER']) })], 'forbid', /^answered on 110: cleartext POP3, no STARTTLS offered, authentication offered in clear/],
    ['cleartext ManageSieve', 'managesieve', [facts('managesieve', { ...ok, plaintext: plaintext(false) })], 'forbid', /^answered on 4190: cleartext ManageSieve, no STARTTLS offered, so passwords/],
    ['http redirecting elsewhere', 'http', [facts('http', { ...ok, http: { status: 301, location: 'https://elsewhere.example/', error: null } })], 'forbid', /^answered on 80 without redirecting to https on the same host \(status 301\): forbid it, or make it redirect and move it to require$/],
    [
      'addresses that disagree',
      'imaps',
      [facts('imaps', { ...ok, tls: tls('TLSv1.3') }), facts('imaps', { error: { kind: 'timeout', step: 'connect', message: 'x' } }, '2001:db8::1')],
      'require',
      /^answered on 993: IMAP over implicit TLS, TLSv1\.3 \(on 1 of 2 addresses; the others did not answer: check will report them\)$/,
    ],
  ])('%s', (_, service, seen, list, why) => {
    const chosen = chooseHost(host({ [service]: seen }), false);
    if ('leftOut' in chosen) throw new Error(chosen.leftOut);
    const entry = [...chosen.require.map((c) => ['require', c.service, c.why]), ...chosen.forbid.map((c) => ['forbid', c.service, c.why])].find((c) => c[1] === service);
    if (list === null) {
      expect(entry).toBeUndefined();
      expect(chosen.unlisted.find((u) => u.startsWith(`${service} (`))).toMatch(why);
    } else {
      expect(entry?.[0]).toBe(list);
      expect(entry?.[2]).toMatch(why);
    }
  });

  test('an MX host: its smtp is left to the domain, said in the comment', () => {
    const chosen = chooseHost(host({ smtp: [facts('smtp', { ...ok, plaintext: plaintext(true), tls: { ...tls('TLSv1.3'), mode: 'starttls' } })], imaps: [facts('imaps', { ...ok, tls: tls('TLSv1.3') })] }, { mxOf: ['example.com'] }), true);
    if ('leftOut' in chosen) throw new Error(chosen.leftOut);
    expect(chosen.require.map((c) => c.service)).toEqual(['imaps', 'https']);
    expect(chosen.unlisted[0]).toMatch(/^smtp \(25\): required by the domain's mx: entry \(answered on 25: SMTP, STARTTLS offered and the upgrade worked/);
    expect(chosen.notes).toEqual(['no MX records: probed as a host', 'MX host of example.com', 'addresses probed: 192.0.2.1']);
  });

  test('a host where nothing answered is left out, and so is one without an address, with the reason only when it is plain words', () => {
    expect(chooseHost(host({ https: [facts('https')] }), false)).toEqual({ leftOut: `${HOST}: none of the ten services answered` });
    expect(chooseHost(host({}, { addresses: [], resolveError: 'ENOTFOUND' }), false)).toEqual({ leftOut: `${HOST}: no address (ENOTFOUND)` });
    expect(chooseHost(host({}, { addresses: [], resolveError: 'x\n::error::y' }), false)).toEqual({ leftOut: `${HOST}: no address (not resolved)` });
  });
});

describe('the YAML', () => {
  const starter = (): Starter =>
    chooseStarter([], [host({ imaps: [facts('imaps', { ...ok, tls: tls('TLSv1.3') })], imap: [facts('imap', { ...ok, plaintext: plaintext(false, ['LOGIN']) })] })]);

  test('valid against the policy schema and loader, with every choice where it belongs', () => {
    const text = starterYaml(starter(), { schemaUrl: 'https://example.test/schema.json', names: [HOST] });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.test/schema.json');
    expect(parse(text)).toEqual({ version: 1, hosts: [{ host: HOST, require: ['imaps', 'https'], forbid: ['imap'] }] });
    const loaded = parsePolicy(text, 'starter.yml');
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    // The greeting the server sent ('220 ::error::hi') is not in it.
    expect(text).not.toContain('::error::');
  });

  test('a name that is neither a host name nor an IP address is never written', () => {
    const bad = starter();
    bad.hosts[0]!.host = 'x"\n::error::y';
    expect(() => starterYaml(bad, { schemaUrl: 'u', names: [HOST] })).toThrow(/not a host name or IP address/);
  });

  test('comments are one printable line each, whatever they are given', () => {
    const odd = starter();
    odd.hosts[0]!.notes.push('a\nversion: 2\r\u001b[31m\u2028end');
    const text = starterYaml(odd, { schemaUrl: 'u', names: [HOST] });
    expect(parse(text).version).toBe(1);
    for (const line of text.split('\n')) expect(line).toMatch(/^[\x20-\x7e]*$/);
    expect(text).toContain('# a?version: 2??[31m?end');
  });
});
