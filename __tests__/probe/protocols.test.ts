// The protocol table: each protocol module's service entries, who speaks first, its upgrade word,
// what a busy greeting looks like and what the dialogue records as authentication before TLS.
import { readdirSync } from 'node:fs';
import { SERVICE_ALIASES, SERVICE_NAMES, SERVICES } from '../../src/policy/services.js';
import { PROTOCOLS, protocolOf } from '../../src/probe/dialogues/index.js';

describe('protocol table', () => {
  test('every protocol module in src/probe/dialogues is registered once', () => {
    const modules = readdirSync('src/probe/dialogues').filter((n) => n.endsWith('.ts') && !['index.ts', 'dialogue.ts', 'protocol.ts'].includes(n));
    expect(PROTOCOLS.map((p) => `${p.name}.ts`).sort()).toEqual(modules.sort());
  });

  test('the policy service table is the protocol modules\' service entries, names and aliases alike', () => {
    const entries = PROTOCOLS.flatMap((p) => p.services.map((s) => ({ ...s, protocol: p.name })));
    expect(entries.map((e) => e.name)).toEqual([...SERVICE_NAMES]);
    for (const e of entries) {
      const upgradeWord = PROTOCOLS.find((p) => p.name === e.protocol)!.upgradeWord;
      expect(SERVICES[e.name as keyof typeof SERVICES]).toEqual({ name: e.name, port: e.port, transport: e.transport, dialogue: e.protocol, tls: e.tls, upgradeWord });
      for (const alias of e.aliases ?? []) expect(SERVICE_ALIASES[alias]).toBe(e.name);
    }
    // A sentence names each service by its label (init's reasons): one per entry, none shared.
    expect(new Set(entries.map((e) => e.label)).size).toBe(entries.length);
    for (const e of entries) expect(e.label).toMatch(/^\S.*\S$/);
    expect(Object.keys(SERVICE_ALIASES).sort()).toEqual(entries.flatMap((e) => e.aliases ?? []).sort());
  });

  test.each(SERVICE_NAMES.map((s) => [s]))('%s: a STARTTLS service has an upgrade word and a dialogue that reads a greeting first', (service) => {
    const protocol = protocolOf(service);
    if (SERVICES[service].transport === 'starttls') {
      expect(protocol.upgradeWord).toMatch(/^[A-Z]+$/);
      expect(protocol.dialogue).not.toBeNull();
    }
    // The engine reads a greeting where the server speaks first, with the protocol's dialogue,
    // and waits for none where the client does: each needs the other's half.
    expect(protocol.dialogue !== null).toBe(protocol.speaksFirst === 'server');
    if (protocol.dialogue !== null) {
      expect(protocol.dialogue({ clientName: 'probe.test' }).protocol).toBe(protocol.name);
    }
  });

  test.each<[string, string, boolean]>([
    ['smtp', '421 4.3.2 Service not available', true],
    ['smtp', '421-busy\n421 try later', true],
    ['smtp', '554 5.7.1 no service here', false],
    ['smtp', '220 mail.example.com ESMTP', false],
    ['imap', '* BYE Too many connections', true],
    ['imap', '* OK ready', false],
    ['pop3', '-ERR [IN-USE] mailbox locked', true],
    ['pop3', '-ERR [SYS/TEMP] try later', true],
    ['pop3', '-ERR go away', false],
    ['managesieve', '"IMPLEMENTATION" "x"\nNO "busy"', true],
    ['managesieve', 'BYE "shutting down"', true],
    ['managesieve', '"IMPLEMENTATION" "x"\nOK', false],
    ['http', 'HTTP/1.1 503 Service Unavailable', false],
  ])('%s greeting %j busy: %s', (name, greeting, busy) => {
    expect(PROTOCOLS.find((p) => p.name === name)!.greetingSaysBusy(greeting)).toBe(busy);
  });

  // The dialogue records what counts as authentication before TLS, the protocol's own cleartext
  // login included: the rules judge that fact and know no protocol.
  test.each<[string, string[], string[]]>([
    ['smtp', ['PIPELINING', 'AUTH PLAIN LOGIN', 'STARTTLS'], ['LOGIN', 'PLAIN']],
    ['imap', ['IMAP4rev1', 'STARTTLS', 'AUTH=PLAIN'], ['LOGIN', 'PLAIN']],
    ['imap', ['IMAP4rev1', 'STARTTLS', 'LOGINDISABLED'], []],
    ['pop3', ['TOP', 'USER', 'STLS'], ['USER']],
    ['pop3', ['TOP', 'SASL PLAIN', 'STLS'], ['PLAIN']],
    ['managesieve', ['IMPLEMENTATION Example', 'SASL PLAIN', 'STARTTLS'], ['PLAIN']],
  ])('%s with %j records %j as offered before TLS', (name, capabilities, offered) => {
    const dialogue = PROTOCOLS.find((p) => p.name === name)!.dialogue!({ clientName: 'probe.example' });
    expect([...dialogue.read(capabilities).authBeforeTls].map((m) => m.toUpperCase()).sort()).toEqual(offered);
  });
});
