import { draftEndpoint } from '../../src/rules/endpoint-drafts.js';
import { SERVICE_NAMES, SERVICES, type ServiceName } from '../../src/policy/services.js';
import { protocolOf } from '../../src/probe/dialogues/index.js';
import type { Endpoint } from '../../src/plan/types.js';
import type { TlsVersion } from '../../src/policy/types.js';
import type { EndpointFacts, ProbeError, TlsFacts } from '../../src/facts/endpoint.js';
import { endpoint, goodFacts, NOW, settings, unreachableFacts } from './fixtures.js';

function rulesOf(target: Endpoint, facts: EndpointFacts): string[] {
  return draftEndpoint(target, facts, NOW).map((draft) => draft.rule).sort();
}

function withError(target: Endpoint, error: ProbeError, changes: Partial<EndpointFacts> = {}): EndpointFacts {
  return { ...goodFacts(target), error, ...changes };
}

describe('healthy servers', () => {
  test.each(SERVICE_NAMES)('a compliant %s endpoint draws no finding', (service) => {
    const target = endpoint(service);
    expect(draftEndpoint(target, goodFacts(target), NOW)).toEqual([]);
  });

  test.each(SERVICE_NAMES)('a forbidden %s that refuses connections draws no finding', (service) => {
    const target = endpoint(service, { expectation: 'forbid' });
    expect(draftEndpoint(target, unreachableFacts(target), NOW)).toEqual([]);
  });
});

describe('forbidden services', () => {
  test('reachable is the one finding, whatever else the facts show', () => {
    const target = endpoint('imap', { expectation: 'forbid' });
    const facts = goodFacts(target);
    facts.plaintext!.authBeforeTls = ['PLAIN'];
    facts.tls!.versionsAccepted = ['TLSv1', 'TLSv1.2'];
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['forbidden-service-reachable']);
    expect(drafts[0]!.evidence).toContain('* OK IMAP ready');
  });
});

describe('reachability of required services', () => {
  const smtp = endpoint('smtp');
  test.each<[string, ProbeError, string]>([
    ['refused', { kind: 'refused', step: 'connect', message: 'ECONNREFUSED' }, 'refused'],
    ['timed out', { kind: 'timeout', step: 'connect', message: 'no answer in 10s' }, 'timed out'],
    ['unreachable', { kind: 'unreachable', step: 'connect', message: 'EHOSTUNREACH' }, 'unreachable'],
    ['unresolved', { kind: 'unresolved', step: 'resolve', message: 'ENOTFOUND' }, 'no address'],
  ])('%s → required-service-unreachable naming the cause', (_name, error, words) => {
    const facts: EndpointFacts = { ...unreachableFacts(smtp), error };
    const drafts = draftEndpoint(smtp, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['required-service-unreachable']);
    expect(drafts[0]!.message).toContain(words);
    expect(drafts[0]!.evidence).toContain(error.message);
  });

  test('a host without address says so and carries the resolver error', () => {
    const target: Endpoint = { ...endpoint('imaps', { address: null }), resolveError: 'NXDOMAIN' };
    const facts: EndpointFacts = { ...unreachableFacts(target), error: null };
    const [draft] = draftEndpoint(target, facts, NOW);
    expect(draft).toMatchObject({ rule: 'required-service-unreachable', evidence: 'NXDOMAIN' });
    expect(draft!.message).toContain('no address');
  });

  test.each(['ETIMEOUT', 'ESERVFAIL', 'EAI_AGAIN', 'EAI_FAIL', 'EREFUSED', 'ECONNREFUSED', 'EBADRESP', 'EFORMERR', 'ENOTIMP', 'ECANCELLED', 'EAI_MEMORY'])('a look-up that got no answer (%s) is untested: check-inconclusive, never unreachable', (code) => {
    const target: Endpoint = { ...endpoint('smtp', { address: null }), resolveError: code };
    const facts: EndpointFacts = { ...unreachableFacts(target), error: { kind: 'unresolved', step: 'resolve', message: code } };
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => [draft.rule, draft.inconclusive])).toEqual([['check-inconclusive', true]]);
    expect(drafts[0]!.evidence).toContain(code);
    expect(drafts[0]!.message).toContain('the look-up of the host name got no answer');
  });

  test.each(['ENOTFOUND', 'EAI_NONAME', 'ENODATA', 'EAI_NODATA', 'EAI_ADDRFAMILY', 'no A or AAAA records', 'no IPv6 (AAAA) address, and addresses: ipv6 leaves out 192.0.2.1'])(
    'a look-up answered with no address (%s) is required-service-unreachable',
    (code) => {
      const target: Endpoint = { ...endpoint('smtp', { address: null }), resolveError: code };
      const facts: EndpointFacts = { ...unreachableFacts(target), error: { kind: 'unresolved', step: 'resolve', message: code } };
      const drafts = draftEndpoint(target, facts, NOW);
      expect(drafts.map((draft) => [draft.rule, draft.inconclusive ?? false])).toEqual([['required-service-unreachable', false]]);
      expect(drafts[0]!.evidence).toContain(code);
    },
  );

  test('a reset right after accepting counts as unreachable', () => {
    expect(rulesOf(smtp, withError(smtp, { kind: 'reset', step: 'greeting', message: 'ECONNRESET' }, { plaintext: null, tls: null }))).toEqual([
      'required-service-unreachable',
    ]);
  });
});

describe('misbehaving and busy services', () => {
  const imap = endpoint('imap');
  test.each<[string, ProbeError]>([
    ['garbage instead of a greeting', { kind: 'misbehaving', step: 'greeting', message: 'not IMAP' }],
    ['over-long reply', { kind: 'misbehaving', step: 'capabilities', message: 'line over 8 KiB' }],
    ['no greeting in time', { kind: 'timeout', step: 'greeting', message: 'no greeting in 10s' }],
    ['stalls after the greeting', { kind: 'timeout', step: 'capabilities', message: 'no reply' }],
    ['closes mid-dialogue', { kind: 'closed', step: 'capabilities', message: 'EOF' }],
  ])('%s → service-misbehaving', (_name, error) => {
    const facts = withError(imap, error, { plaintext: null, tls: null });
    expect(rulesOf(imap, facts)).toEqual(['service-misbehaving']);
  });

  test('the greeting time-out message says no greeting came', () => {
    const facts = withError(imap, { kind: 'timeout', step: 'greeting', message: 'x' }, { plaintext: null, tls: null });
    expect(draftEndpoint(imap, facts, NOW)[0]!.message).toContain('no greeting in time');
  });

  // A close or reset at first contact says nothing about being busy, and which of the two the
  // client sees depends on packet timing: both are one finding.
  test.each<[string, ProbeError, ServiceName]>([
    ['a close before the greeting', { kind: 'closed', step: 'greeting', message: 'the server closed the connection' }, 'imap'],
    ['a reset before the greeting', { kind: 'reset', step: 'greeting', message: 'ECONNRESET' }, 'imap'],
    ['a reset as the connect completes', { kind: 'reset', step: 'connect', message: 'ECONNRESET' }, 'imap'],
    ['an implicit-TLS close before any TLS record', { kind: 'closed', step: 'handshake', message: 'closed before any TLS record' }, 'imaps'],
    ['an implicit-TLS reset before any TLS record', { kind: 'reset', step: 'handshake', message: 'ECONNRESET' }, 'imaps'],
  ])('%s, not marked busy by the probe → required-service-unreachable, not service-busy', (_name, error, service) => {
    const target = endpoint(service);
    const drafts = draftEndpoint(target, withError(target, error, { plaintext: null, tls: null }), NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['required-service-unreachable']);
    expect(drafts[0]!.message).toBe(
      `${service} on mail.example.com:${target.port} (192.0.2.1) is required but the server hung up (closed or reset the connection) before the service said anything, also on the retry.`,
    );
    expect(drafts[0]!.evidence).toBe('nothing received before the hang-up');
  });

  test('the same hang-up seen as a reset at connect or as a close at the greeting is the same finding', () => {
    const asReset = { ...withError(imap, { kind: 'reset', step: 'connect', message: 'ECONNRESET' }, { plaintext: null, tls: null }), reachable: false };
    const asClose = withError(imap, { kind: 'closed', step: 'greeting', message: 'the server closed the connection' }, { plaintext: null, tls: null });
    expect(draftEndpoint(imap, asReset, NOW)).toEqual(draftEndpoint(imap, asClose, NOW));
  });

  test('bytes that came before the hang-up are the evidence', () => {
    const facts = withError(imap, { kind: 'closed', step: 'greeting', message: 'the server closed the connection' }, { tls: null });
    facts.plaintext = { ...facts.plaintext!, greeting: '* OK half a gree' };
    expect(draftEndpoint(imap, facts, NOW)[0]!.evidence).toBe('received before the hang-up: * OK half a gree');
  });

  test('a close before the greeting that the probe marked busy (an earlier connection was served) → service-busy', () => {
    const facts = withError(imap, { kind: 'closed', step: 'greeting', message: 'the server closed the connection', busy: true }, { plaintext: null, tls: null });
    expect(rulesOf(imap, facts)).toEqual(['service-busy']);
  });

  test.each<[ServiceName, string]>([
    ['smtp', '421 4.7.0 mail.example.com Too many connections'],
    ['submission', '450 try later'],
    ['imap', '* BYE Too many connections'],
    ['pop3', '-ERR [SYS/TEMP] busy'],
    ['managesieve', 'BYE "Server overloaded"'],
  ])('a busy %s greeting → service-busy with the greeting as evidence', (service, greeting) => {
    const target = endpoint(service);
    const facts = goodFacts(target);
    facts.error = { kind: 'closed', step: 'greeting', message: 'busy greeting', busy: true };
    facts.plaintext = { ...facts.plaintext!, greeting, starttls: false, capabilities: [] };
    facts.tls = null;
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['service-busy']);
    expect(drafts[0]!.evidence).toContain(greeting);
  });

  test('a greeting that refuses without a busy signal (SMTP 5xx, a bare POP3 -ERR) is the probe\'s misbehaving, not busy', () => {
    for (const [service, greeting] of [['smtp', '554 5.7.1 no service'], ['pop3', '-ERR go away']] as const) {
      const target = endpoint(service);
      const facts = withError(target, { kind: 'misbehaving', step: 'greeting', message: 'refusing greeting' }, { tls: null });
      facts.plaintext = { ...facts.plaintext!, greeting, starttls: false, capabilities: [] };
      expect([service, rulesOf(target, facts)]).toEqual([service, ['service-misbehaving']]);
    }
  });

  test('implicit TLS reset before any TLS record is required-service-unreachable', () => {
    const target = endpoint('imaps');
    const facts = withError(target, { kind: 'reset', step: 'handshake', message: 'ECONNRESET: read ECONNRESET' }, { plaintext: null });
    expect(rulesOf(target, facts)).toEqual(['required-service-unreachable']);
  });

  test('checks left untested by the connection budget are not service-busy', () => {
    const target = endpoint('smtp');
    const facts = goodFacts(target);
    facts.plaintext!.commandInjection = null;
    facts.plaintext!.commandInjectionUntested = 'connection budget reached (6 connections to this endpoint)';
    facts.tls = { ...facts.tls!, versionsUntested: ['TLSv1', 'TLSv1.1'], versionsOverBudget: ['TLSv1', 'TLSv1.1'] };
    expect(rulesOf(target, facts)).toEqual([]);
    // The same versions turned away by the server are inconclusive.
    facts.tls = { ...facts.tls, versionsOverBudget: undefined, versionsTurnedAway: ['TLSv1', 'TLSv1.1'] };
    expect(rulesOf(target, facts)).toEqual(['service-busy']);
  });


  test('a 2xx SMTP greeting is not busy', () => {
    const target = endpoint('smtp');
    const facts = goodFacts(target);
    facts.plaintext!.greeting = '220-mail.example.com ESMTP\n220 421 messages today';
    expect(rulesOf(target, facts)).toEqual([]);
  });
});

describe('STARTTLS', () => {
  test.each<ServiceName>(SERVICE_NAMES.filter((s) => SERVICES[s].transport === 'starttls'))('%s without STARTTLS → starttls-not-offered', (service) => {
    const target = endpoint(service);
    const facts = goodFacts(target);
    facts.plaintext = { ...facts.plaintext!, starttls: false, starttlsReply: null, capabilitiesAfterTls: null, commandInjection: null };
    facts.tls = null;
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['starttls-not-offered']);
    expect(drafts[0]!.message).toContain(protocolOf(service).upgradeWord!);
  });

  test('a capability list cut short is not read as "no STARTTLS"', () => {
    const target = endpoint('smtp');
    const facts = withError(target, { kind: 'misbehaving', step: 'capabilities', message: 'line too long' });
    facts.plaintext = { ...facts.plaintext!, starttls: false };
    facts.tls = null;
    expect(rulesOf(target, facts)).toEqual(['service-misbehaving']);
  });

  test('STARTTLS refused → starttls-failed quoting the reply', () => {
    const target = endpoint('submission');
    const facts = withError(target, { kind: 'starttls-refused', step: 'starttls', message: 'server said no' });
    facts.plaintext!.starttlsReply = '454 4.7.0 TLS not available due to local problem';
    facts.tls = null;
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['starttls-failed']);
    expect(drafts[0]!.message).toContain('refused');
    expect(drafts[0]!.evidence).toContain('454 4.7.0');
  });

  test.each<[string, Partial<EndpointFacts>]>([
    ['a handshake error', { error: { kind: 'tls-handshake', step: 'handshake', message: 'wrong version number' } }],
    ['a handshake time-out', { error: { kind: 'timeout', step: 'handshake', message: 'no ServerHello' } }],
  ])('upgrade broken by %s → starttls-failed', (_name, changes) => {
    const target = endpoint('pop3');
    const facts = { ...goodFacts(target), ...changes };
    facts.tls = { ...facts.tls!, version: null, versionsAccepted: [], certificate: null, error: 'handshake failed' };
    expect(rulesOf(target, facts)).toEqual(['starttls-failed']);
  });

  test('a handshake failure recorded only in the TLS facts still counts', () => {
    const target = endpoint('smtp');
    const facts = goodFacts(target);
    facts.tls = { ...facts.tls!, version: null, versionsAccepted: [], certificate: null, error: 'alert handshake failure' };
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['starttls-failed']);
    expect(drafts[0]!.evidence).toContain('alert handshake failure');
  });
});

describe('implicit TLS', () => {
  test.each<ServiceName>(['submissions', 'imaps', 'pop3s', 'https'])('%s handshake failure → tls-handshake-failed', (service) => {
    const target = endpoint(service);
    const facts = withError(target, { kind: 'tls-handshake', step: 'handshake', message: 'unexpected eof' });
    facts.tls = { ...facts.tls!, version: null, versionsAccepted: [], certificate: null, error: 'unexpected eof' };
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['tls-handshake-failed']);
    expect(drafts[0]!.evidence).toContain('unexpected eof');
  });
});

describe('authentication before TLS', () => {
  test.each<[ServiceName, Partial<NonNullable<EndpointFacts['plaintext']>>, string]>([
    ['submission', { authBeforeTls: ['PLAIN', 'LOGIN'] }, 'LOGIN, PLAIN'],
    ['smtp', { authBeforeTls: ['PLAIN'] }, 'PLAIN'],
    // As the dialogues record them: IMAP LOGIN without LOGINDISABLED, POP3 USER.
    ['imap', { loginDisabled: false, capabilities: ['IMAP4rev1', 'STARTTLS'], authBeforeTls: ['LOGIN'] }, 'LOGIN'],
    ['pop3', { capabilities: ['TOP', 'USER', 'STLS'], authBeforeTls: ['USER'] }, 'USER'],
    ['managesieve', { authBeforeTls: ['PLAIN'] }, 'PLAIN'],
  ])('%s offering %j → plaintext-auth-offered', (service, plaintext, named) => {
    const target = endpoint(service);
    const facts = goodFacts(target);
    facts.plaintext = { ...facts.plaintext!, ...plaintext };
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['plaintext-auth-offered']);
    expect(drafts[0]!.evidence).toBe(`before TLS: ${named}`);
  });

  test('IMAP with LOGINDISABLED and no mechanisms is fine', () => {
    const target = endpoint('imap');
    const facts = goodFacts(target);
    facts.plaintext = { ...facts.plaintext!, loginDisabled: true, authBeforeTls: [] };
    expect(rulesOf(target, facts)).toEqual([]);
  });

  test('what an implicit-TLS server says is inside TLS, so not judged as cleartext', () => {
    const target = endpoint('imaps');
    const facts = goodFacts(target);
    facts.plaintext = {
      greeting: '* OK ready',
      capabilities: ['IMAP4rev1', 'AUTH=PLAIN'],
      starttls: false,
      authBeforeTls: [],
      loginDisabled: false,
      starttlsReply: null,
      capabilitiesAfterTls: null,
      commandInjection: null,
    };
    expect(rulesOf(target, facts)).toEqual([]);
  });
});

describe('command injection', () => {
  test('a pipelined command answered inside TLS → starttls-command-injection', () => {
    const target = endpoint('smtp');
    const facts = goodFacts(target);
    facts.plaintext!.commandInjection = true;
    expect(rulesOf(target, facts)).toEqual(['starttls-command-injection']);
  });

  test('untested (null) is not a finding', () => {
    const target = endpoint('smtp');
    const facts = goodFacts(target);
    facts.plaintext!.commandInjection = null;
    expect(rulesOf(target, facts)).toEqual([]);
  });
});

describe('TLS versions', () => {
  test.each<[string, Partial<TlsFacts>, TlsVersion, string[]]>([
    ['TLS 1.0 and 1.1 below 1.2', { versionsAccepted: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] }, '1.2', ['tls-version-legacy']],
    ['TLS 1.2 below a 1.3 minimum', { versionsAccepted: ['TLSv1.2', 'TLSv1.3'] }, '1.3', ['tls-version-legacy']],
    ['only 1.2 and 1.3 at minimum 1.2', { versionsAccepted: ['TLSv1.2', 'TLSv1.3'] }, '1.2', []],
    ['TLS 1.1 at a 1.1 minimum', { versionsAccepted: ['TLSv1.1', 'TLSv1.2', 'TLSv1.3'] }, '1.1', []],
    ['a negotiated version missing from the sweep', { version: 'TLSv1', versionsAccepted: [] }, '1.2', ['tls-version-legacy', 'tls13-not-supported']],
  ])('%s', (_name, tls, minVersion, expected) => {
    const target = endpoint('imaps', { settings: settings({ tls: { minVersion } }) });
    const facts = goodFacts(target);
    facts.tls = { ...facts.tls!, ...tls };
    expect(rulesOf(target, facts)).toEqual(expected);
  });

  test('the legacy finding lists exactly the versions below the minimum', () => {
    const target = endpoint('submissions');
    const facts = goodFacts(target);
    facts.tls!.versionsAccepted = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
    const [draft] = draftEndpoint(target, facts, NOW);
    expect(draft!.message).toContain('TLSv1, TLSv1.1,');
    expect(draft!.message).not.toContain('TLSv1.2,');
  });

  test('no TLS 1.3 → tls13-not-supported; upgraded sessions are judged too', () => {
    const target = endpoint('smtp');
    const facts = goodFacts(target);
    facts.tls = { ...facts.tls!, version: 'TLSv1.2', versionsAccepted: ['TLSv1.2'] };
    expect(rulesOf(target, facts)).toEqual(['tls13-not-supported']);
  });

  test('no session reached → no version findings', () => {
    const target = endpoint('imaps');
    const facts = withError(target, { kind: 'tls-handshake', step: 'handshake', message: 'x' });
    facts.tls = { ...facts.tls!, version: null, versionsAccepted: ['TLSv1'], certificate: null, error: 'x' };
    expect(rulesOf(target, facts)).toEqual(['tls-handshake-failed']);
  });
});

describe('questions left open', () => {
  const unanswered = (target: Endpoint, tls: Partial<TlsFacts>): EndpointFacts => {
    const facts = goodFacts(target);
    facts.tls = { ...facts.tls!, versionsAccepted: ['TLSv1.2', 'TLSv1.3'], ...tls };
    return facts;
  };
  const silentLegacy: Partial<TlsFacts> = {
    versionsUntested: ['TLSv1', 'TLSv1.1'],
    versionsUntestedReason: 'timeout at handshake (no answer to the ClientHello within 10000 ms)',
  };

  test('TLS 1.0/1.1 unanswered at min-version 1.2 → check-inconclusive (inconclusive), not a pass and not service-busy', () => {
    const target = endpoint('imaps');
    const drafts = draftEndpoint(target, unanswered(target, silentLegacy), NOW);
    expect(drafts.map((d) => [d.rule, d.inconclusive])).toEqual([['check-inconclusive', true]]);
    expect(drafts[0]!.message).toContain('whether TLS 1.0 and TLS 1.1 are accepted (tls-version-legacy)');
    expect(drafts[0]!.evidence).toContain('no answer to the ClientHello');
  });

  test('the same versions unanswered at min-version 1.0 leave open only which suites they take, and nothing where no cipher rule judges them', () => {
    const target = endpoint('imaps', { settings: settings({ tls: { minVersion: '1.0' } }) });
    const drafts = draftEndpoint(target, unanswered(target, silentLegacy), NOW);
    expect(drafts.map((d) => [d.rule, d.inconclusive])).toEqual([['check-inconclusive', true]]);
    expect(drafts[0]!.message).not.toContain('tls-version-legacy');
    // TLS 1.2 was accepted: the DH group was asked there, the newest version, and is not open.
    expect(drafts[0]!.message).toContain('whether TLS 1.0 is accepted, and with weak, anonymous suites (tls-cipher-weak, tls-cipher-anonymous, tls-dh-weak)');
    expect(drafts[0]!.message).toContain('whether TLS 1.1 is accepted, and with weak, anonymous suites (');
    // With nothing accepted above it, an unanswered version could have been the newest: its DH group is open too.
    const onlyTls10 = draftEndpoint(target, unanswered(target, { ...silentLegacy, versionsAccepted: ['TLSv1', 'TLSv1.3'], versionsUntested: ['TLSv1.1', 'TLSv1.2'] }), NOW);
    expect(onlyTls10[0]!.message).toContain('whether TLS 1.1 is accepted, and with weak, anonymous, DHE (and its group size) suites (');
    const at = { file: 'policy.yml', line: 3, column: 3 };
    const cipherRulesOff = Object.fromEntries(['tls-cipher-weak', 'tls-cipher-anonymous', 'tls-dh-weak'].map((rule) => [rule, { severity: 'off' as const, location: at }]));
    expect(draftEndpoint(target, unanswered(target, silentLegacy), NOW, cipherRulesOff)).toEqual([]);
  });

  test('TLS 1.2 unanswered where TLS 1.3 was accepted: its cipher suites were never asked about, so check-inconclusive, never a pass', () => {
    const target = endpoint('imaps');
    const silent12: Partial<TlsFacts> = {
      version: 'TLSv1.3',
      versionsAccepted: ['TLSv1.3'],
      versionsUntested: ['TLSv1.2'],
      versionsUntestedReason: 'timeout at handshake (no answer to the ClientHello within 10000 ms)',
    };
    const drafts = draftEndpoint(target, unanswered(target, silent12), NOW);
    expect(drafts.map((d) => [d.rule, d.inconclusive])).toEqual([['check-inconclusive', true]]);
    expect(drafts[0]!.message).toContain('whether TLS 1.2 is accepted, and with weak, anonymous, DHE (and its group size) suites (tls-cipher-weak, tls-cipher-anonymous, tls-dh-weak)');
    expect(drafts[0]!.evidence).toBe('version untested: TLS 1.2 (timeout at handshake (no answer to the ClientHello within 10000 ms))');
    // Turned away as busy: service-busy says it; over the probe's own budget: nothing.
    expect(rulesOf(target, unanswered(target, { ...silent12, versionsTurnedAway: ['TLSv1.2'] }))).toEqual(['service-busy']);
    expect(rulesOf(target, unanswered(target, { ...silent12, versionsOverBudget: ['TLSv1.2'] }))).toEqual([]);
  });

  test('versions turned away are service-busy, unanswered ones check-inconclusive: each says its own', () => {
    const target = endpoint('smtp', { settings: settings({ tls: { minVersion: '1.3' } }) });
    const facts = unanswered(target, { versionsAccepted: ['TLSv1.3'], versionsUntested: ['TLSv1', 'TLSv1.1', 'TLSv1.2'], versionsTurnedAway: ['TLSv1.2'] });
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((d) => [d.rule, d.inconclusive])).toEqual([
      ['service-busy', true],
      ['check-inconclusive', true],
    ]);
    expect(drafts[0]!.message).toContain('whether TLS 1.2 is accepted');
    expect(drafts[1]!.message).toContain('whether TLS 1.0 and TLS 1.1 are accepted');
  });

  test('an injection test that could not be made for another reason than busy is check-inconclusive', () => {
    const target = endpoint('smtp');
    const facts = goodFacts(target);
    facts.plaintext!.commandInjection = null;
    facts.plaintext!.commandInjectionUntested = 'timeout at greeting (no complete reply within 10000 ms)';
    expect(rulesOf(target, facts)).toEqual(['check-inconclusive']);
    facts.plaintext!.commandInjectionUntested = 'turned away as busy (IMAP greeting * BYE: * BYE later)';
    expect(rulesOf(target, facts)).toEqual(['service-busy']);
  });
});

describe('forbidden services on a name that did not resolve', () => {
  test.each<ServiceName>(['imap', 'pop3', 'http'])('forbidden %s, host unresolved → check-inconclusive (inconclusive), never silence', (service) => {
    const target: Endpoint = { ...endpoint(service, { expectation: 'forbid', address: null, host: 'typo.example.invalid' }), resolveError: 'ENOTFOUND' };
    const facts: EndpointFacts = { ...unreachableFacts(target), error: { kind: 'unresolved', step: 'resolve', message: 'ENOTFOUND' } };
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((d) => [d.rule, d.inconclusive])).toEqual([['check-inconclusive', true]]);
    expect(drafts[0]!.message).toContain('did not resolve');
    expect(drafts[0]!.evidence).toBe('ENOTFOUND');
  });
});
