// The roots a probe trusts: node's bundled roots plus the policy's extra roots (ca-file). Its own
// small module so that the TLS layer can build its contexts without loading the certificate
// parser, which waits until a certificate actually arrives.
import { rootCertificates } from 'node:tls';

export function trustedRootPems(extraCa: readonly string[]): string[] {
  return [...rootCertificates, ...extraCa];
}
