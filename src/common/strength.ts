// What certificate-weak counts as weak: short keys and collision-prone signature digests. Its own
// small module because the probe needs the same line too: it trusts a chain that OpenSSL refused
// for a weak key or digest only when that weakness is the leaf's and this rule reports it.

const MIN_KEY_BITS: Readonly<Record<string, number>> = { rsa: 2048, dsa: 2048, ec: 256 };

/** SHA-1, MD5 and MD2 signatures, however the library spells them (sha1WithRSAEncryption, ecdsa-with-SHA1, RSA-MD5). */
const WEAK_SIGNATURE = /sha-?1(?!\d)|md[25](?!\d)/i;

/** Why the key is weak ("RSA key of 1024 bits (at least 2048 needed)"), or null when it is not known to be. */
export function weakKey(keyType: string, keyBits: number | null): string | null {
  const type = keyType.toLowerCase();
  const minimum = MIN_KEY_BITS[type];
  if (minimum === undefined || keyBits === null || keyBits >= minimum) return null;
  return `${type.toUpperCase()} key of ${keyBits} bits (at least ${minimum} needed)`;
}

export function isWeakSignature(signature: string): boolean {
  return WEAK_SIGNATURE.test(signature);
}
