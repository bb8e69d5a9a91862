// fast-check arbitraries over the policy grammar (policies/schema.json plus the loader's own
// checks), mutations that always make a policy invalid, and replies a hostile server might send.
// Shared by the bounded runs in `npm test` and the long ones in `npm run fuzz`.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { SERVICE_ALIASES, SERVICE_NAMES, SERVICES, type ServiceName } from '../../src/policy/services.js';
import { RULE_IDS } from '../../src/rules/types.js';

/** How many runs a property gets: FUZZ_RUNS when set (npm run fuzz), else the bounded default. */
export function runs(bounded: number): number {
  const asked = Number(process.env['FUZZ_RUNS']);
  return Number.isInteger(asked) && asked > 0 ? asked : bounded;
}

type Written = Record<string, unknown>;

const duration = fc.oneof(
  fc.integer({ min: 100, max: 600_000 }).map((n) => `${n}ms`),
  fc.integer({ min: 1, max: 600 }).map((n) => `${n}s`),
  fc.integer({ min: 1, max: 10 }).map((n) => `${n}m`),
);

const tls = fc.record({ 'min-version': fc.constantFrom('1.0', '1.1', '1.2', '1.3') }, { requiredKeys: [] });
const certificate = fc.record({ verify: fc.boolean(), 'min-days-left': fc.integer({ min: 0, max: 3650 }) }, { requiredKeys: [] });
const addresses = fc.constantFrom('all', 'first');

const settings = fc.record({ tls, certificate, timeout: duration, addresses }, { requiredKeys: [] });

/** One alias per service that has one, from the service table. */
const ALIASES: Partial<Record<ServiceName, string>> = Object.fromEntries(Object.entries(SERVICE_ALIASES).map(([alias, service]) => [service, alias]));

/** Distinct services, each on its default port or a distinct custom one, each required or forbidden. */
const serviceChoices = fc
  .shuffledSubarray([...SERVICE_NAMES], { minLength: 1 })
  .chain((services) =>
    fc.tuple(
      fc.constant(services),
      fc.uniqueArray(fc.integer({ min: 5000, max: 65535 }), { minLength: services.length, maxLength: services.length }),
      fc.array(fc.record({ custom: fc.boolean(), forbid: fc.boolean(), alias: fc.boolean(), long: fc.boolean() }), {
        minLength: services.length,
        maxLength: services.length,
      }),
    ),
  )
  .map(([services, ports, how]) => {
    const require: unknown[] = [];
    const forbid: unknown[] = [];
    services.forEach((service, i) => {
      const h = how[i]!;
      const name = h.alias && ALIASES[service] ? ALIASES[service]! : service;
      const port = h.custom ? ports[i]! : SERVICES[service].port;
      const item = h.custom || h.long ? { service: name, port } : name;
      (h.forbid ? forbid : require).push(item);
    });
    return { require, forbid };
  });

const dnsName = fc.domain({ size: 'small' }).filter((d) => d.length <= 253 && !/(^|\.)[0-9]+$/.test(d));
const hostName = fc.oneof({ weight: 4, arbitrary: dnsName }, { weight: 1, arbitrary: fc.ipV4() }, { weight: 1, arbitrary: fc.ipV6() });

const host = fc
  .tuple(hostName, serviceChoices, settings)
  .map(([name, lists, own]): Written => ({ host: name, ...(lists.require.length ? { require: lists.require } : {}), ...(lists.forbid.length ? { forbid: lists.forbid } : {}), ...own }));

const domain = fc.record(
  {
    domain: dnsName,
    mx: fc.record({ require: fc.shuffledSubarray(['smtp', 'submission', 'submissions'], { minLength: 1 }) }),
    'mta-sts': fc.constantFrom('enforce', 'testing', 'off'),
    'tls-rpt': fc.constantFrom('required', 'off'),
  },
  { requiredKeys: ['domain'] },
);

const severity = fc.constantFrom('error', 'warning', 'notice', 'off');
const rules = fc.dictionary(fc.constantFrom(...RULE_IDS), severity, { maxKeys: 6 });

const date = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const lowerCase = (name: string) => name.toLowerCase().replace(/\.$/, '');

export interface GeneratedPolicy {
  value: Written;
  /** Names the hosts are planned under, lower-cased, each with its endpoints per address. */
  hosts: { name: string; endpoints: number; addresses: 'all' | 'first' }[];
}

/** A policy that is valid by construction. */
export const validPolicy: fc.Arbitrary<GeneratedPolicy> = fc
  .record(
    {
      defaults: settings,
      hosts: fc.uniqueArray(host, { minLength: 1, maxLength: 5, selector: (h) => lowerCase(String(h['host'])) }),
      domains: fc.uniqueArray(domain, { maxLength: 3, selector: (d) => lowerCase(String(d['domain'])) }),
      rules,
      waiverSeeds: fc.array(
        fc.record({ which: fc.nat(), rule: fc.constantFrom(...RULE_IDS), port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), reason: fc.string({ minLength: 1, maxLength: 30 }).filter((r) => /\S/.test(r)), expires: date }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['hosts'] },
  )
  .map(({ defaults, hosts, domains, rules: severities, waiverSeeds }) => {
    const names = hosts.map((h) => String(h['host']));
    const value: Written = { version: 1 };
    if (defaults) value['defaults'] = defaults;
    value['hosts'] = hosts;
    if (domains && domains.length) value['domains'] = domains;
    if (severities) value['rules'] = severities;
    if (waiverSeeds && waiverSeeds.length) {
      value['waivers'] = waiverSeeds.map((w) => ({
        rule: w.rule,
        host: names[w.which % names.length],
        ...(w.port === undefined ? {} : { port: w.port }),
        reason: w.reason,
        expires: w.expires,
      }));
    }
    const defaultAddresses = ((defaults as Written | undefined)?.['addresses'] as 'all' | 'first' | undefined) ?? 'all';
    return {
      value,
      hosts: hosts.map((h) => ({
        name: lowerCase(String(h['host'])),
        endpoints: ((h['require'] as unknown[] | undefined)?.length ?? 0) + ((h['forbid'] as unknown[] | undefined)?.length ?? 0),
        addresses: (h['addresses'] as 'all' | 'first' | undefined) ?? defaultAddresses,
      })),
    };
  });

/** YAML text for a policy, in one of the styles people write (block, flow, wider indents). */
export const rendering = fc.record({ indent: fc.integer({ min: 2, max: 4 }), flowLevel: fc.constantFrom(-1, 1, 2), comment: fc.boolean() });

export function render(value: Written, style: { indent: number; flowLevel: number; comment: boolean }): string {
  const body = style.flowLevel >= 0 ? flowFrom(value, style.flowLevel, style.indent) : stringify(value, { indent: style.indent });
  return style.comment ? `# yaml-language-server: $schema=./schema.json\n${body}` : body;
}

/** Block style down to `level`, flow style below it. */
function flowFrom(value: Written, level: number, indent: number): string {
  const lines: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (level <= 1 || typeof inner !== 'object' || inner === null || Object.keys(inner).length === 0) {
      lines.push(`${key}: ${JSON.stringify(inner)}`);
      continue;
    }
    if (Array.isArray(inner)) {
      lines.push(`${key}:`);
      for (const item of inner) lines.push(`${' '.repeat(indent)}- ${JSON.stringify(item)}`);
    } else {
      lines.push(`${key}:`);
      for (const [k, v] of Object.entries(inner as Written)) lines.push(`${' '.repeat(indent)}${k}: ${JSON.stringify(v)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Changes that each make any policy invalid, applied to the parsed-to-be value or its text. */
export type Breakage = { kind: string; apply(value: Written, text: string): string };

const clone = (value: Written): Written => structuredClone(value);
const firstHost = (v: Written) => (v['hosts'] as Written[])[0]!;

export const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.constantFrom(2, '1', 0, 'one').map((version) => ({ kind: `version ${version}`, apply: (v: Written, _t: string) => stringify({ ...clone(v), version }) })),
  fc.constant({ kind: 'no version', apply: (v: Written) => { const c = clone(v); delete c['version']; return stringify(c); } }),
  fc.constantFrom('hostz', 'Hosts', 'default', 'waiver').map((key) => ({ kind: `unknown key ${key}`, apply: (v: Written) => stringify({ ...clone(v), [key]: [] }) })),
  fc.constantFrom('smtpx', 'IMAPS', 'ftp', '').map((name) => ({ kind: `service ${name}`, apply: (v: Written) => { const c = clone(v); firstHost(c)['require'] = [name]; delete firstHost(c)['forbid']; return stringify(c); } })),
  fc.constantFrom(0, -1, 65536, 70000, 1.5).map((port) => ({ kind: `port ${port}`, apply: (v: Written) => { const c = clone(v); firstHost(c)['require'] = [{ service: 'imaps', port }]; delete firstHost(c)['forbid']; return stringify(c); } })),
  fc.constantFrom('5h', '1ms', '99ms', '11m', '10', 'fast', '1e3s').map((timeout) => ({ kind: `timeout ${timeout}`, apply: (v: Written) => { const c = clone(v); firstHost(c)['timeout'] = timeout; return stringify(c); } })),
  fc.constantFrom('fatal', 'warn', 'ERROR', 'none').map((severity) => ({ kind: `severity ${severity}`, apply: (v: Written) => stringify({ ...clone(v), rules: { 'certificate-expiring': severity } }) })),
  fc.constantFrom('certificate-expire', 'tls-legacy', 'no-such-rule').map((rule) => ({ kind: `rule ${rule}`, apply: (v: Written) => stringify({ ...clone(v), rules: { [rule]: 'warning' } }) })),
  fc.constantFrom('2027-02-30', '2027-13-01', '2027-00-10', '27-01-01', '2027/01/31').map((expires) => ({
    kind: `expires ${expires}`,
    apply: (v: Written) => stringify({ ...clone(v), waivers: [{ rule: 'tls-version-legacy', host: firstHost(v)['host'], reason: 'r', expires }] }),
  })),
  fc.constant({ kind: 'host listed twice', apply: (v: Written) => { const c = clone(v); (c['hosts'] as Written[]).push(clone(firstHost(c))); return stringify(c); } }),
  fc.constant({ kind: 'required and forbidden', apply: (v: Written) => { const c = clone(v); firstHost(c)['require'] = ['imap']; firstHost(c)['forbid'] = ['imap']; return stringify(c); } }),
  fc.constant({ kind: 'nothing asked', apply: (v: Written) => { const c = clone(v); delete firstHost(c)['require']; delete firstHost(c)['forbid']; return stringify(c); } }),
  fc.constant({ kind: 'waiver for an unknown host', apply: (v: Written) => stringify({ ...clone(v), waivers: [{ rule: 'tls-version-legacy', host: 'unknown.invalid', reason: 'r', expires: '2027-01-31' }] }) }),
  fc.constantFrom('mail.example.com:25', 'https://mail.example.com', 'mail_example.com', '999.1.1.1', 'a..b').map((name) => ({ kind: `host name ${name}`, apply: (v: Written) => { const c = clone(v); firstHost(c)['host'] = name; return stringify(c); } })),
  fc.constant({ kind: 'duplicate top-level key', apply: (_v: Written, t: string) => `${t}version: 1\n` }),
  fc.nat().map((at) => ({ kind: 'a NUL byte', apply: (_v: Written, t: string) => { const i = at % (t.length + 1); return `${t.slice(0, i)}\u0000${t.slice(i)}`; } })),
  fc.constant({ kind: 'a tab indent', apply: (_v: Written, t: string) => t.replace(/\n {2}- /, '\n\t- ') }),
);

/** Character-level damage: the result may or may not be valid, but must never throw. */
export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...[':', '-', '[', ']', '{', '}', '&a', '*a', '!!binary', '"', "'", '\n', '  ', '\t', '#', '|', '>', '? ', '%YAML 1.1\n', '---\n', '\u00e9', '\ufeff']) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 4 }) }),
);

export interface TextEdit {
  op: 'delete' | 'insert' | 'replace';
  at: number;
  length?: number;
  text?: string;
}

export function applyEdit(text: string, edit: TextEdit): string {
  const at = edit.at % (text.length + 1);
  if (edit.op === 'delete') return text.slice(0, at) + text.slice(at + (edit.length ?? 1));
  if (edit.op === 'insert') return text.slice(0, at) + (edit.text ?? '') + text.slice(at);
  return text.slice(0, at) + (edit.text ?? '') + text.slice(at + (edit.text ?? '').length);
}

/** Pieces of every mail protocol's replies, good and bad, that random streams are built from. */
const PROTOCOL_TOKENS = [
  '220 ok', '220-more', '250-STARTTLS', '250 AUTH PLAIN', '250 ok', '421 busy', '454 no', '554 go away', '220 go ahead',
  '* OK ready', '* OK [CAPABILITY IMAP4rev1 STARTTLS]', '* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED', '* BYE', 'a1 OK done', 'a2 OK begin', 'a2 NO', 'a1 BAD',
  '+OK', '-ERR', 'STLS', 'USER', 'SASL PLAIN', '.',
  '"IMPLEMENTATION" "x"', '"STARTTLS"', '"SASL" "PLAIN"', 'OK', 'OK "go"', 'NO', 'BYE', '{5}', '"unterminated',
  'HTTP/1.1 200 OK', '::error::pwned', '%0A', '\x1b[31m',
];

const line = fc.oneof(
  fc.constantFrom(...PROTOCOL_TOKENS),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
);
const ending = fc.constantFrom('\r\n', '\n', '\r', '', '\r\n\r\n');

/** One chunk of a server's reply: protocol-shaped lines, raw bytes, or both. */
export const replyChunk: fc.Arbitrary<Buffer> = fc.oneof(
  fc.array(fc.tuple(line, ending), { minLength: 1, maxLength: 6 }).map((parts) => Buffer.from(parts.map(([l, e]) => l + e).join(''), 'latin1')),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.tuple(fc.constantFrom(...PROTOCOL_TOKENS), fc.uint8Array({ maxLength: 60 })).map(([l, bytes]) => Buffer.concat([Buffer.from(`${l}\r\n`, 'latin1'), Buffer.from(bytes)])),
);

/** A whole hostile conversation: what to send on accept and to each later client write, then close or fall silent. */
export const replyScript = fc.record({
  chunks: fc.array(replyChunk, { minLength: 0, maxLength: 5 }),
  then: fc.constantFrom('close' as const, 'wait' as const),
});

// ---------------------------------------------------------------------------------------------
// Certificates: the fields a peer chooses. Keys are slow to make, so a spec names one of a few
// keys made once (by index) and varies everything else.

/** Text a peer might put in a name: printable, hostile to log and runner parsers, or unicode. */
export const certificateText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '::error::remote text',
    '##[error]remote text',
    '%0A::warning::remote text',
    'a\r\n::error::b',
    '"quoted", with, commas',
    'CN=inner,O=nested',
    '\u001b[31mred\u001b[0m',
    'üñí©ødé ✉ 邮件',
    '\\0a\\0d',
    '#00ff',
    '',
  ),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\r', '\n', '\r\n', '"', ',', '::error::', '\u2028', '\u0000'), fc.string({ maxLength: 8 })).map((parts) => parts.join('')),
);

const NAME_TYPES = ['CN', 'O', 'OU', 'L', 'ST', 'C', 'DC', 'E'] as const;

/**
 * A distinguished name as @peculiar/x509 takes it: one to four RDNs of typed values. The empty
 * name has a test of its own (node reads it as an undefined subject or issuer).
 */
export const certificateName = fc.array(
  fc.record({ type: fc.constantFrom(...NAME_TYPES), value: certificateText, utf8: fc.boolean() }),
  { minLength: 1, maxLength: 4 },
);

/** One subjectAltName entry: DNS text (well formed or not), an IP literal, or a kind ignored by name checks. */
export const sanEntry = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(fc.domain(), certificateText).map((value) => ({ type: 'dns' as const, value })) },
  { weight: 2, arbitrary: fc.oneof(fc.ipV4(), fc.ipV6()).map((value) => ({ type: 'ip' as const, value })) },
  { weight: 1, arbitrary: fc.emailAddress().map((value) => ({ type: 'email' as const, value })) },
  { weight: 1, arbitrary: fc.webUrl().map((value) => ({ type: 'url' as const, value })) },
);

/** Dates the generator can write exactly: UTCTime covers 1950–2049, GeneralizedTime the rest. */
export const certificateDate = fc.oneof(
  fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)), noInvalidDate: true }),
  fc.constantFrom(
    new Date(Date.UTC(1950, 0, 1)),
    new Date(Date.UTC(2049, 11, 31, 23, 59, 59)),
    new Date(Date.UTC(2050, 0, 1)),
    new Date(Date.UTC(9999, 11, 31, 23, 59, 59)),
  ),
  fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.now() + days * 86_400_000)),
);

export const certificateSpec = fc.record({
  subject: certificateName,
  issuer: certificateName,
  /** Either order: notBefore after notAfter is a certificate a peer can send. */
  notBefore: certificateDate,
  notAfter: certificateDate,
  /** No extension at all, or a list (possibly empty). */
  san: fc.option(fc.array(sanEntry, { maxLength: 6 }), { nil: null }),
  /** Indices into the keys made once: the certified key and the one that signs. */
  key: fc.nat(),
  signer: fc.nat(),
  hash: fc.constantFrom('SHA-256', 'SHA-384', 'SHA-512'),
  host: fc.oneof(fc.domain(), fc.ipV4(), fc.ipV6(), certificateText),
});

export type CertificateSpec = typeof certificateSpec extends fc.Arbitrary<infer T> ? T : never;
