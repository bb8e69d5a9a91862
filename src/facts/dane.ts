// What the domains stage learned about DANE for one MX host (RFC 7672, RFC 6698, RFC 7671):
// the TLSA records at _25._tcp.<mx>, and whether the resolver said they were DNSSEC-authenticated.
// Facts, never findings: the dane-* and dnssec-insecure rules judge them.

/** One TLSA record as served: usage, selector, matching type, and the association data in hex. */
export interface TlsaRecord {
  usage: number;
  selector: number;
  matchingType: number;
  /** The certificate association data, lower-case hex (remote bytes: never printed raw). */
  data: string;
}

/** The look-up of one name through the validating resolver. */
export interface DnssecAnswer {
  /** The resolver's RCODE name (NOERROR, NXDOMAIN, SERVFAIL, …); null when no answer came. */
  rcode: string | null;
  /** The AD bit of the answer: true only when the resolver validated it. Null when no answer. */
  authenticated: boolean | null;
  /** Why no answer was had (timeout, truncated over TCP too, too large, refused, …); null otherwise. */
  error: string | null;
}

export interface DaneHostFacts {
  /** The MX host, lower case without the final dot. */
  host: string;
  /** `_25._tcp.<host>`. */
  tlsaName: string;
  /** The TLSA look-up. */
  tlsa: DnssecAnswer;
  /** The TLSA records of that answer (empty when none). */
  records: TlsaRecord[];
}

export interface DaneFacts {
  /** The MX look-up of the domain, asked again with DO set, for its AD bit. */
  mx: DnssecAnswer;
  /** One entry per MX host the plan probes, in MX order. */
  hosts: DaneHostFacts[];
}
