export const id = 542;
export const ids = [542];
export const modules = {

/***/ 11004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ weakKey),
/* harmony export */   v: () => (/* binding */ isWeakSignature)
/* harmony export */ });
// What certificate-weak counts as weak: short keys and collision-prone signature digests. Its own
// small module because the probe needs the same line too: it trusts a chain that OpenSSL refused
// for a weak key or digest only when that weakness is the leaf's and this rule reports it.
const MIN_KEY_BITS = { rsa: 2048, dsa: 2048, ec: 256 };
/** SHA-1, MD5 and MD2 signatures, however the library spells them (sha1WithRSAEncryption, ecdsa-with-SHA1, RSA-MD5). */
const WEAK_SIGNATURE = /sha-?1(?!\d)|md[25](?!\d)/i;
/** Why the key is weak ("RSA key of 1024 bits (at least 2048 needed)"), or null when it is not known to be. */
function weakKey(keyType, keyBits) {
    const type = keyType.toLowerCase();
    const minimum = MIN_KEY_BITS[type];
    if (minimum === undefined || keyBits === null || keyBits >= minimum)
        return null;
    return `${type.toUpperCase()} key of ${keyBits} bits (at least ${minimum} needed)`;
}
function isWeakSignature(signature) {
    return WEAK_SIGNATURE.test(signature);
}


/***/ }),

/***/ 17911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ HOUR_MS),
/* harmony export */   s: () => (/* binding */ DAY_MS)
/* harmony export */ });
// Time constants, in milliseconds.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;


/***/ }),

/***/ 92542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeCertificate: () => (/* binding */ describeCertificate),
  dnsIdMatches: () => (/* binding */ dnsIdMatches),
  hostMatchesNames: () => (/* binding */ hostMatchesNames),
  peerCertificateFacts: () => (/* binding */ peerCertificateFacts),
  setCertificateCacheSize: () => (/* binding */ setCertificateCacheSize),
  signatureAlgorithmName: () => (/* binding */ signatureAlgorithmName)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
// EXTERNAL MODULE: ./src/common/ip-literals.ts
var ip_literals = __webpack_require__(49797);
// EXTERNAL MODULE: ./src/common/time.ts
var time = __webpack_require__(17911);
// EXTERNAL MODULE: ./src/probe/roots.ts
var roots = __webpack_require__(44399);
// EXTERNAL MODULE: ./src/common/strength.ts
var strength = __webpack_require__(11004);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(47261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(33594);
;// CONCATENATED MODULE: ./src/probe/x509-fields.ts
// The certificate fields node's X509Certificate does not expose: the signature algorithm, the
// exact subjectAltName entries and the extensions a chain is judged by, read with the @peculiar
// ASN.1 schemas. Only those parts are decoded: the certificate's DER is cut into its top-level
// fields first (certificateParts), which skips the names and the key, most of the decoder's work.
// The bytes come from a remote peer, so anything the parser rejects becomes a
// CertificateParseError, never a crash.


class CertificateParseError extends Error {
    name = 'CertificateParseError';
}
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}
/** Runs a read over untrusted bytes; whatever goes wrong comes out as a CertificateParseError. */
function guarded(what, read) {
    try {
        return read();
    }
    catch (err) {
        if (err instanceof CertificateParseError)
            throw err;
        throw new CertificateParseError(`cannot read ${what}: ${messageOf(err)}`, { cause: err });
    }
}
/** The OID of Certificate.signatureAlgorithm (RFC 5280 §4.1.1.2). */
function certificateSignatureOid(der) {
    return orThrow(certificateFields(der).signatureOid);
}
/**
 * The library hands iPAddress back as text: an address for 4 or 16 octets, address/prefix for 8
 * or 32 (the name-constraint form) and lower-case hex for any other length. Undo that to octets
 * with the library's own converter, so odd entries keep their exact bytes.
 */
function ipOctets(text) {
    if (/^[0-9a-f]*$/.test(text))
        return Uint8Array.from(Buffer.from(text, 'hex'));
    const asn = build_cjs.AsnIpConverter.toASN(text);
    return new Uint8Array(cjs.AsnOctetStringConverter.fromASN(asn));
}
function subjectAltNames(der) {
    return orThrow(certificateFields(der).san);
}
const NETSCAPE_CERT_TYPE = '2.16.840.1.113730.1.1';
function chainExtensionsOf(extensions, parts) {
    const result = {
        critical: [],
        duplicated: false,
        selfIssued: Buffer.from(parts.subject).equals(Buffer.from(parts.issuer)),
        basicConstraints: null,
        keyUsage: null,
        extendedKeyUsage: null,
        netscapeCertType: null,
    };
    const seen = new Set();
    for (const extension of extensions) {
        const oid = extension.extnID;
        if (seen.has(oid))
            result.duplicated = true;
        seen.add(oid);
        if (extension.critical)
            result.critical.push(oid);
        const value = extension.extnValue;
        if (oid === build_cjs.id_ce_basicConstraints) {
            const bc = guarded('basicConstraints', () => cjs.AsnConvert.parse(value, build_cjs.BasicConstraints));
            result.basicConstraints = { ca: bc.cA, pathLen: bc.pathLenConstraint ?? null };
        }
        else if (oid === build_cjs.id_ce_keyUsage) {
            result.keyUsage = guarded('keyUsage', () => cjs.AsnConvert.parse(value, build_cjs.KeyUsage).toNumber());
        }
        else if (oid === build_cjs.id_ce_extKeyUsage) {
            result.extendedKeyUsage = guarded('extKeyUsage', () => [...cjs.AsnConvert.parse(value, build_cjs.ExtendedKeyUsage)]);
        }
        else if (oid === NETSCAPE_CERT_TYPE) {
            result.netscapeCertType = guarded('netscapeCertType', () => cjs.AsnConvert.parse(value, cjs.BitString).toNumber());
        }
    }
    return result;
}
function orThrow(field) {
    if (field instanceof CertificateParseError)
        throw field;
    return field;
}
function signatureOidOf(parts) {
    const oid = guarded('signatureAlgorithm', () => cjs.AsnConvert.parse(parts.signatureAlgorithm, build_cjs.AlgorithmIdentifier)).algorithm;
    if (!oid)
        throw new CertificateParseError('empty signatureAlgorithm');
    return oid;
}
function subjectAltNamesOf(extensions) {
    const result = { present: false, dns: [], ip: [] };
    for (const extension of extensions) {
        if (extension.extnID !== build_cjs.id_ce_subjectAltName)
            continue;
        const names = guarded('subjectAltName', () => cjs.AsnConvert.parse(extension.extnValue, build_cjs.SubjectAlternativeName));
        result.present = true;
        for (const name of names) {
            if (name.dNSName !== undefined)
                result.dns.push(name.dNSName);
            else if (name.iPAddress !== undefined)
                result.ip.push(guarded('iPAddress', () => ipOctets(name.iPAddress)));
        }
    }
    return result;
}
function field(read) {
    try {
        return read();
    }
    catch (err) {
        return err instanceof CertificateParseError ? err : new CertificateParseError(messageOf(err), { cause: err });
    }
}
/**
 * Every field, each read once: the ASN.1 decoder is the costly part of describing a certificate,
 * so it decodes only the signature algorithm and the extensions (about a third of the work of the
 * whole certificate), and each of those once. Never throws.
 */
function certificateFields(der) {
    let parts;
    try {
        parts = certificateParts(der);
    }
    catch (err) {
        const failure = err instanceof CertificateParseError ? err : new CertificateParseError(messageOf(err), { cause: err });
        return { signatureOid: failure, san: failure, extensions: failure };
    }
    const extensions = field(() => (parts.extensions === null ? [] : [...guarded('extensions', () => cjs.AsnConvert.parse(parts.extensions, build_cjs.Extensions))]));
    return {
        signatureOid: field(() => signatureOidOf(parts)),
        san: extensions instanceof CertificateParseError ? extensions : field(() => subjectAltNamesOf(extensions)),
        extensions: extensions instanceof CertificateParseError ? extensions : field(() => chainExtensionsOf(extensions, parts)),
    };
}
/** The DER element at `at`, bounded by `limit`; throws a CertificateParseError on anything else. */
function derElementAt(der, at, limit) {
    if (at + 2 > limit)
        throw new CertificateParseError('truncated DER element');
    const tag = der[at];
    if ((tag & 0x1f) === 0x1f)
        throw new CertificateParseError('multi-byte DER tag');
    let length = der[at + 1];
    let start = at + 2;
    if (length & 0x80) {
        const octets = length & 0x7f;
        // DER lengths are minimal and a certificate is far below 2^32 bytes.
        if (octets === 0 || octets > 4 || start + octets > limit)
            throw new CertificateParseError('bad DER length');
        length = 0;
        for (let i = 0; i < octets; i++)
            length = length * 256 + der[start + i];
        start += octets;
    }
    if (start + length > limit)
        throw new CertificateParseError('DER element runs past its container');
    return { tag, start, end: start + length };
}
const TAG = { integer: 0x02, bitString: 0x03, sequence: 0x30, version: 0xa0, extensions: 0xa3 };
/** What may follow subjectPublicKeyInfo in tbsCertificate, in this order: [1] and [2] unique IDs, [3] extensions. */
const AFTER_KEY = [0x81, 0xa1, 0x82, 0xa2, TAG.extensions];
/**
 * Cuts a certificate into the fields above, checking the shape as it goes: a SEQUENCE of exactly
 * tbsCertificate, signatureAlgorithm and signatureValue; tbsCertificate with its optional [0]
 * version, serialNumber, signature, issuer, validity, subject and subjectPublicKeyInfo, then only
 * the optional unique IDs and [3] extensions. Anything else is a CertificateParseError.
 */
function certificateParts(der) {
    const certificate = derElementAt(der, 0, der.length);
    if (certificate.tag !== TAG.sequence || certificate.end !== der.length)
        throw new CertificateParseError('a Certificate is one SEQUENCE');
    const tbs = derElementAt(der, certificate.start, certificate.end);
    const signatureAlgorithm = derElementAt(der, tbs.end, certificate.end);
    const signatureValue = derElementAt(der, signatureAlgorithm.end, certificate.end);
    if (tbs.tag !== TAG.sequence || signatureAlgorithm.tag !== TAG.sequence || signatureValue.tag !== TAG.bitString || signatureValue.end !== certificate.end) {
        throw new CertificateParseError('a Certificate is tbsCertificate, signatureAlgorithm and signatureValue');
    }
    const fields = [];
    for (let at = tbs.start; at < tbs.end;) {
        const element = derElementAt(der, at, tbs.end);
        fields.push({ at, element });
        at = element.end;
    }
    const first = fields[0]?.element.tag === TAG.version ? 1 : 0;
    // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
    const required = [TAG.integer, TAG.sequence, TAG.sequence, TAG.sequence, TAG.sequence, TAG.sequence];
    if (required.some((tag, i) => fields[first + i]?.element.tag !== tag))
        throw new CertificateParseError('tbsCertificate does not have the fields of RFC 5280 section 4.1');
    const bytesOf = (i) => der.subarray(fields[first + i].at, fields[first + i].element.end);
    let extensions = null;
    let order = 0;
    for (const { element } of fields.slice(first + required.length)) {
        const position = AFTER_KEY.indexOf(element.tag);
        if (position < order)
            throw new CertificateParseError('tbsCertificate has a field out of place after subjectPublicKeyInfo');
        order = position + 1;
        if (element.tag !== TAG.extensions)
            continue;
        const list = derElementAt(der, element.start, element.end);
        if (list.tag !== TAG.sequence || list.end !== element.end)
            throw new CertificateParseError('extensions are not one SEQUENCE');
        extensions = der.subarray(element.start, element.end);
    }
    return {
        signatureAlgorithm: der.subarray(tbs.end, signatureAlgorithm.end),
        issuer: bytesOf(2),
        subject: bytesOf(4),
        subjectPublicKeyInfo: bytesOf(5),
        extensions,
    };
}
/**
 * The DER of the certificate's subjectPublicKeyInfo exactly as sent (RFC 5280 §4.1: the seventh
 * field of tbsCertificate, counting the optional [0] version), which TLSA selector 1 names (RFC
 * 6698 §2.1.2). Sliced from the certificate rather than encoded again, so the digests are of the
 * bytes the server signed.
 */
function subjectPublicKeyInfoDer(der) {
    return certificateParts(der).subjectPublicKeyInfo;
}

;// CONCATENATED MODULE: ./src/probe/certificate.ts
// Facts about the certificate a TLS peer presented: who it names, when it is valid, its key and
// signature, whether it chains to a trusted root, and whether it names the host the policy asked
// for (RFC 6125 as profiled for mail by RFC 7817). Facts only: the rules decide what is bad.







// ---------------------------------------------------------------------------------------------
// Name matching (RFC 6125 §6.4, RFC 7817 §3)
function sameBytes(a, b) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
/**
 * Does one DNS-ID pattern from a certificate match the reference host name? A wildcard is only
 * honoured as the entire left-most label, stands for exactly one non-empty label, and is refused
 * on two-label patterns (`*.com`) that would cover a whole public suffix.
 */
function dnsIdMatches(host, pattern) {
    const hostName = (0,host_names/* withoutRootDot */.a9)(host);
    const patternName = (0,host_names/* withoutRootDot */.a9)(pattern);
    if (hostName === '' || patternName === '' || hostName.includes('*'))
        return false;
    const hostLabels = hostName.split('.');
    const patternLabels = patternName.split('.');
    if (hostLabels.some((l) => l === '') || patternLabels.some((l) => l === ''))
        return false;
    if (hostLabels.length !== patternLabels.length)
        return false;
    const [first, ...rest] = patternLabels;
    if (rest.some((label) => label.includes('*')))
        return false;
    if (first === '*') {
        if (patternLabels.length < 3)
            return false;
        return rest.every((label, i) => label === hostLabels[i + 1]);
    }
    if (first.includes('*'))
        return false; // partial-label wildcards (w*.example.com) are not honoured
    return patternLabels.every((label, i) => label === hostLabels[i]);
}
/** IP literal hosts match only iPAddress SANs; DNS names only dNSName SANs (or CN without SANs). */
function hostMatchesNames(host, names) {
    const ip = (0,ip_literals/* ipOctets */.qQ)(host);
    if (ip)
        return names.san.ip.some((candidate) => sameBytes(candidate, ip));
    if (names.san.present)
        return names.san.dns.some((pattern) => dnsIdMatches(host, pattern));
    return names.commonName !== null && dnsIdMatches(host, names.commonName);
}
// ---------------------------------------------------------------------------------------------
// Key and signature
const SIGNATURE_NAMES = {
    '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
    '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
    '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
    '1.2.840.113549.1.1.10': 'rsassaPss',
    '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
    '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
    '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
    '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
    '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
    '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
    '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
    '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
    '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
    '1.2.840.10040.4.3': 'dsaWithSHA1',
    '2.16.840.1.101.3.4.3.2': 'dsa_with_SHA256',
    '1.3.101.112': 'ED25519',
    '1.3.101.113': 'ED448',
};
/** OpenSSL's long name for the certificate's signature algorithm (the dotted OID if unknown). */
function signatureAlgorithmName(der) {
    return signatureNameOf(certificateFields(der));
}
function signatureNameOf(fields) {
    const oid = fields.signatureOid;
    if (oid instanceof CertificateParseError)
        return 'unknown';
    return SIGNATURE_NAMES[oid] ?? oid;
}
const CURVE_BITS = {
    prime256v1: 256,
    'P-256': 256,
    secp256k1: 256,
    secp384r1: 384,
    'P-384': 384,
    secp521r1: 521,
    'P-521': 521,
    secp224r1: 224,
    prime192v1: 192,
};
function keyDescription(cert) {
    let key;
    try {
        key = cert.publicKey;
    }
    catch {
        // node parsed the certificate but not the key inside it: a key nobody can use.
        return { keyType: 'unknown', keyBits: null };
    }
    const keyType = key.asymmetricKeyType ?? 'unknown';
    const details = key.asymmetricKeyDetails ?? {};
    if (typeof details.modulusLength === 'number')
        return { keyType, keyBits: details.modulusLength };
    if (typeof details.namedCurve === 'string')
        return { keyType, keyBits: CURVE_BITS[details.namedCurve] ?? null };
    if (keyType === 'ed25519' || keyType === 'x25519')
        return { keyType, keyBits: 256 };
    if (keyType === 'ed448' || keyType === 'x448')
        return { keyType, keyBits: 448 };
    return { keyType, keyBits: null };
}
// ---------------------------------------------------------------------------------------------
// Trust
/** SHA-256 of a PEM block's DER, spelt as X509Certificate.fingerprint256 spells it (AB:CD:…). */
function pemFingerprint256(block) {
    const der = Buffer.from(block.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ''), 'base64');
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex').toUpperCase().replace(/..(?!$)/g, '$&:');
}
/**
 * The trusted roots of one root store by SHA-256 fingerprint. Node appends the trust anchor it
 * found locally to the peer's chain, and that certificate is then taken from here rather than
 * read again for every endpoint. Only the roots a chain actually reaches are read: fingerprints
 * come from hashing each root's bytes (well under a millisecond for the whole store), where
 * reading every root of a system store into an X509 object would cost tens of milliseconds of
 * the first certificate's time.
 */
class TrustAnchors {
    pems;
    read = new Map();
    constructor(pems) {
        this.pems = pems;
    }
    get(fingerprint256) {
        if (!this.read.has(fingerprint256)) {
            const pem = this.pems.get(fingerprint256);
            let anchor = null;
            try {
                if (pem !== undefined)
                    anchor = new ReadCertificate(new external_node_crypto_.X509Certificate(pem));
            }
            catch {
                // An unreadable extra root trusts nothing; the policy loader reports bad ca-files.
            }
            this.read.set(fingerprint256, anchor);
        }
        return this.read.get(fingerprint256) ?? undefined;
    }
    /** Whether the certificate with this fingerprint is one of the roots. */
    has(fingerprint256) {
        return this.pems.has(fingerprint256);
    }
    /** Every root, read (for the rare verdicts that search the whole store). */
    all() {
        return [...this.pems.keys()].flatMap((fingerprint) => this.get(fingerprint) ?? []);
    }
}
const anchorsCache = new Map();
function trustAnchors(extraCa, trust) {
    const key = (0,roots/* rootsKey */.BW)(extraCa, trust);
    let anchors = anchorsCache.get(key);
    if (!anchors) {
        const pems = new Map();
        for (const pem of (0,roots/* trustedRootPems */.tD)(extraCa, trust)) {
            for (const block of (0,roots/* pemCertificates */.xC)(pem)) {
                const fingerprint = pemFingerprint256(block);
                if (!pems.has(fingerprint))
                    pems.set(fingerprint, block);
            }
        }
        anchors = new TrustAnchors(pems);
        anchorsCache.set(key, anchors);
    }
    return anchors;
}
// Node names only some of OpenSSL's verify errors and reports every other one as UNSPECIFIED;
// OpenSSL's own text for it (X509_verify_cert_error_string) tells them apart. The names are
// OpenSSL's (X509_V_ERR_…).
const UNNAMED_BY_NODE = {
    'EE certificate key too weak': 'EE_KEY_TOO_SMALL',
    'CA certificate key too weak': 'CA_KEY_TOO_SMALL',
    'CA signature digest algorithm too weak': 'CA_MD_TOO_WEAK',
    'unhandled critical extension': 'UNHANDLED_CRITICAL_EXTENSION',
    'key usage does not include certificate signing': 'KEYUSAGE_NO_CERTSIGN',
    'permitted subtree violation': 'PERMITTED_VIOLATION',
    'excluded subtree violation': 'EXCLUDED_VIOLATION',
    'name constraints minimum and maximum not supported': 'SUBTREE_MINMAX',
    'unsupported name constraint type': 'UNSUPPORTED_CONSTRAINT_TYPE',
    'unsupported or invalid name constraint syntax': 'UNSUPPORTED_CONSTRAINT_SYNTAX',
    'unsupported or invalid name syntax': 'UNSUPPORTED_NAME_SYNTAX',
    'invalid or inconsistent certificate extension': 'INVALID_EXTENSION',
    'invalid or inconsistent certificate policy extension': 'INVALID_POLICY_EXTENSION',
    'no explicit policy': 'NO_EXPLICIT_POLICY',
    'Certificate public key has explicit ECC parameters': 'EC_KEY_EXPLICIT_PARAMS',
    'Duplicate extension': 'DUPLICATE_EXTENSION',
};
/** The verify error as OpenSSL names it: node's code, or the name behind node's UNSPECIFIED. */
function verifyErrorName(verification) {
    if (verification.authorized)
        return null;
    const code = verification.authorizationError ?? 'UNSPECIFIED';
    if (code !== 'UNSPECIFIED' || !verification.reason)
        return code;
    return UNNAMED_BY_NODE[verification.reason] ?? `UNSPECIFIED (${verification.reason})`;
}
// Extensions OpenSSL acts on (X509_supported_extension): a critical one of any other kind makes
// it refuse the certificate.
const HANDLED_CRITICAL = new Set([
    '2.16.840.1.113730.1.1', // netscapeCertType
    '2.5.29.15', // keyUsage
    '2.5.29.17', // subjectAltName
    '2.5.29.19', // basicConstraints
    '2.5.29.32', // certificatePolicies
    '2.5.29.37', // extKeyUsage
    '2.5.29.30', // nameConstraints
    '2.5.29.33', // policyMappings
    '2.5.29.36', // policyConstraints
    '2.5.29.54', // inhibitAnyPolicy
]);
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const KU_SERVER = 1 | 4 | 16; // digitalSignature, keyEncipherment, keyAgreement
const KU_KEY_CERT_SIGN = 32;
const NS_SSL_SERVER = 2;
const NS_SSL_CA = 32;
function issuedBy(child, parent) {
    try {
        return child.checkIssued(parent) && child.verify(parent.publicKey);
    }
    catch {
        return false;
    }
}
function withinValidity(cert, now) {
    const t = now.getTime();
    return validityDate(cert.validFrom).getTime() <= t && t <= validityDate(cert.validTo).getTime();
}
/** What OpenSSL asks of one certificate at `depth` of a path (0 the leaf) for a TLS server, or why it fails. */
function pathPositionProblem(cert, depth, isAnchor, belowNotSelfIssued, now) {
    const ext = cert.fields.extensions;
    const who = depth === 0 ? 'the leaf' : isAnchor ? 'the root' : `the intermediate at depth ${depth}`;
    if (ext instanceof CertificateParseError)
        return `${who} has extensions that cannot be read`;
    if (ext.duplicated)
        return `${who} repeats an extension`;
    const unhandled = ext.critical.filter((oid) => !HANDLED_CRITICAL.has(oid));
    if (unhandled.length > 0)
        return `${who} has an unhandled critical extension (${unhandled.join(', ')})`;
    if (ext.extendedKeyUsage !== null && !ext.extendedKeyUsage.includes(SERVER_AUTH))
        return `${who} is not for TLS servers (extendedKeyUsage)`;
    if (depth === 0) {
        if (ext.keyUsage !== null && (ext.keyUsage & KU_SERVER) === 0)
            return `${who} key usage does not allow a TLS server`;
        if (ext.netscapeCertType !== null && (ext.netscapeCertType & NS_SSL_SERVER) === 0)
            return `${who} is not for TLS servers (netscapeCertType)`;
        return null;
    }
    // node's `ca` is OpenSSL's X509_check_ca() === 1: basicConstraints cA, and keyCertSign where keyUsage is present.
    if (!cert.x509.ca)
        return `${who} is not a CA`;
    if (ext.keyUsage !== null && (ext.keyUsage & KU_KEY_CERT_SIGN) === 0)
        return `${who} key usage does not include certificate signing`;
    if (ext.netscapeCertType !== null && (ext.netscapeCertType & NS_SSL_CA) === 0)
        return `${who} is not a TLS CA (netscapeCertType)`;
    const pathLen = ext.basicConstraints?.pathLen ?? null;
    if (pathLen !== null && depth > 1 && belowNotSelfIssued > pathLen)
        return `${who} allows ${pathLen} intermediates below it`;
    if (!withinValidity(cert.x509, now))
        return `${who} is outside its validity period`;
    if (!isAnchor) {
        // OpenSSL holds issuers to its security level; certificate-weak judges the leaf alone, so a
        // weak issuer is held to that rule's line here.
        const { keyType, keyBits } = keyDescription(cert.x509);
        if (keyBits === null || (0,strength/* weakKey */._)(keyType, keyBits) !== null)
            return `${who} has a weak or unknown key`;
        if ((0,strength/* isWeakSignature */.v)(cert.signature))
            return `${who} has a weak signature (${cert.signature})`;
    }
    return null;
}
/**
 * The checks OpenSSL makes before the one whose error node reported: a path from the leaf through
 * the sent intermediates to a trusted root, every link signed by the next, and every certificate
 * fit for its place. OpenSSL lets verification go on after an error and reports the last one, so
 * an error it finds late (a date, say) hides any found earlier; this walk finds those again, and
 * holds each certificate to at least OpenSSL's rules (never fewer). Null when a path passes.
 */
function chainProblem(leaf, sent, roots, now) {
    const leafProblem = pathPositionProblem(leaf, 0, false, 0, now);
    if (leafProblem !== null)
        return leafProblem;
    // A leaf key whose size is not known may be one OpenSSL found too small, hidden by a later error.
    if (keyDescription(leaf.x509).keyBits === null)
        return 'the leaf key is of a kind whose strength is unknown';
    let firstProblem = null;
    const note = (problem) => (firstProblem ??= problem);
    const walk = (current, depth, below, used) => {
        if (depth > 10)
            return !note('the chain is too long');
        const notSelfIssued = depth > 0 && !(current.fields.extensions instanceof CertificateParseError) && !current.fields.extensions.selfIssued ? 1 : 0;
        for (const root of roots) {
            if (root.x509.fingerprint256 === current.x509.fingerprint256)
                return true;
            if (!issuedBy(current.x509, root.x509))
                continue;
            const problem = pathPositionProblem(root, depth + 1, true, below + notSelfIssued, now);
            if (problem === null)
                return true;
            note(problem);
        }
        for (const next of sent) {
            if (used.has(next.x509.fingerprint256) || !issuedBy(current.x509, next.x509))
                continue;
            const problem = pathPositionProblem(next, depth + 1, false, below + notSelfIssued, now);
            if (problem !== null) {
                note(problem);
                continue;
            }
            if (walk(next, depth + 1, below + notSelfIssued, new Set([...used, next.x509.fingerprint256])))
                return true;
        }
        return false;
    };
    if (walk(leaf, 0, 0, new Set([leaf.x509.fingerprint256])))
        return null;
    return firstProblem ?? 'no path to a trusted root';
}
/**
 * Whether the chain is trusted although OpenSSL reported `error`. Only for an error that is not
 * about the chain, whose cause is in the leaf itself, where its own rule reports it: a weak key
 * or digest (certificate-weak), dates (certificate-expired). Everything else OpenSSL refused
 * stays refused.
 */
function trustedDespite(error, leaf, sent, anchors, now) {
    const own = leaf.facts;
    // Every root of the store is read only where a path has to be searched for.
    const pathFound = () => chainProblem(leaf, sent, anchors.all(), now) === null;
    switch (error) {
        case 'EE_KEY_TOO_SMALL':
            // OpenSSL checks the leaf key before anything else: as the last error it is the only one.
            return (0,strength/* weakKey */._)(own.keyType, own.keyBits) !== null;
        case 'CA_MD_TOO_WEAK':
            return (0,strength/* isWeakSignature */.v)(own.signature) && pathFound();
        case 'CERT_HAS_EXPIRED':
            return own.notAfterMs < now.getTime() && pathFound();
        case 'CERT_NOT_YET_VALID':
            return Date.parse(own.notBefore) > now.getTime() && pathFound();
        default:
            return false;
    }
}
// ---------------------------------------------------------------------------------------------
// Reading a certificate once
/**
 * One certificate as read from its DER, with what does not depend on the endpoint that sent
 * it. Reading is the costly part of describing a certificate (OpenSSL's decoder for the X509
 * object, the ASN.1 schema parse for SAN and signature algorithm), so each is done at most once
 * per object, and only when asked for.
 */
class ReadCertificate {
    x509;
    asn;
    named;
    own;
    hashed;
    sanText;
    lastChain;
    constructor(x509) {
        this.x509 = x509;
    }
    get fields() {
        return (this.asn ??= certificateFields(new Uint8Array(this.x509.raw)));
    }
    get signature() {
        return signatureNameOf(this.fields);
    }
    /** The digests DANE TLSA records name a certificate by. */
    get digests() {
        return (this.hashed ??= digestsOf(new Uint8Array(this.x509.raw)));
    }
    /** Subject and issuer on one line each. */
    get names() {
        return (this.named ??= Object.freeze({ subject: oneLineName(this.x509.subject), issuer: oneLineName(this.x509.issuer) }));
    }
    /** The SAN as the facts write it (`DNS:…`, `IP:…`). */
    get sanList() {
        if (this.sanText)
            return this.sanText;
        const { san } = this.facts.names;
        return (this.sanText = Object.freeze([...san.dns.map((name) => `DNS:${name}`), ...san.ip.map((ip) => `IP:${(0,ip_literals/* formatIpOctets */.v2)(ip)}`)]));
    }
    /**
     * The chain's names and the presented chain by digest, with this certificate as the leaf and
     * `sent` after it. A fleet presents one certificate and chain on many endpoints, and each
     * endpoint's facts live until the report is written: the last answer is kept, frozen, and
     * shared while the same (cached) certificates come with the same trust anchors.
     */
    chainFacts(sent, anchors) {
        const last = this.lastChain;
        if (last && last.anchors === anchors && last.sent.length === sent.length && last.sent.every((c, i) => c === sent[i]))
            return last.value;
        const value = {
            chain: Object.freeze(sent.map((c) => c.names)),
            presented: Object.freeze(presentedOf([this, ...sent], anchors).map((p) => Object.freeze(p))),
        };
        this.lastChain = { anchors, sent: [...sent], value };
        return value;
    }
    /** The facts a leaf certificate gives on its own, whoever asks and when. */
    get facts() {
        if (this.own)
            return this.own;
        const leaf = this.x509;
        const san = this.fields.san;
        const notAfter = validityDate(leaf.validTo);
        this.own = {
            ...this.names,
            // node parsed the certificate but the X.509 schema refused it: claim no names rather
            // than guess, which makes the name check fail visibly.
            names: {
                san: san instanceof CertificateParseError ? { present: true, dns: [], ip: [] } : san,
                commonName: commonNameOf(leaf.subject),
            },
            notBefore: validityDate(leaf.validFrom).toISOString(),
            notAfter: notAfter.toISOString(),
            notAfterMs: notAfter.getTime(),
            ...keyDescription(leaf),
            signature: this.signature,
            fingerprint256: leaf.fingerprint256,
        };
        return this.own;
    }
}
function digestsOf(der) {
    const hex = (algorithm, bytes) => (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex');
    let spki;
    try {
        spki = subjectPublicKeyInfoDer(der);
    }
    catch {
        // node read the certificate, but its key field is not where RFC 5280 puts it: no key digest
        // is claimed, so no SPKI record can match it.
        spki = null;
    }
    return {
        sha256: hex('sha256', der),
        sha512: hex('sha512', der),
        spkiSha256: spki && hex('sha256', spki),
        spkiSha512: spki && hex('sha512', spki),
    };
}
/** The leaf and the certificates after it, by digest, each with whether the next one issued and signed it. */
function presentedOf(certificates, anchors) {
    return certificates.map((certificate, i) => {
        const next = certificates[i + 1];
        return {
            subject: certificate.names.subject,
            ...certificate.digests,
            issuedByNext: next === undefined ? null : issuedBy(certificate.x509, next.x509),
            trustedRoot: anchors.has(certificate.x509.fingerprint256),
        };
    });
}
/**
 * A fleet tends to present one certificate on many ports and addresses, so recently read
 * certificates are kept, keyed by the SHA-256 of their DER and bounded (least recently used
 * goes first): a hostile peer sending a new certificate every time only churns the cache.
 */
const DEFAULT_CACHE_SIZE = 256;
let cacheSize = DEFAULT_CACHE_SIZE;
const readCache = new Map();
/** Sets how many read certificates are kept (0 turns the cache off and empties it). */
function setCertificateCacheSize(size = DEFAULT_CACHE_SIZE) {
    cacheSize = Math.max(0, Math.floor(size) || 0);
    while (readCache.size > cacheSize)
        readCache.delete(readCache.keys().next().value);
}
function readDer(der) {
    if (cacheSize === 0)
        return new ReadCertificate(new external_node_crypto_.X509Certificate(der));
    const key = (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
    let read = readCache.get(key);
    if (read) {
        readCache.delete(key); // re-inserted below: the most recently used comes last
    }
    else {
        read = new ReadCertificate(new external_node_crypto_.X509Certificate(der));
        if (readCache.size >= cacheSize)
            readCache.delete(readCache.keys().next().value);
    }
    readCache.set(key, read);
    return read;
}
/**
 * A validity date as node prints it. One that does not read as a date (a certificate node
 * accepted but whose time field is malformed) becomes the epoch: the certificate is then judged
 * expired, the safe side, rather than taken as valid or crashing the probe.
 */
function validityDate(text) {
    const date = new Date(text ?? '');
    return Number.isNaN(date.getTime()) ? new Date(0) : date;
}
// An empty subject is legal (RFC 5280 §4.2.1.6: the names are then in the SAN alone), and node
// reports it as undefined rather than ''.
function oneLineName(name) {
    return (name ?? '')
        .split('\n')
        .filter((part) => part !== '')
        .join(', ');
}
function commonNameOf(subject) {
    for (const part of (subject ?? '').split('\n'))
        if (part.startsWith('CN='))
            return part.slice(3);
    return null;
}
/**
 * The peer's leaf and the certificates after it, as node links them (issuerCertificate): the
 * certificates the server sent, in issuer order, where node may have appended the one trust
 * anchor it found in the local store (node offers no view of the raw Certificate message).
 * `presented` is that same object when node already built it during the handshake (it does so
 * for every chain that verifies, to check the server's identity); otherwise it is read through
 * getPeerCertificate(true). Never getPeerX509Certificate(): on node 20 it takes the leaf out of
 * the socket's peer chain, after which getPeerCertificate() returns an empty object.
 */
function peerCertificates(socket, extraCa, trust, presented) {
    let detailed;
    let leaf;
    try {
        detailed = presented?.raw ? presented : socket.getPeerCertificate(true);
        if (!detailed?.raw)
            return null;
        leaf = readDer(detailed.raw);
    }
    catch {
        return null;
    }
    const chain = [];
    const seen = new Set([detailed.fingerprint256]);
    for (let at = detailed.issuerCertificate; at?.raw && !seen.has(at.fingerprint256); at = at.issuerCertificate) {
        seen.add(at.fingerprint256);
        try {
            chain.push(trustAnchors(extraCa, trust).get(at.fingerprint256) ?? readDer(at.raw));
        }
        catch {
            break;
        }
    }
    return { leaf, chain };
}
/** Facts about one certificate and its chain; pure apart from the cached root store. */
function describeCertificate(leaf, sent, ctx, verification) {
    return describe(new ReadCertificate(leaf), sent.map((c) => new ReadCertificate(c)), ctx, verification);
}
function describe(read, sentRead, ctx, verification) {
    const own = read.facts;
    const error = verifyErrorName(verification);
    const anchors = trustAnchors(ctx.extraCa, ctx.trust);
    const trusted = error === null || trustedDespite(error, read, sentRead, anchors, ctx.now);
    const { chain, presented } = read.chainFacts(sentRead, anchors);
    return {
        subject: own.subject,
        issuer: own.issuer,
        san: read.sanList,
        notBefore: own.notBefore,
        notAfter: own.notAfter,
        daysLeft: Math.floor((own.notAfterMs - ctx.now.getTime()) / time/* DAY_MS */.s),
        trusted,
        nameMatch: hostMatchesNames(ctx.host, own.names),
        keyType: own.keyType,
        keyBits: own.keyBits,
        signature: own.signature,
        error,
        fingerprint256: own.fingerprint256,
        chain,
        presented,
    };
}
/**
 * Facts about the certificate a connected TLS socket's peer presented (null if it sent none).
 * `presented`: the peer certificate node already built during this handshake, if it did.
 */
function peerCertificateFacts(socket, ctx, presented) {
    const certificates = peerCertificates(socket, ctx.extraCa, ctx.trust, presented);
    if (!certificates)
        return null;
    const authorizationError = socket.authorizationError;
    return describe(certificates.leaf, certificates.chain, ctx, {
        authorized: socket.authorized,
        authorizationError: authorizationError == null
            ? null
            : typeof authorizationError === 'string'
                ? authorizationError
                : (authorizationError.code ?? authorizationError.message),
        reason: socket.authorized ? null : verifyReason(socket),
    });
}
/**
 * OpenSSL's text for the socket's verify error. Node keeps only the error's code on the socket
 * (authorizationError), and that code is UNSPECIFIED for every error node has no name for: a
 * weak digest and a name-constraint violation alike. The text is on the error object node builds
 * from the TLS handle (the one it throws when rejectUnauthorized is on); it is read there, and
 * where a node version does not have it the error stays UNSPECIFIED, which trusts nothing.
 */
function verifyReason(socket) {
    try {
        const handle = socket._handle;
        // Not `instanceof Error`: the object may come from another realm (a vm context).
        const message = handle?.verifyError?.()?.message;
        return typeof message === 'string' ? message : null;
    }
    catch {
        return null;
    }
}


/***/ })

};
