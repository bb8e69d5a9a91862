// What the cipher rules share (tls-cipher-weak, tls-cipher-anonymous, tls-forward-secrecy-missing,
// tls-dh-weak; their checks are in src/rules/catalog/): the classes the cipher questions found
// accepted, the suites that prove it, and what the endpoint's Mozilla profile asks.
import type { Endpoint } from '../plan/types.js';
import type { TlsProfile } from '../policy/types.js';
import type { CipherClass, CipherVersionFacts, EndpointFacts, TlsVersionName } from '../facts/endpoint.js';
import { listOf } from './describe.js';

/** The version of Mozilla's Server Side TLS guidelines the profiles follow. */
export const MOZILLA_GUIDELINES = 'Mozilla Server Side TLS 5.7';

/** The profile the endpoint's effective settings name, if any. */
export function profileOf(endpoint: Endpoint): TlsProfile | undefined {
  return endpoint.settings.tls.profile;
}

const VERSION_WORDS: Readonly<Record<TlsVersionName, string>> = { TLSv1: 'TLS 1.0', 'TLSv1.1': 'TLS 1.1', 'TLSv1.2': 'TLS 1.2', 'TLSv1.3': 'TLS 1.3' };

/** The cipher facts per version asked, newest first. */
export function cipherVersions(facts: EndpointFacts): [TlsVersionName, CipherVersionFacts][] {
  const ciphers = facts.tls?.ciphers;
  if (!ciphers) return [];
  return (['TLSv1.2', 'TLSv1.1', 'TLSv1'] as const).flatMap((v) => (ciphers[v] ? [[v, ciphers[v]] as [TlsVersionName, CipherVersionFacts]] : []));
}

/**
 * Where any class of `classes` was accepted: the versions, and the suites the server picked that
 * prove it ("TLS 1.2: TLS_RSA_WITH_3DES_EDE_CBC_SHA").
 */
export function acceptedOf(facts: EndpointFacts, classes: readonly CipherClass[]): { versions: string[]; evidence: string[] } {
  const versions: string[] = [];
  const evidence: string[] = [];
  for (const [version, answers] of cipherVersions(facts)) {
    if (!answers.accepted.some((c) => classes.includes(c))) continue;
    versions.push(VERSION_WORDS[version]);
    const suites = answers.picked.filter((p) => p.classes.some((c) => classes.includes(c))).map((p) => p.suite);
    evidence.push(`${VERSION_WORDS[version]}: ${listOf(suites)}`);
  }
  return { versions, evidence };
}

/** The DH group size the cipher questions read, if any (the smallest, should versions differ). */
export function dhBitsOf(facts: EndpointFacts): number | null {
  const sizes = cipherVersions(facts).flatMap(([, answers]) => (answers.dhBits === undefined ? [] : [answers.dhBits]));
  return sizes.length === 0 ? null : Math.min(...sizes);
}

/** The smallest DH group each profile accepts: 2048 bits (RFC 9325 §4.1), 1024 under Mozilla's old. */
export function minimumDhBits(profile: TlsProfile | undefined): number {
  return profile === 'old' ? 1024 : 2048;
}

export function versionWords(version: TlsVersionName): string {
  return VERSION_WORDS[version];
}
