// The roots a probe trusts: the operating system's roots or node's bundled ones (the `trust`
// setting), plus the policy's extra roots (ca-file). Its own small module so that the TLS layer
// can build its contexts without loading the certificate parser, which waits until a certificate
// actually arrives.
import { readFile } from 'node:fs/promises';
import * as tls from 'node:tls';
import { describeFsError } from '../policy/load.js';

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
  systemRead = roots.length > 0 ? distinct(roots) : null;
  return systemRead;
}

/**
 * Each certificate once. Node reads a Linux system store from the bundle file and from the
 * directory of hash-named links to the same certificates, so Debian's and Ubuntu's come back four
 * times over (576 PEMs for 144 roots); every copy would be parsed again for each context and
 * hashed again for the trust anchors (18 ms against 4 ms for the context on node 24).
 */
export function distinct(pems: readonly string[]): string[] {
  return [...new Set(pems)];
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

/** Every PEM certificate block in a text (a ca-file, or a store's roots), in order. */
export function pemCertificates(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

/**
 * The certificates of a `ca-file`, or why it cannot be used, in words the caller places (the check
 * at the file's first line, init as its refusal).
 */
export async function readCaFile(caFile: string): Promise<{ pems: string[] } | { problem: string }> {
  let text: string;
  try {
    text = await readFile(caFile, 'utf8');
  } catch (err) {
    return { problem: `cannot read the CA file ${caFile}: ${describeFsError(err)}` };
  }
  const pems = pemCertificates(text);
  return pems.length > 0 ? { pems } : { problem: `the CA file ${caFile} holds no PEM certificate` };
}
