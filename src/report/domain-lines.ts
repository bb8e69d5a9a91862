// One line of words per policy domain (MX, MTA-STS, TLS-RPT, DANE), shared by the text output and
// the job summary. May quote remote text (TXT records, policy file values, certificate subjects):
// callers neutralise or escape it before printing.
import type { DomainFacts } from '../facts/domains.js';
import { MAX_MTA_STS_POLICY_BYTES } from '../facts/vocabulary.js';
import { type DaneOutcome, answerWords, dnssecStanding, recordName, tlsaStanding } from '../rules/dane.js';

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

export function mtaStsWords(d: DomainFacts): string {
  const sts = d.mtaSts;
  if (sts === null) return 'not checked';
  const record = sts.record.id !== null ? `id ${sts.record.id}` : sts.record.problem !== null ? `bad record` : 'no record';
  const f = sts.fetch;
  let file: string;
  if (f.error !== null) file = `policy not fetched: ${f.error}`;
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

const OUTCOME_WORDS: Readonly<Record<DaneOutcome['outcome'], string>> = {
  'dane-ee': 'matched',
  'dane-ta': 'matched',
  'ta-unverified': 'matched',
  'no-match': 'no record matches',
  'no-chain': 'no TLS session to match',
  'no-records': 'no TLSA records',
  unusable: 'only unusable records',
  insecure: 'TLSA not authenticated',
  unanswered: 'no answer',
};

function outcomeWords(o: DaneOutcome): string {
  if (o.record === null || o.certificate === null) return OUTCOME_WORDS[o.outcome];
  const what = o.certificate.depth === 0 ? 'the leaf' : o.certificate.subject;
  const unverified = o.outcome === 'ta-unverified' ? ', a locally trusted root the server may not send' : '';
  return `${recordName(o.record)} matched ${what}${unverified}${o.applies ? '' : ' (not applied: MX not authenticated)'}`;
}

/**
 * What DANE showed for a domain that asks about it, per MX host: which record matched which
 * certificate (from the report's `dane[]`), or what kept DANE from applying. Null when the
 * domain does not ask.
 */
export function daneWords(d: DomainFacts, outcomes: readonly DaneOutcome[] = []): string | null {
  // A report written before DANE facts existed has none: nothing to say.
  if (d.dane == null) return null;
  const mx = dnssecStanding(d.dane.mx) === 'secure' ? '' : `MX ${answerWords(d.dane.mx)}; `;
  const hosts = d.dane.hosts.map((h) => {
    const seen = [...new Set(outcomes.filter((o) => o.domain === d.domain && o.host === h.host).map(outcomeWords))];
    if (seen.length > 0) return `${h.host} ${seen.join(' / ')}`;
    const standing = tlsaStanding(h);
    const words = standing.kind === 'usable' ? `${standing.records.length} usable record(s)` : standing.kind === 'unanswered' ? answerWords(h.tlsa) : OUTCOME_WORDS[standing.kind === 'none' ? 'no-records' : standing.kind];
    return `${h.host} ${words}`;
  });
  return `${mx}${hosts.length > 0 ? listed(hosts) : 'no MX hosts'}`;
}

/** `MX …; MTA-STS …; TLS-RPT …` for one domain, and `DANE …` when it asks about DANE. */
export function domainLine(d: DomainFacts, dane: readonly DaneOutcome[] = []): string {
  const daneText = daneWords(d, dane);
  return `MX: ${mxWords(d)} · MTA-STS: ${mtaStsWords(d)} · TLS-RPT: ${tlsRptWords(d)}${daneText === null ? '' : ` · DANE: ${daneText}`}`;
}
