// The roots a probe trusts: the operating system's roots or node's bundled ones (the `trust`
// setting), plus the policy's extra roots (ca-file). Its own small module so that the TLS layer
// can build its contexts without loading the certificate parser, which waits until a certificate
// actually arrives.
import * as tls from 'node:tls';

export const TRUST_SOURCES = ['system', 'bundled'] as const;
/** system: the operating system's store (enterprise roots included); bundled: node's copy of Mozilla's. */
export type TrustSource = (typeof TRUST_SOURCES)[number];

export interface BaseRoots {
  /** The store the roots came from: `system` falls back to `bundled` where node cannot read the system's. */
  source: TrustSource;
  pems: readonly string[];
}

let systemRead: readonly string[] | null | undefined;

/**
 * The operating system's roots as node reads them (tls.getCACertificates('system'), node 22.15
 * and later), or null where node has no such call (node 20) or finds none there (a container
 * without a CA bundle): trusting nothing at all would fail every chain.
 */
function systemRoots(): readonly string[] | null {
  if (systemRead !== undefined) return systemRead;
  const read = (tls as { getCACertificates?: (type: 'system') => string[] }).getCACertificates;
  let roots: string[] = [];
  try {
    roots = typeof read === 'function' ? read('system') : [];
  } catch {
    roots = [];
  }
  systemRead = roots.length > 0 ? roots : null;
  return systemRead;
}

export function baseRoots(trust: TrustSource = 'system'): BaseRoots {
  const system = trust === 'system' ? systemRoots() : null;
  return system ? { source: 'system', pems: system } : { source: 'bundled', pems: tls.rootCertificates };
}

export function trustedRootPems(extraCa: readonly string[], trust: TrustSource = 'system'): string[] {
  return [...baseRoots(trust).pems, ...extraCa];
}

/** One key per set of trusted roots, for the caches of contexts and parsed roots. */
export function rootsKey(extraCa: readonly string[], trust: TrustSource = 'system'): string {
  return `${baseRoots(trust).source}\n${extraCa.join('\n')}`;
}
