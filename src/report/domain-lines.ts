// One line of words per policy domain (MX, MTA-STS, TLS-RPT, and DANE when the policy asks),
// shared by the text output and the job summary. May quote remote text (TXT records, policy file
// values, certificate subjects): callers neutralise or escape it before printing.
import type { DnssecAnswer } from '../facts/dane.js';
import { describeDnssecError } from '../facts/dane-vocabulary.js';
import type { DomainFacts, MtaStsFacts } from '../facts/domains.js';
import { MAX_MTA_STS_POLICY_BYTES } from '../facts/vocabulary.js';
import { type DaneOutcome, dnssecStanding, recordName } from '../rules/dane.js';
import { txtLookupUnanswered, unansweredPolicyHostCode } from '../rules/domains.js';

const MAX_LISTED = 5;

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} +${items.length - MAX_LISTED}` : shown;
}

export function mxWords(d: DomainFacts): string {
  if (d.mx.error !== null) return `look-up failed (${d.mx.error})`;
  if (d.mx.nullMx) return 'null MX (accepts no mail)';
  if (d.mx.implicit) return `none (mail goes to ${d.domain} itself)`;
  return listed(d.mx.records.map((r) => `${r.host} (${r.preference})`));
}

/**
 * No record found: "no record" only when DNS said so (no data, no such name), by the rules' own
 * test. A look-up that timed out or failed (ETIMEOUT, ESERVFAIL, …) says nothing about the
 * record, and is told as such.
 */
function noRecordWords(record: MtaStsFacts['record']): string {
  return txtLookupUnanswered(record.records, record.lookupError) ? `record look-up failed (${record.lookupError})` : 'no record';
}

export function mtaStsWords(d: DomainFacts): string {
  const sts = d.mtaSts;
  if (sts === null) return 'not checked';
  const record = sts.record.id !== null ? `id ${sts.record.id}` : sts.record.problem !== null ? `bad record` : noRecordWords(sts.record);
  const f = sts.fetch;
  let file: string;
  // A policy host whose address look-up got no answer is not a missing one: told as such.
  const silentHostCode = unansweredPolicyHostCode(f);
  if (silentHostCode !== null) file = `policy host look-up failed (${silentHostCode})`;
  else if (f.error !== null) file = `policy not fetched: ${f.error}`;
  else if (f.redirect !== null) file = `HTTP ${f.status} to ${f.redirect}`;
  else if (f.status !== 200) file = `HTTP ${f.status}`;
  else if (f.tooLarge) file = `policy over ${MAX_MTA_STS_POLICY_BYTES / 1024} KiB`;
  else if (sts.policy === null) file = 'no policy';
  else {
    const p = sts.policy;
    const mx = p.mx.length > 0 ? `, mx ${listed(p.mx)}` : '';
    const maxAge = p.maxAge === null ? '' : `, max_age ${p.maxAge}`;
    file = `mode ${p.mode ?? '?'}${mx}${maxAge}${p.problems.length > 0 ? `, ${p.problems.length} problem(s)` : ''}`;
  }
  return `${record}; ${file}`;
}

export function tlsRptWords(d: DomainFacts): string {
  if (d.tlsRpt === null) return 'not checked';
  if (d.tlsRpt.problem !== null) return d.tlsRpt.problem;
  return listed(d.tlsRpt.rua);
}

/** What a DNSSEC look-up came to: validated, not validated, an answer code, or why no answer came. */
function dnssecWords(answer: DnssecAnswer): string {
  if (answer.error !== null) return describeDnssecError(answer.error);
  if (dnssecStanding(answer) === 'unanswered') return answer.rcode ?? 'no answer';
  return answer.authenticated === true ? 'DNSSEC-validated' : 'not DNSSEC-validated';
}

/** How the chains of a host's port-25 endpoints fared against its records (from the report's `dane[]`). */
const MATCH_OUTCOMES: ReadonlySet<DaneOutcome['outcome']> = new Set(['dane-ee', 'dane-ta', 'ta-unverified', 'no-match', 'no-chain']);

function outcomeWords(o: DaneOutcome): string {
  if (o.record === null || o.certificate === null) return o.outcome === 'no-match' ? 'no record matches' : 'no TLS session to match';
  const what = o.certificate.depth === 0 ? 'the leaf' : o.certificate.subject;
  const unverified = o.outcome === 'ta-unverified' ? ', a locally trusted root the server may not send' : '';
  return `${recordName(o.record)} matched ${what}${unverified}${o.applies ? '' : ' (not applied: MX not DNSSEC-validated)'}`;
}

/**
 * The MX answer's DNSSEC status, then each MX host's TLSA records by count, with theirs, and
 * which record matched which certificate of its port-25 chain (`outcomes`, the report's `dane[]`).
 */
export function daneWords(d: DomainFacts, outcomes: readonly DaneOutcome[] = []): string {
  // A report written before DANE facts existed has none.
  if (d.dane == null) return 'not checked';
  const hosts = d.dane.hosts.map((h) => {
    // "no TLSA" only when DNS answered (the rules' own test, dnssecStanding): a time-out or a
    // SERVFAIL says nothing about the records.
    const count = h.records.length === 0 ? (dnssecStanding(h.tlsa) !== 'unanswered' ? 'no TLSA' : 'TLSA') : h.records.length === 1 ? '1 TLSA' : `${h.records.length} TLSA`;
    const matched = [...new Set(outcomes.filter((o) => o.domain === d.domain && o.host === h.host && MATCH_OUTCOMES.has(o.outcome)).map(outcomeWords))];
    return `${h.host} ${count} (${dnssecWords(h.tlsa)})${matched.length > 0 ? `: ${matched.join(' / ')}` : ''}`;
  });
  return [`MX ${dnssecWords(d.dane.mx)}`, ...(hosts.length > 0 ? [listed(hosts)] : [])].join('; ');
}

/** `MX …; MTA-STS …; TLS-RPT …` for one domain, and `DANE …` when the policy asks about it. */
export function domainLine(d: DomainFacts, outcomes: readonly DaneOutcome[] = []): string {
  const dane = d.dane == null ? '' : ` · DANE: ${daneWords(d, outcomes)}`;
  return `MX: ${mxWords(d)} · MTA-STS: ${mtaStsWords(d)} · TLS-RPT: ${tlsRptWords(d)}${dane}`;
}
