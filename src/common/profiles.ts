// What a Mozilla profile asks of TLS 1.2 cipher suites. Its own small module because the probe
// needs the same line as the rules: the probe asks the non-AEAD question exactly where
// tls-cipher-weak judges its answer, and the two must not drift apart (a class the rule judges
// but the probe never asked would read as "not accepted").
import type { TlsProfile } from '../policy/types.js';

/** The intermediate and modern profiles allow forward-secret AEAD suites only. */
export function judgesNonAead(profile: TlsProfile | undefined): boolean {
  return profile === 'intermediate' || profile === 'modern';
}
