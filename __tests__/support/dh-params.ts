// DH parameters for fixture servers' DHE suites, as PEM (PKCS#3 DHParameter: prime and generator),
// built from the well-known MODP groups node knows by name, so no prime is generated in a test.
import { getDiffieHellman } from 'node:crypto';

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function derInteger(value: Buffer): Buffer {
  // A positive INTEGER whose top bit is set needs a leading zero byte.
  const body = value[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value;
  return Buffer.concat([Buffer.from([0x02]), derLength(body.length), body]);
}

/** RFC 2409's 1024-bit group (modp2) or RFC 3526's 2048-bit group (modp14), as a PEM DH PARAMETERS block. */
export function dhParamsPem(bits: 1024 | 2048): string {
  const group = getDiffieHellman(bits === 1024 ? 'modp2' : 'modp14');
  const body = Buffer.concat([derInteger(group.getPrime()), derInteger(group.getGenerator())]);
  const der = Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]);
  const lines = der.toString('base64').match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN DH PARAMETERS-----\n${lines}\n-----END DH PARAMETERS-----\n`;
}
