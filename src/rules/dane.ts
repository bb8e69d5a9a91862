// What the DANE rules share (dane-missing, dane-mismatch, dnssec-insecure, dane-unusable; their
// checks are in src/rules/catalog/), and trust under DANE: what a `domains:` entry's `dane:` asks,
// what the validating resolver said of the MX and TLSA answers (RFC 7672 §2.2), and how the
// TLSA records of each MX host fare against the chains its port-25 endpoints presented (RFC 7672
// §3.1). Pure: facts in, standing out.
import { canonicalName } from '../common/host-names.js';
import type { DaneFacts, DaneHostFacts, DnssecAnswer, TlsaRecord } from '../facts/dane.js';
import { DNSSEC_ERRORS, describeDnssecError } from '../facts/dane-vocabulary.js';
import { type DomainFacts, mxHostNames } from '../facts/domains.js';
import type { EndpointFacts } from '../facts/endpoint.js';
import type { Endpoint } from '../plan/types.js';
import type { DomainPolicy } from '../policy/types.js';
import { type ChainMatch, isUsable, matchChain, tlsaParameters, USAGE_NAMES } from './dane-match.js';
import { describeEndpoint, listOf } from './describe.js';
import { list } from './domains.js';
import { certificateOf } from './certificate.js';
import type { Draft } from './draft.js';
import { compareText } from '../order.js';
import { daneTaUnverified, daneUnanswered } from './catalog/check-inconclusive.js';

/** An endpoint with what it showed: the port-25 sessions whose chains the TLSA records are matched against. */
export interface ObservedEndpoint {
  endpoint: Endpoint;
  facts: EndpointFacts;
}

/**
 * What the resolver said of one DNSSEC question: an authenticated answer (`secure`, AD set),
 * an answer it did not authenticate (`insecure`: an unsigned zone, a resolver that does not
 * validate, or an answer from the system's name server, whose AD bit is not believed:
 * `untrusted-resolver`, docs/domains.md, "DANE"), or no verdict at all (`unanswered`: SERVFAIL,
 * which a validating resolver gives for bogus data such as expired signatures, a time-out, a
 * refusal). An unanswered question is untested, never "insecure".
 */
export type DnssecStanding = 'secure' | 'insecure' | 'unanswered';

/** RCODEs that are answers: the name's data, or that it does not exist. Anything else answers nothing. */
const ANSWERING_RCODES = new Set(['NOERROR', 'NXDOMAIN']);

export function dnssecStanding(answer: DnssecAnswer): DnssecStanding {
  if (answer.rcode === null || !ANSWERING_RCODES.has(answer.rcode)) return 'unanswered';
  // The one error that comes with an answer: its AD bit is not believed, so it shows no DNSSEC.
  if (answer.error === DNSSEC_ERRORS.untrustedResolver) return 'insecure';
  if (answer.error !== null) return 'unanswered';
  return answer.authenticated === true ? 'secure' : 'insecure';
}

/** "the resolver answered SERVFAIL", "no answer in time", …: why a question went unanswered. */
export function unansweredWords(answer: DnssecAnswer): string {
  if (answer.error !== null) return describeDnssecError(answer.error);
  return answer.rcode !== null ? `the resolver answered ${answer.rcode}` : 'no answer';
}

/** "NOERROR, authenticated (AD)" / "NXDOMAIN, not authenticated" / why the AD bit is not believed. */
export function answerWords(answer: DnssecAnswer): string {
  if (dnssecStanding(answer) === 'unanswered') return unansweredWords(answer);
  if (answer.error !== null) return `${answer.rcode}, ${describeDnssecError(answer.error)}`;
  return `${answer.rcode}, ${answer.authenticated === true ? 'authenticated (AD)' : 'not authenticated'}`;
}

/** The DANE facts of a domain whose policy asks about DANE; null when it does not, or nothing was looked up. */
export function daneAsked(policy: DomainPolicy, facts: DomainFacts): DaneFacts | null {
  if (policy.dane === 'off' || facts.dane == null) return null;
  return facts.dane;
}

/** What an MX host's TLSA answer is, once it is an authenticated one. */
export type TlsaStanding =
  | { kind: 'unanswered' }
  | { kind: 'insecure' }
  /** Authenticated: no TLSA records (NXDOMAIN or no data). */
  | { kind: 'none' }
  /** Authenticated records, none of them usable (usages 0 and 1, or unknown parameters). */
  | { kind: 'unusable'; records: TlsaRecord[] }
  /** Authenticated records, some usable: these are matched. */
  | { kind: 'usable'; records: TlsaRecord[] };

export function tlsaStanding(host: DaneHostFacts): TlsaStanding {
  const dnssec = dnssecStanding(host.tlsa);
  if (dnssec !== 'secure') return { kind: dnssec };
  if (host.records.length === 0) return { kind: 'none' };
  const usable = host.records.filter(isUsable);
  return usable.length === 0 ? { kind: 'unusable', records: host.records } : { kind: 'usable', records: usable };
}

/**
 * The SMTP endpoints the plan probed for one MX host (each of its addresses): port 25, where
 * senders meet the key its `_25._tcp` records name, unless the policy's `mx:` item moved the
 * service to another port (a lab or a test bed standing in for port 25).
 */
export function mxSmtpEndpoints(host: string, observed: readonly ObservedEndpoint[]): ObservedEndpoint[] {
  return smtpEndpointsByHost(observed).get(host) ?? [];
}

/**
 * The required SMTP endpoints of a run, by canonical host name: built once per list of endpoints
 * (the judgement, the report and dane-mismatch all ask per MX host), so a fleet with many DANE
 * domains is not scanned whole for each of their hosts. The list is the run's finished
 * observations, which nothing changes once they are judged.
 */
const smtpIndex = new WeakMap<readonly ObservedEndpoint[], Map<string, ObservedEndpoint[]>>();
function smtpEndpointsByHost(observed: readonly ObservedEndpoint[]): Map<string, ObservedEndpoint[]> {
  let index = smtpIndex.get(observed);
  if (index === undefined) {
    index = new Map();
    for (const o of observed) {
      if (o.endpoint.expectation !== 'require' || o.endpoint.service !== 'smtp') continue;
      const host = canonicalName(o.endpoint.host);
      const list = index.get(host);
      if (list === undefined) index.set(host, [o]);
      else list.push(o);
    }
    smtpIndex.set(observed, index);
  }
  return index;
}

/** How one port-25 endpoint's presented chain fares; null when it presented none to match (no TLS session). */
export function endpointMatch(records: readonly TlsaRecord[], o: ObservedEndpoint): ChainMatch | null {
  const certificate = certificateOf(o.facts);
  if (certificate === null || certificate.presented.length === 0) return null;
  return matchChain(records, certificate.presented);
}

/** A record as evidence: its parameters and the head of its data (remote bytes, hex only). */
export function recordWords(record: TlsaRecord): string {
  const data = /^[0-9a-fA-F]*$/.test(record.data) ? record.data.toLowerCase() : '(not hex)';
  return `${tlsaParameters(record)} ${data.length > 16 ? `${data.slice(0, 16)}…` : data}`;
}

export function recordsWords(records: readonly TlsaRecord[], max = 6): string {
  const shown = records.slice(0, max).map(recordWords);
  return records.length > max ? `${listOf(shown)} and ${records.length - max} more` : listOf(shown);
}

/** "DANE-EE 3 1 1", "DANE-TA 2 1 1". */
export function recordName(record: TlsaRecord): string {
  return `${USAGE_NAMES[record.usage] ?? `usage ${record.usage}`} ${tlsaParameters(record)}`;
}

/**
 * How DANE stands at one port-25 endpoint of an MX host whose domain asks about DANE: the
 * judgement the report carries apart from the findings (which record matched which certificate).
 * `applies`: the MX answer and the host's TLSA answer are both authenticated (RFC 7672 §2.2), so
 * senders that use DANE hold the host to its records.
 */
export interface DaneOutcome {
  domain: string;
  host: string;
  address: string | null;
  port: number;
  applies: boolean;
  /**
   * `dane-ee` / `dane-ta`: a usable record matched (the record and the certificate it named);
   * `ta-unverified`: only a DANE-TA record naming a locally trusted root the server may not have sent;
   * `no-match`: usable records, none matched; `no-chain`: no TLS session, nothing to match;
   * `no-records` / `unusable`: no TLSA records, or none usable; `insecure`: the TLSA answer was
   * not authenticated; `unanswered`: the MX or TLSA question got no verdict.
   */
  outcome: 'dane-ee' | 'dane-ta' | 'ta-unverified' | 'no-match' | 'no-chain' | 'no-records' | 'unusable' | 'insecure' | 'unanswered';
  record: TlsaRecord | null;
  /** The certificate the record matched: its place in the presented chain (0 the leaf) and subject. */
  certificate: { depth: number; subject: string } | null;
}

/**
 * One domain's view of one port-25 endpoint of its MX host: how DANE stands there for mail to that
 * domain, and, when the MX or TLSA question went unanswered while that leaves DANE's applying in
 * doubt, the question.
 */
interface DaneEntry {
  o: ObservedEndpoint;
  outcome: DaneOutcome;
  unanswered: { name: string; answer: DnssecAnswer } | null;
}

/** Each DANE-asked domain's MX hosts' port-25 endpoints, with how DANE stands there, in the policy's order. */
function daneOutcomes(policies: readonly DomainPolicy[], byName: ReadonlyMap<string, DomainFacts>, observed: readonly ObservedEndpoint[]): DaneEntry[] {
  const out: DaneEntry[] = [];
  for (const policy of policies) {
    const facts = byName.get(canonicalName(policy.domain));
    const dane = facts && daneAsked(policy, facts);
    if (!dane) continue;
    const mx = dnssecStanding(dane.mx);
    for (const host of dane.hosts) {
      const tlsa = tlsaStanding(host);
      const applies = mx === 'secure' && tlsa.kind !== 'unanswered' && tlsa.kind !== 'insecure';
      for (const o of mxSmtpEndpoints(host.host, observed)) {
        const base = { domain: facts.domain, host: host.host, address: o.endpoint.address, port: o.endpoint.port, applies, record: null, certificate: null };
        if (mx === 'unanswered') {
          out.push({ o, outcome: { ...base, outcome: 'unanswered' }, unanswered: { name: `the MX records of ${facts.domain}`, answer: dane.mx } });
          continue;
        }
        if (tlsa.kind === 'unanswered') {
          // An MX answer that is not authenticated keeps DANE from applying whatever the TLSA
          // answer would have been (RFC 7672 §2.2.1): the silence leaves nothing unknown there.
          const unknown = mx === 'insecure' ? null : { name: host.tlsaName, answer: host.tlsa };
          out.push({ o, outcome: { ...base, outcome: 'unanswered' }, unanswered: unknown });
          continue;
        }
        if (tlsa.kind !== 'usable') {
          const outcome = tlsa.kind === 'none' ? 'no-records' : tlsa.kind;
          out.push({ o, outcome: { ...base, outcome }, unanswered: null });
          continue;
        }
        const match = endpointMatch(tlsa.records, o);
        const presented = certificateOf(o.facts)?.presented ?? [];
        const named = (depth: number) => ({ depth, subject: presented[depth]?.subject ?? '' });
        const outcome: DaneOutcome =
          match === null
            ? { ...base, outcome: 'no-chain' }
            : match.kind === 'none'
              ? { ...base, outcome: 'no-match' }
              : { ...base, outcome: match.kind, record: match.record, certificate: named(match.kind === 'dane-ee' ? 0 : match.depth) };
        out.push({ o, outcome, unanswered: null });
      }
    }
  }
  return out;
}

/** A usable record that matched, as it decides how the certificate is judged (RFC 7672 §3.1.1, §3.1.2). */
export type DaneMatch = { kind: 'dane-ee'; record: TlsaRecord } | { kind: 'dane-ta'; record: TlsaRecord; depth: number };

/** What keeps an endpoint's DANE check open: nobody knows how DANE judges its certificate. */
export type DaneOpenQuestion =
  /** The MX or TLSA question went unanswered: whether DANE applies here is unknown. */
  | { kind: 'unanswered'; name: string; answer: DnssecAnswer }
  /** Only a DANE-TA record naming a root the server may not have sent: whether DANE senders find a match is unknown. */
  | { kind: 'ta-unverified'; record: TlsaRecord; subject: string };

/**
 * DANE as it decides how one port-25 endpoint's certificate is judged, over every domain that
 * asks about DANE and has the endpoint's host among its MX hosts: a match sets judgements aside
 * only when it holds for each of them (RFC 7672 §2.2, §3.1.1, §3.1.2); `open` when some domain's
 * DANE question has no answer; `partial` when a record matched for some domains' mail but DANE
 * does not vouch for the certificate for the others', so WebPKI judges it.
 */
export type DaneTrust =
  | DaneMatch
  | { kind: 'open'; questions: DaneOpenQuestion[] }
  | { kind: 'partial'; match: DaneMatch; matchedFor: string[]; notFor: string[] };

/** One domain's verdict on an endpoint; null when DANE sets nothing aside for that domain's mail. */
function domainVerdict({ outcome, unanswered }: DaneEntry): DaneMatch | DaneOpenQuestion | null {
  if (unanswered !== null) return { kind: 'unanswered', ...unanswered };
  if (!outcome.applies) return null;
  if (outcome.outcome === 'dane-ee') return { kind: 'dane-ee', record: outcome.record! };
  if (outcome.outcome === 'dane-ta') return { kind: 'dane-ta', record: outcome.record!, depth: outcome.certificate!.depth };
  if (outcome.outcome === 'ta-unverified') return { kind: 'ta-unverified', record: outcome.record!, subject: outcome.certificate!.subject };
  return null;
}

const recordKey = (record: TlsaRecord): string => `${tlsaParameters(record)} ${record.data.toLowerCase()}`;

function questionKey(question: DaneOpenQuestion): string {
  return question.kind === 'unanswered' ? `0 ${question.name}` : `1 ${recordKey(question.record)} ${question.subject}`;
}

/**
 * The match that sets the least aside: DANE-TA (the chain's trust alone) under DANE-EE (trust,
 * name and dates), as SET_ASIDE_BY_TA is a part of SET_ASIDE_BY_EE; among equals, a fixed order
 * of the records, so that neither the policy's order nor the look-ups' decide the evidence.
 */
function leastLenient(matches: readonly DaneMatch[]): DaneMatch {
  const key = (m: DaneMatch) => (m.kind === 'dane-ta' ? `0 ${String(m.depth).padStart(3, '0')} ${recordKey(m.record)}` : `1 ${recordKey(m.record)}`);
  return [...matches].sort((a, b) => compareText(key(a), key(b)))[0]!;
}

/**
 * How DANE decides one endpoint's certificate judgement, from each sharing domain's verdict.
 * The same MX host answers mail for every domain that names it, and a sender decides whether DANE
 * applies per destination domain, from that domain's MX answer and the host's TLSA answer (RFC
 * 7672 §2.2): a sender of mail to a domain DANE does not cover holds the certificate to whatever
 * it checks without DANE. So the endpoint is judged as strictly as the strictest of its domains:
 * 1. any domain's question left open (an MX or TLSA question unanswered, a DANE-TA match that
 *    cannot be verified) keeps the endpoint's DANE check inconclusive, each open question said once;
 * 2. else any domain for which DANE sets nothing aside (its MX answer is not authenticated, its
 *    host has no usable record, none matched) leaves every certificate judgement standing;
 * 3. else every domain's record matched: a judgement is set aside only when each match sets it
 *    aside, which is the DANE-TA match's if there is one, else the DANE-EE match's.
 * A domain whose policy does not ask about DANE (`dane: off`) but whose MX records name the host
 * counts as one for which DANE sets nothing aside (`unasked`): the run asked nothing of its
 * DNSSEC, so its mail is held to WebPKI. Undefined: judged as without DANE.
 */
function endpointTrust(entries: readonly DaneEntry[], unasked: readonly string[]): DaneTrust | undefined {
  const verdicts = [...entries.map((entry) => ({ domain: entry.outcome.domain, verdict: domainVerdict(entry) })), ...unasked.map((domain) => ({ domain, verdict: null }))];
  const open = new Map<string, DaneOpenQuestion>();
  for (const { verdict } of verdicts) {
    if (verdict?.kind === 'unanswered' || verdict?.kind === 'ta-unverified') open.set(questionKey(verdict), verdict);
  }
  if (open.size > 0) return { kind: 'open', questions: [...open.entries()].sort(([a], [b]) => compareText(a, b)).map(([, q]) => q) };
  const matches = verdicts.flatMap(({ verdict }) => (verdict?.kind === 'dane-ee' || verdict?.kind === 'dane-ta' ? [verdict] : []));
  if (matches.length === 0) return undefined;
  const match = leastLenient(matches);
  const domainsWhere = (matched: boolean) => [...new Set(verdicts.filter((v) => (v.verdict !== null) === matched).map((v) => v.domain))].sort(compareText);
  const notFor = domainsWhere(false);
  return notFor.length === 0 ? match : { kind: 'partial', match, matchedFor: domainsWhere(true), notFor };
}

/**
 * The DANE view of a run, built once and read twice: by the judgement (`trust`: for each port-25
 * endpoint of an MX host whose domain asks about DANE, how DANE decides its certificate judgement,
 * the same whatever the order of the policy's domains; endpoints absent from it are judged as if
 * DANE did not exist) and by the report (`outcomes`: its `dane[]`, one entry per domain and
 * endpoint, in the policy's order).
 */
export interface DaneView {
  trust: Map<ObservedEndpoint, DaneTrust>;
  outcomes: DaneOutcome[];
}

export function daneView(policies: readonly DomainPolicy[], domains: readonly DomainFacts[], observed: readonly ObservedEndpoint[]): DaneView {
  const byName = factsByName(domains);
  const entries = daneOutcomes(policies, byName, observed);
  const byEndpoint = new Map<ObservedEndpoint, DaneEntry[]>();
  for (const entry of entries) {
    const list = byEndpoint.get(entry.o);
    if (list === undefined) byEndpoint.set(entry.o, [entry]);
    else list.push(entry);
  }
  const unasked = unaskedDomains(policies, byName, observed, byEndpoint);
  const trust = new Map<ObservedEndpoint, DaneTrust>();
  for (const [o, list] of byEndpoint) {
    const decided = endpointTrust(list, unasked.get(o) ?? []);
    if (decided !== undefined) trust.set(o, decided);
  }
  return { trust, outcomes: entries.map((entry) => entry.outcome) };
}

/**
 * For each port-25 endpoint of an MX host of a domain that asks about DANE (`asked`), the policy's
 * `dane: off` domains whose MX records name that host, or whose own name is the host where they
 * have no MX records (RFC 5321 §5.1): mail to them reaches the same endpoint, and nothing was
 * asked about DANE for it. `dane: off` is the default, so where no domain asks about DANE (most
 * policies) nothing is looked at.
 */
function unaskedDomains(
  policies: readonly DomainPolicy[],
  byName: ReadonlyMap<string, DomainFacts>,
  observed: readonly ObservedEndpoint[],
  asked: ReadonlyMap<ObservedEndpoint, unknown>,
): Map<ObservedEndpoint, string[]> {
  const out = new Map<ObservedEndpoint, string[]>();
  if (asked.size === 0) return out;
  for (const policy of policies) {
    if (policy.dane !== 'off') continue;
    const facts = byName.get(canonicalName(policy.domain));
    if (facts === undefined) continue;
    for (const host of mxHostNames(facts.domain, facts.mx)) {
      for (const o of mxSmtpEndpoints(host, observed)) {
        if (!asked.has(o)) continue;
        const list = out.get(o);
        if (list === undefined) out.set(o, [facts.domain]);
        else list.push(facts.domain);
      }
    }
  }
  return out;
}

/**
 * The domains stage's facts by domain name (canonical, as that stage writes it): one look-up per
 * policy domain, not a search of every domain's facts. The first of a name, as a search would find.
 */
function factsByName(domains: readonly DomainFacts[]): Map<string, DomainFacts> {
  const index = new Map<string, DomainFacts>();
  for (const d of domains) if (!index.has(d.domain)) index.set(d.domain, d);
  return index;
}

/** The report's DANE section alone (for `init`, which judges nothing). */
export function daneReport(policies: readonly DomainPolicy[], domains: readonly DomainFacts[], observed: readonly ObservedEndpoint[]): DaneOutcome[] {
  return daneOutcomes(policies, factsByName(domains), observed).map((entry) => entry.outcome);
}

/** What trust under DANE means for one endpoint, for the evidence of the certificate judgements. */
export function daneTrustWords(trust: DaneMatch, endpoint: Endpoint): string {
  if (trust.kind === 'dane-ee') {
    return `${recordName(trust.record)} matched: WebPKI trust, name and expiry are not checked for this host, RFC 7672 §3.1.1`;
  }
  const at = trust.depth === 1 ? "the leaf's issuer" : `the certificate ${trust.depth} above the leaf`;
  return `${recordName(trust.record)} matched ${at}: the chain is trusted up to that trust anchor, the name is checked against ${endpoint.host}, RFC 7672 §3.1.2`;
}

/** "smtp on mx1.example.com:25 (192.0.2.1)", for lists of endpoints. */
export function endpointsWords(endpoints: readonly ObservedEndpoint[]): string {
  return listOf(endpoints.map((o) => describeEndpoint(o.endpoint)));
}

/** The certificate judgements DANE-EE(3) sets aside (RFC 7672 §3.1.1), and the one DANE-TA(2) does (§3.1.2). */
const SET_ASIDE_BY_EE: ReadonlySet<string> = new Set(['certificate-untrusted', 'certificate-name-mismatch', 'certificate-expired', 'certificate-expiring']);
const SET_ASIDE_BY_TA: ReadonlySet<string> = new Set(['certificate-untrusted']);

/**
 * Why a record that matched sets nothing aside: DANE does not vouch for the certificate for mail
 * to some domain that shares the host, whose senders judge it without DANE (RFC 7672 §2.2). The
 * domains are named a few at a time: a provider's MX host takes mail for many `dane: off` domains,
 * and this goes on each certificate judgement of each of its addresses.
 */
function partialWords(trust: Extract<DaneTrust, { kind: 'partial' }>): string {
  return `${recordName(trust.match.record)} matched, but DANE vouches for this host's certificate for mail to ${list(trust.matchedFor)} only, not for mail to ${list(trust.notFor)}, whose senders judge it without DANE: WebPKI trust, name and expiry are checked, RFC 7672 §2.2`;
}

/** An open DANE question as a check-inconclusive draft. */
function openDraft(endpoint: Endpoint, question: DaneOpenQuestion): Draft {
  return question.kind === 'unanswered'
    ? daneUnanswered(endpoint, question.name, `${question.name}: ${unansweredWords(question.answer)}`)
    : daneTaUnverified(endpoint, recordName(question.record), question.subject);
}

/** The endpoint's one check-inconclusive draft, with `draft` said in it (added when there is none yet). */
function withInconclusive(drafts: Draft[], draft: Draft): Draft[] {
  const open = drafts.find((d) => d.rule === 'check-inconclusive');
  if (open === undefined) return [...drafts, draft];
  return drafts.map((d) => (d === open ? { ...d, message: `${d.message} ${draft.message}`, evidence: [d.evidence, draft.evidence].filter((e) => e !== null).join('; ') } : d));
}

/** `drafts` with `words` added to the evidence of those `about` picks. */
const withEvidence = (drafts: Draft[], words: string, about: (rule: string) => boolean): Draft[] =>
  drafts.map((d) => (about(d.rule) ? { ...d, evidence: d.evidence === null ? words : `${d.evidence}; ${words}` } : d));

const setAsideBy = (match: DaneMatch): ReadonlySet<string> => (match.kind === 'dane-ee' ? SET_ASIDE_BY_EE : SET_ASIDE_BY_TA);

/**
 * How DANE recasts one port-25 endpoint's drafts, a judgement over facts (the facts stay as the
 * probe recorded them). A matching DANE-EE record takes the certificate's WebPKI trust, name and
 * dates out of the judgement; a matching DANE-TA record takes the chain's trust (judged up to
 * that trust anchor, link by link) and leaves name and dates. The certificate judgements left
 * standing say in their evidence which record matched and what it set aside, or, when the match
 * held for some of the host's domains only, for which it did not. When a DANE question is open,
 * the certificate judgements stand and the endpoint's DANE check is inconclusive.
 */
export function withDaneTrust(drafts: Draft[], endpoint: Endpoint, trust: DaneTrust | undefined): Draft[] {
  if (trust === undefined) return drafts;
  if (trust.kind === 'open') return trust.questions.reduce((out, question) => withInconclusive(out, openDraft(endpoint, question)), drafts);
  // The judgements the match would have set aside say why they stand.
  if (trust.kind === 'partial') return withEvidence(drafts, partialWords(trust), (rule) => setAsideBy(trust.match).has(rule));
  const setAside = setAsideBy(trust);
  return withEvidence(
    drafts.filter((d) => !setAside.has(d.rule)),
    daneTrustWords(trust, endpoint),
    (rule) => rule.startsWith('certificate-'),
  );
}
