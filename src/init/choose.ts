// What a starter policy asks of each host and domain, from what `init` saw, with the reason for
// every choice in our own words. Pure: no network, no clock. The reasons never quote remote text
// (greetings, Location headers, MTA-STS files, TXT records); the only remote values they carry are
// host names held to LDH syntax, IP addresses, port and status numbers, TLS version names and an
// MTA-STS mode checked against its three words.
//
// The defaults, as a mail administrator would want them (RFC 8314, RFC 3207, RFC 5804):
//   - implicit TLS that answers (submissions, imaps, pop3s, https): require;
//   - smtp that answers: require, with or without STARTTLS today: mail between servers has no
//     implicit-TLS port, so port 25 stays and must offer STARTTLS;
//   - submission, imap, pop3, managesieve that answer and offer STARTTLS: require (legitimate,
//     and check then holds them to STARTTLS, no authentication before TLS and the injection test);
//     without STARTTLS: forbid (passwords would cross in clear), with how to keep them instead;
//   - http that redirects to https on the same host: require; otherwise forbid;
//   - what did not answer: not listed, but named in a comment, so that the choice is visible;
//   - DANE (RFC 7672): required when every MX host has DNSSEC-authenticated TLSA records of which
//     one matches what it presents on 25, judged by the same code check judges with, so that a
//     certificate rolled without its TLSA record fails the gate; optional when only some have;
//     off otherwise, with why (no resolver trusted for DNSSEC, an unsigned zone, no TLSA records,
//     or a look-up that got no answer, which is never taken for records that are missing).
import { isIP } from 'node:net';
import { SERVICES, type ServiceName } from '../policy/services.js';
import { serviceEntryOf } from '../probe/dialogues/index.js';
import { isHostName } from '../probe/dns-targets.js';
import type { DomainFacts } from '../facts/domains.js';
import type { EndpointFacts, TlsVersionName } from '../facts/endpoint.js';
import { redirectProblem } from '../rules/http.js';
import { initDomainPolicy, type HostReason, type HostSeen, type ServiceSeen } from './discover.js';
import { asTlsVersionName } from '../common/tls-versions.js';
import { lookupGotNoAnswer } from '../facts/vocabulary.js';
import type { DaneHostFacts } from '../facts/dane.js';
import { DNSSEC_ERRORS } from '../facts/dane-vocabulary.js';
import { daneReport, dnssecStanding, recordName, tlsaStanding, unansweredWords, type DaneOutcome, type ObservedEndpoint } from '../rules/dane.js';

export interface Choice {
  service: ServiceName;
  why: string;
}

export interface HostChoice {
  host: string;
  /** Lines said about the host as a whole (how it was found, its addresses). */
  notes: string[];
  require: Choice[];
  forbid: Choice[];
  /** Services left out, each with why (no answer, busy, not the protocol). */
  unlisted: string[];
}

export interface DomainChoice {
  domain: string;
  notes: string[];
  mx: { why: string };
  mtaSts: { value: 'enforce' | 'testing' | 'off'; why: string };
  tlsRpt: { value: 'required' | 'off'; why: string };
  dane: { value: 'required' | 'optional' | 'off'; why: string };
}

export interface Starter {
  hosts: HostChoice[];
  domains: DomainChoice[];
  /** Names that give the policy nothing, each with why. */
  leftOut: string[];
}

/** How a service answered, on the address that showed the most. */
type Answer =
  | { kind: 'silent'; why: string }
  | { kind: 'busy' }
  | { kind: 'not-protocol'; silentAfterConnect: boolean }
  | { kind: 'tls'; version: TlsVersionName | null; certificate: string }
  | { kind: 'starttls'; upgraded: boolean; certificate: string }
  | { kind: 'cleartext'; authBeforeTls: boolean }
  | { kind: 'http'; redirects: boolean; status: number | null };

/** What the implicit-TLS alternative of a STARTTLS service is (RFC 8314 §3.3), if it has one. */
const IMPLICIT_TWIN: Partial<Record<ServiceName, ServiceName>> = { submission: 'submissions', imap: 'imaps', pop3: 'pop3s' };


function certificateNote(f: EndpointFacts): string {
  const cert = f.tls?.certificate;
  if (!cert) return '';
  const problems = [!cert.trusted && 'its certificate is not trusted', !cert.nameMatch && 'its certificate does not name this host', cert.daysLeft < 0 && 'its certificate has expired'].filter(Boolean);
  return problems.length === 0 ? '' : `; ${problems.join(', ')}: check will report it`;
}

function silentWhy(f: EndpointFacts): string {
  switch (f.error?.kind) {
    case 'refused':
      return 'refused';
    case 'timeout':
      return 'timed out';
    case 'unreachable':
      return 'unreachable';
    default:
      return 'no answer';
  }
}

function answerOf(service: ServiceName, f: EndpointFacts): Answer {
  if (!f.reachable) return { kind: 'silent', why: silentWhy(f) };
  if (f.error?.busy) return { kind: 'busy' };
  // Accepted, then silent: a tarpit, or a filter that completes the connection; nothing shows the service is there.
  const notProtocol: Answer = { kind: 'not-protocol', silentAfterConnect: f.error?.kind === 'timeout' && f.error.step !== 'connect' };
  const spec = SERVICES[service];
  if (spec.transport === 'http') {
    if (f.http === null || f.http.status === null) return notProtocol;
    return { kind: 'http', redirects: redirectProblem(f.host, f.http.status, f.http.location) === null, status: f.http.status };
  }
  if (spec.transport === 'implicit-tls') {
    if (f.tls === null) return notProtocol;
    // A handshake that never finished (tls.ts words its deadline 'timeout: …'): nothing shows TLS is served there.
    if (f.tls.version === null && (f.error?.kind === 'timeout' || f.tls.error?.startsWith('timeout:'))) return { kind: 'not-protocol', silentAfterConnect: true };
    const version = asTlsVersionName(f.tls.version);
    return { kind: 'tls', version, certificate: certificateNote(f) };
  }
  if (f.plaintext === null) return notProtocol;
  if (!f.plaintext.starttls) return { kind: 'cleartext', authBeforeTls: f.plaintext.authBeforeTls.length > 0 };
  return { kind: 'starttls', upgraded: f.tls?.version != null, certificate: certificateNote(f) };
}

/** Higher shows more of the service: the address that showed most speaks for the host. */
const WEIGHT: Record<Answer['kind'], number> = { silent: 0, busy: 1, 'not-protocol': 2, cleartext: 3, http: 4, tls: 4, starttls: 4 };

function bestAnswer(seen: ServiceSeen): { answer: Answer; answered: number; of: number } {
  const answers = seen.facts.map((f) => answerOf(seen.service, f));
  if (answers.length === 0) return { answer: { kind: 'silent', why: 'no address' }, answered: 0, of: 0 };
  const best = answers.reduce((a, b) => (WEIGHT[b.kind] > WEIGHT[a.kind] ? b : a));
  return { answer: best, answered: answers.filter((a) => a.kind !== 'silent').length, of: answers.length };
}

/** A service's entry (or why it has none). */
function chooseService(seen: ServiceSeen): { list: 'require' | 'forbid'; why: string } | { list: null; why: string } {
  const { service, port } = seen;
  const { answer, answered, of } = bestAnswer(seen);
  const on = `answered on ${port}`;
  const partly = answered > 0 && answered < of ? ` (on ${answered} of ${of} addresses; the others did not answer: check will report them)` : '';
  const name = serviceEntryOf(service).label;
  switch (answer.kind) {
    case 'silent':
      // Networks (cloud runners among them) often drop outbound port 25: a time-out there may be the path's.
      return { list: null, why: `${service} (${port}): ${answer.why}${service === 'smtp' && answer.why === 'timed out' ? ' (many networks drop outbound port 25: if this host receives mail, run init again from where port 25 is open)' : ''}` };
    case 'busy':
      return { list: null, why: `${service} (${port}): turned the probe away as busy; run init again later` };
    case 'not-protocol':
      if (answer.silentAfterConnect) return { list: null, why: `${service} (${port}): accepted the connection, but said nothing in time` };
      return { list: null, why: `${service} (${port}): something answered, but not as ${name}` };
    case 'tls':
      if (answer.version === null) return { list: 'require', why: `${on}, but the TLS handshake failed: check will report it until it works${partly}` };
      return { list: 'require', why: `${on}: ${name}, ${answer.version}${answer.certificate}${partly}` };
    case 'http':
      if (answer.redirects) return { list: 'require', why: `${on}: redirects to https on the same host${partly}` };
      return {
        list: 'forbid',
        why: `${on} without redirecting to https on the same host (status ${answer.status}): forbid it, or make it redirect and move it to require${partly}`,
      };
    case 'starttls': {
      const upgrade = answer.upgraded ? `STARTTLS offered and the upgrade worked${answer.certificate}` : 'STARTTLS offered, but the upgrade failed: check will report it until it works';
      const twin = IMPLICIT_TWIN[service];
      const advice =
        service === 'smtp'
          ? 'mail between servers has no implicit-TLS port, so port 25 stays, with STARTTLS'
          : service === 'managesieve'
            ? 'ManageSieve has no implicit-TLS port (RFC 5804): STARTTLS is how it is secured'
            : `a legitimate service; RFC 8314 prefers ${twin} (${SERVICES[twin!].port}): move this to forbid once no client needs ${port}`;
      return { list: 'require', why: `${on}: ${name}, ${upgrade}; ${advice}${partly}` };
    }
    case 'cleartext':
      if (service === 'smtp') {
        return {
          list: 'require',
          why: `${on}: SMTP without STARTTLS${answer.authBeforeTls ? ', offering authentication in clear' : ''}; mail between servers has no implicit-TLS port, so port 25 stays required and check will report starttls-not-offered${answer.authBeforeTls ? ' and plaintext-auth-offered' : ''} until STARTTLS is on${partly}`,
        };
      }
      return {
        list: 'forbid',
        why: `${on}: cleartext ${name}, no STARTTLS offered${answer.authBeforeTls ? ', authentication offered in clear' : ''}, so passwords would cross in clear; forbid it, or enable STARTTLS and move it to require if clients need it${partly}`,
      };
  }
}

function reasonNote(reason: HostReason | undefined): string | null {
  switch (reason?.kind) {
    case 'ip-literal':
      return 'an IP address: probed as a host';
    case 'no-mx':
      return 'no MX records: probed as a host';
    case 'null-mx':
      return 'a null MX (RFC 7505, accepts no mail): probed as a host';
    case 'mx-lookup-failed':
      return `its MX look-up failed (${codeText(reason.code)}): probed as a host`;
    default:
      return null;
  }
}

/** A resolver code as text for a comment: only the shape codes have. */
function codeText(code: string): string {
  return /^[A-Z0-9_]{1,32}$/.test(code) ? code : 'an error';
}

/** A resolver's reason as the planner words it (a code, or our words); anything else is not repeated. */
function plainReason(reason: string | null): string {
  return reason !== null && /^[A-Za-z0-9 _():,.-]{1,160}$/.test(reason) ? reason : 'not resolved';
}

/** Only values that cannot carry text: IP addresses as the resolver gave them. */
function safeAddresses(addresses: string[]): string[] {
  return addresses.filter((a) => isIP(a) !== 0);
}

export function chooseHost(seen: HostSeen, coveredByDomain: boolean): HostChoice | { leftOut: string } {
  const notes: string[] = [];
  const reason = reasonNote(seen.reason);
  if (reason) notes.push(reason);
  if (seen.mxOf.length > 0) notes.push(`MX host of ${seen.mxOf.join(', ')}`);
  const addresses = safeAddresses(seen.addresses);
  if (addresses.length === 0) return { leftOut: `${seen.host}: no address (${plainReason(seen.resolveError)})` };
  notes.push(`addresses probed: ${addresses.join(', ')}`);
  const choice: HostChoice = { host: seen.host, notes, require: [], forbid: [], unlisted: [] };
  for (const service of seen.services) {
    const chosen = chooseService(service);
    // The domain's `mx:` already requires smtp of its MX hosts; listing it again changes nothing.
    if (service.service === 'smtp' && coveredByDomain && chosen.list === 'require') {
      choice.unlisted.push(`smtp (25): required by the domain's mx: entry (${chosen.why})`);
      continue;
    }
    if (chosen.list === null) choice.unlisted.push(chosen.why);
    else choice[chosen.list].push({ service: service.service, why: chosen.why });
  }
  if (choice.require.length === 0 && choice.forbid.length === 0 && !seen.named) return { leftOut: `${seen.host}: nothing to ask of it beyond the domain's mx: entry` };
  if (choice.require.length === 0 && choice.forbid.length === 0) return { leftOut: `${seen.host}: none of the ten services answered` };
  return choice;
}

export function chooseDomain(facts: DomainFacts, smtpBy: Map<string, string>, dane: DaneOutcome[] = []): DomainChoice {
  const notes: string[] = [];
  const mxHosts = facts.mx.records.filter((r) => isHostName(r.host));
  if (mxHosts.length > 0) notes.push(`MX: ${mxHosts.map((r) => `${r.host} (${r.preference})`).join(', ')}`);
  for (const skip of facts.skipped) {
    const host = skip.host !== null && isHostName(skip.host) ? skip.host : null;
    const count = `${skip.left.length} ${skip.left.length === 1 ? 'entry' : 'entries'}`;
    switch (skip.reason) {
      case 'not-a-host-name':
        notes.push(`${skip.role === 'mx' ? 'MX' : 'MTA-STS'}: ${count} that ${skip.left.length === 1 ? 'is not a host name' : 'are not host names'} left out${host ? ` (from ${host})` : ''}`);
        break;
      case 'too-many-mx-hosts':
        notes.push(`MX: ${count} past the first ten left out`);
        break;
      case 'restricted-address':
        notes.push(`${host ?? 'a host'}: every loopback, link-local or multicast address left out (--allow-loopback probes them, for test setups)`);
        break;
      case 'too-many-addresses':
        notes.push(`${host ?? 'a host'}: addresses past the first eight left out`);
        break;
    }
  }
  const answers = mxHosts.map((r) => smtpBy.get(r.host)).filter((w): w is string => w !== undefined);
  const mxWhy = `every MX host must offer SMTP with STARTTLS on 25${answers.length > 0 ? `; seen: ${answers.join('; ')}` : ''}`;
  return { domain: facts.domain, notes, mx: { why: mxWhy }, mtaSts: chooseMtaSts(facts), tlsRpt: chooseTlsRpt(facts), dane: chooseDane(facts, dane) };
}

function chooseMtaSts(facts: DomainFacts): DomainChoice['mtaSts'] {
  const sts = facts.mtaSts;
  if (sts === null || (sts.record.records.length === 0 && sts.record.problem === null && sts.record.id === null)) {
    return { value: 'off', why: 'no _mta-sts record published: publish one (RFC 8461), then set testing, then enforce' };
  }
  if (sts.record.id === null) return { value: 'off', why: 'no valid v=STSv1 record at _mta-sts: fix it (RFC 8461 section 3.1), then set testing, then enforce' };
  const policy = sts.policy;
  if (policy === null) {
    const host = `mta-sts.${facts.domain}`;
    const code = sts.fetch.errorKind === 'unresolved' ? sts.fetch.lookupCode : null;
    // Silence from the name server says nothing of the policy host: never that it is missing.
    if (code !== null && lookupGotNoAnswer(code)) {
      return { value: 'off', why: `an MTA-STS record is published, but the address look-up of ${host} got no answer (${codeText(code)}), so the policy file was not fetched: run init again once the look-up answers` };
    }
    if (code !== null) {
      const missing = code === 'ENOTFOUND' || code === 'EAI_NONAME' ? 'does not exist' : 'has no address';
      return { value: 'off', why: `an MTA-STS record is published, but its policy host ${host} ${missing} (${codeText(code)}): set testing or enforce once the policy file is served` };
    }
    const why = sts.fetch.errorKind === 'skipped' ? 'was not fetched (its host is one this run does not contact)' : `could not be fetched${sts.fetch.status !== null ? ` (HTTP ${sts.fetch.status})` : sts.fetch.errorKind ? ` (${sts.fetch.errorKind})` : ''}`;
    return { value: 'off', why: `an MTA-STS record is published, but the policy file ${why}: set testing or enforce once it is served` };
  }
  if (policy.problems.length > 0) return { value: 'off', why: 'an MTA-STS record is published, but its policy file does not parse (RFC 8461 section 3.2): set testing or enforce once it does' };
  if (policy.mode === 'enforce' || policy.mode === 'testing') return { value: policy.mode, why: `published: mode ${policy.mode}${policy.mode === 'testing' ? '; set enforce once TLS-RPT reports are clean' : ''}` };
  return { value: 'off', why: 'published with mode none (MTA-STS switched off): set testing, then enforce, to hold the domain to it' };
}

function chooseTlsRpt(facts: DomainFacts): DomainChoice['tlsRpt'] {
  const rpt = facts.tlsRpt;
  if (rpt !== null && rpt.problem === null) return { value: 'required', why: `published: a v=TLSRPTv1 record with ${rpt.rua.length} reporting address${rpt.rua.length === 1 ? '' : 'es'}` };
  if (rpt !== null && rpt.records.some((r) => /^v[ \t]*=[ \t]*TLSRPTv1/.test(r))) return { value: 'off', why: 'a v=TLSRPTv1 record is published, but it is not valid (RFC 8460 section 3): set required once it is' };
  return { value: 'off', why: 'no _smtp._tls record published: publish one (RFC 8460) and set required to get reports of failed TLS' };
}

/**
 * How one MX host stands for DANE: the record that matched on every address it was probed at, or
 * why not; `unknown` when nothing answered the question (no TLSA answer, no TLS session to match
 * the records against), which says nothing of whether its records would match.
 */
function hostDane(host: DaneHostFacts, outcomes: readonly DaneOutcome[]): { matched: string } | { without: string; unknown: boolean } {
  const name = isHostName(host.host) ? host.host : 'an MX host';
  const tlsa = tlsaStanding(host);
  switch (tlsa.kind) {
    case 'unanswered':
      return { without: `${name}: the TLSA look-up got no answer (${unansweredWords(host.tlsa)})`, unknown: true };
    case 'insecure':
      return { without: `${name}: its TLSA answer is not DNSSEC-authenticated`, unknown: false };
    case 'none':
      return { without: `${name}: no TLSA records published`, unknown: false };
    case 'unusable':
      return { without: `${name}: only TLSA records a mail server does not use (${[...new Set(tlsa.records.map(recordName))].join(', ')})`, unknown: false };
    case 'usable':
      break;
  }
  const mine = outcomes.filter((o) => o.host === host.host);
  if (mine.length === 0) return { without: `${name}: TLSA records published, but no port-25 session to match them against`, unknown: true };
  const failed = mine.filter((o) => o.outcome !== 'dane-ee' && o.outcome !== 'dane-ta');
  if (failed.length === 0) return { matched: `${name} (${[...new Set(mine.map((o) => recordName(o.record!)))].join(', ')})` };
  // What an address answered outweighs one that showed no TLS session: a record that does not
  // match there is known, whatever the other addresses would have shown.
  const shown = failed.find((o) => o.outcome !== 'no-chain') ?? failed[0]!;
  const count = failed.filter((o) => o.outcome === shown.outcome).length;
  const on = count < mine.length ? ` on ${count} of ${mine.length} addresses` : '';
  switch (shown.outcome) {
    case 'no-chain':
      return { without: `${name}: no TLS session on 25${on} to match its TLSA records against`, unknown: true };
    case 'ta-unverified':
      return { without: `${name}: only a DANE-TA record naming a root the server may not send${on}`, unknown: false };
    default:
      return { without: `${name}: no TLSA record matches the certificate it presents on 25${on}`, unknown: false };
  }
}

/**
 * `dane:` as the domain stands today, judged as check would judge `dane: required` (the DANE
 * rules' outcomes): required only when that would pass, so a starter never fails on the system
 * it was written from.
 */
function chooseDane(facts: DomainFacts, outcomes: readonly DaneOutcome[]): DomainChoice['dane'] {
  const dane = facts.dane;
  if (dane === null) return { value: 'off', why: 'DANE was not looked at' };
  if (dane.mx.error === DNSSEC_ERRORS.noResolver || dane.mx.error === DNSSEC_ERRORS.untrustedResolver) {
    return { value: 'off', why: 'no resolver trusted for DNSSEC: run init again with --resolver naming a validating resolver to see whether the MX hosts publish TLSA records (RFC 7672)' };
  }
  const mx = dnssecStanding(dane.mx);
  if (mx === 'unanswered') return { value: 'off', why: `the DNSSEC look-up of the MX records got no answer (${unansweredWords(dane.mx)}): run init again once it answers to see whether DANE applies` };
  if (mx === 'insecure') return { value: 'off', why: 'the MX records are not DNSSEC-authenticated (an unsigned zone, or a resolver that does not validate), so DANE cannot apply (RFC 7672 section 2.2)' };
  if (dane.hosts.length === 0) return { value: 'off', why: 'the MX records are DNSSEC-authenticated, but there is no MX host to look up TLSA records for' };
  const stands = dane.hosts.map((host) => hostDane(host, outcomes));
  const matched = stands.flatMap((s) => ('matched' in s ? [s.matched] : []));
  const without = stands.flatMap((s) => ('without' in s ? [s.without] : []));
  if (without.length === 0) {
    return { value: 'required', why: `every MX host has DNSSEC-authenticated TLSA records that match the certificate it presents on 25: ${matched.join(', ')}; a certificate rolled without its TLSA record fails check` };
  }
  if (matched.length > 0) return { value: 'optional', why: `DNSSEC-authenticated TLSA records match on ${matched.join(', ')}; not on ${without.join('; ')}: set required once every MX host has them` };
  // No match seen: "no match" only where every host answered; silence is never read as one.
  if (stands.some((s) => 'without' in s && s.unknown)) {
    return { value: 'off', why: `the MX records are DNSSEC-authenticated, but whether the MX hosts' TLSA records match is not known: ${without.join('; ')}: run init again once every MX host answers to see whether DANE can be required` };
  }
  return { value: 'off', why: `the MX records are DNSSEC-authenticated, but no MX host has TLSA records that match: ${without.join('; ')}` };
}

/** Every choice for what discover() saw. */
export function chooseStarter(domains: DomainFacts[], hosts: HostSeen[], observed: readonly ObservedEndpoint[] = []): Starter {
  const leftOut: string[] = [];
  const chosen: HostChoice[] = [];
  // What each MX host showed on 25, for its domain's comment.
  const smtpBy = new Map<string, string>();
  for (const seen of hosts) {
    if (seen.mxOf.length === 0) continue;
    const smtp = seen.services.find((s) => s.service === 'smtp');
    const decision = smtp ? chooseService(smtp) : null;
    const said = decision === null ? 'not probed' : decision.list === 'require' ? shortSmtp(smtp!) : decision.why.replace(/^smtp \(25\): /, 'on 25: ');
    smtpBy.set(seen.host, `${seen.host} ${said}`);
  }
  for (const seen of hosts) {
    const result = chooseHost(seen, seen.mxOf.length > 0);
    if ('leftOut' in result) {
      if (seen.named || seen.mxOf.length === 0) leftOut.push(result.leftOut);
    } else chosen.push(result);
  }
  // The DANE rules' view of each domain as if its policy said `dane: required`.
  const dane = daneReport(domains.map((d) => initDomainPolicy(d.domain)), domains, observed);
  return { hosts: chosen, domains: domains.map((d) => chooseDomain(d, smtpBy, dane.filter((o) => o.domain === d.domain))), leftOut };
}

function shortSmtp(seen: ServiceSeen): string {
  const { answer } = bestAnswer(seen);
  if (answer.kind === 'starttls') return answer.upgraded ? 'offers STARTTLS' : 'offers STARTTLS, but the upgrade failed';
  if (answer.kind === 'cleartext') return `answers without STARTTLS${answer.authBeforeTls ? ', offering authentication in clear' : ''}`;
  return 'answered';
}
