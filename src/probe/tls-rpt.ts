// TLS-RPT (RFC 8460 §3): the `_smtp._tls` TXT record, read into facts: which records there are,
// the reporting URIs of the one v=TLSRPTv1 record, and what is wrong when it does not parse.
import type { TlsRptFacts } from '../facts/domains.js';
import { lookupSaidNone } from '../facts/vocabulary.js';

const FIELD = /^([A-Za-z0-9_.-]+)[ \t]*=[ \t]*(.*)$/;

export function readTlsRptRecords(records: string[], lookupError: string | null): TlsRptFacts {
  const base = { records, lookupError, rua: [] as string[] };
  // Records that do not begin with v=TLSRPTv1 are discarded (§3).
  const rpt = records.filter((r) => /^v[ \t]*=[ \t]*TLSRPTv1(;|[ \t]*$)/.test(r));
  if (rpt.length === 0) {
    const why = lookupError !== null && !lookupSaidNone(lookupError) ? `the look-up failed (${lookupError})` : 'no v=TLSRPTv1 record';
    return { ...base, problem: why };
  }
  if (rpt.length > 1) return { ...base, problem: `${rpt.length} v=TLSRPTv1 records; senders use none unless there is exactly one` };
  const values = new Map<string, string>();
  for (const field of rpt[0]!.split(';').map((f) => f.trim()).slice(1)) {
    if (field === '') continue;
    const m = FIELD.exec(field);
    if (!m) return { ...base, problem: `field '${field}' is not name=value` };
    if (!values.has(m[1]!)) values.set(m[1]!, m[2]!.trim());
  }
  const rua = values.get('rua');
  if (rua === undefined || rua === '') return { ...base, problem: 'no rua field' };
  const uris = rua.split(',').map((u) => u.trim());
  for (const uri of uris) {
    const problem = ruaProblem(uri);
    if (problem !== null) return { ...base, problem };
  }
  return { ...base, rua: uris, problem: null };
}

function ruaProblem(uri: string): string | null {
  if (/^mailto:[^@\s,;!]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+$/i.test(uri)) return null;
  if (/^https:/i.test(uri)) {
    try {
      const url = new URL(uri);
      return url.hostname === '' ? `rua '${uri}' has no host` : null;
    } catch {
      return `rua '${uri}' is not a valid https URI`;
    }
  }
  return `rua '${uri}' is neither a mailto: nor an https: URI`;
}
