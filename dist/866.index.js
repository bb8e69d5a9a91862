export const id = 866;
export const ids = [866];
export const modules = {

/***/ 31866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BAD_HOST: () => (/* binding */ BAD_HOST),
  GOOD_HOST: () => (/* binding */ GOOD_HOST),
  rulesByHost: () => (/* binding */ rulesByHost),
  runDemo: () => (/* binding */ runDemo),
  startDemoWorld: () => (/* binding */ startDemoWorld)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/run.ts
var run = __webpack_require__(79786);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/common/time.ts
var time = __webpack_require__(17911);
;// CONCATENATED MODULE: ./src/demo/certificates.ts
// Certificates for fixture servers: a throw-away root CA and leaves in every state the
// certificate rules care about (good, expired, not yet valid, expiring, self-signed, weak key,
// SHA-1 signature, EC key). Used by the tests and by the `demo` command, so it ships.



let libraryLoad;
/**
 * @peculiar/x509, loaded on first use. It needs Reflect metadata present before it is evaluated,
 * and a static import cannot guarantee that order everywhere (a CommonJS dependency may be
 * evaluated while modules are still being linked), so the reflect-metadata polyfill goes first,
 * then the library.
 */
function x509Library() {
    libraryLoad ??= (async () => {
        await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.t.bind(__webpack_require__, 80477, 23));
        const lib = await Promise.all(/* import() */[__webpack_require__.e(594), __webpack_require__.e(927)]).then(__webpack_require__.t.bind(__webpack_require__, 8927, 19));
        // It signs through whichever WebCrypto it is given; node's is the one to use. (Its typings
        // name the DOM `Crypto`, which node's webcrypto matches only structurally.)
        lib.cryptoProvider.set(external_node_crypto_.webcrypto);
        return lib;
    })();
    return libraryLoad;
}
const rsaParams = (bits, hash) => ({
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: bits,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash,
});
// Key generation is the slow part (an RSA 2048 key can take a good fraction of a second), so
// every key is made once per process and shared by all fixture sets and all leaves of a kind.
const keyCache = new Map();
function cachedKey(kind) {
    let pending = keyCache.get(kind);
    if (!pending) {
        pending = generate(kind);
        // A failed generation must not poison the cache for later callers.
        pending.catch(() => keyCache.delete(kind));
        keyCache.set(kind, pending);
    }
    return pending;
}
async function generate(kind) {
    const subtle = external_node_crypto_.webcrypto.subtle;
    if (kind === 'ec') {
        return (await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']));
    }
    const bits = kind === 'rsa1024' ? 1024 : 2048;
    return (await subtle.generateKey(rsaParams(bits, 'SHA-256'), true, ['sign', 'verify']));
}
/** PEM files end with a newline, so that bundles made by concatenation stay readable. */
function withFinalNewline(pem) {
    return pem.endsWith('\n') ? pem : `${pem}\n`;
}
async function privateKeyPem(key) {
    const x509 = await x509Library();
    const der = await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', key);
    return withFinalNewline(x509.PemConverter.encode(der, 'PRIVATE KEY'));
}
/** WebCrypto binds an RSA key to one hash; signing with SHA-1 needs the same key re-imported. */
async function withSha1(key) {
    const der = await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', key);
    return external_node_crypto_.webcrypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' }, false, ['sign']);
}
function subjectAltNames(hosts) {
    return hosts.map((host) => ((0,external_node_net_.isIP)(host) ? { type: 'ip', value: host } : { type: 'dns', value: host }));
}
/** A DN attribute value must not smuggle in separators of the string form. */
function commonName(hosts) {
    const first = hosts[0] ?? 'fixture';
    return first.replace(/[,+=<>#;"\\]/g, '_');
}
function randomSerial() {
    const bytes = external_node_crypto_.webcrypto.getRandomValues(new Uint8Array(16));
    bytes[0] = (bytes[0] & 0x7f) | 0x01; // positive and without a leading zero byte
    return Buffer.from(bytes).toString('hex');
}
async function issueLeaf(spec) {
    const x509 = await x509Library();
    const subject = `CN=${commonName(spec.hosts)}`;
    const extensions = [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(spec.keys.publicKey.algorithm.name === 'ECDSA'
            ? x509.KeyUsageFlags.digitalSignature
            : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
        await x509.SubjectKeyIdentifierExtension.create(spec.keys.publicKey, false),
    ];
    if (spec.hosts.length > 0)
        extensions.push(new x509.SubjectAlternativeNameExtension(subjectAltNames(spec.hosts), false));
    let signingKey = spec.keys.privateKey;
    let issuer = subject;
    if (spec.signer !== 'self') {
        signingKey = spec.signer.key;
        issuer = spec.signer.name;
        extensions.push(await x509.AuthorityKeyIdentifierExtension.create(spec.signer.publicKey, false));
    }
    if (spec.signingHash === 'SHA-1')
        signingKey = await withSha1(signingKey);
    const cert = await x509.X509CertificateGenerator.create({
        serialNumber: randomSerial(),
        subject,
        issuer,
        notBefore: spec.notBefore,
        notAfter: spec.notAfter,
        publicKey: spec.keys.publicKey,
        signingKey,
        signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: spec.signingHash ?? 'SHA-256' },
        extensions,
    });
    return { cert: withFinalNewline(cert.toString('pem')), key: await privateKeyPem(spec.keys.privateKey) };
}
async function createFixtureCertificates() {
    const x509 = await x509Library();
    const caKeys = await cachedKey('ca');
    // A unique name per set, so two sets in one process never look like the same authority.
    const caName = `CN=mail-tls-gate fixture root ${randomSerial().slice(0, 12)},O=mail-tls-gate fixtures`;
    const now = Date.now();
    const caCert = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: randomSerial(),
        name: caName,
        // Wide enough to contain every leaf window below, the expired and future ones included.
        notBefore: new Date(now - 365 * time/* DAY_MS */.s),
        notAfter: new Date(now + 3650 * time/* DAY_MS */.s),
        keys: caKeys,
        signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        extensions: [
            new x509.BasicConstraintsExtension(true, undefined, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
            await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey, false),
        ],
    });
    const ca = { cert: withFinalNewline(caCert.toString('pem')), key: await privateKeyPem(caKeys.privateKey) };
    const signer = { name: caName, key: caKeys.privateKey, publicKey: caKeys.publicKey };
    // Validity windows are computed per call so a long-lived fixture set still issues fresh leaves.
    const window = (startDays, endMs) => ({
        notBefore: new Date(Date.now() + startDays * time/* DAY_MS */.s),
        notAfter: new Date(Date.now() + endMs),
    });
    const leaf = async (hosts, kind, w, hash) => issueLeaf({ hosts, keys: await cachedKey(kind), ...w, signer, signingHash: hash ?? 'SHA-256' });
    const ninetyDays = () => window(-1 / 24, 90 * time/* DAY_MS */.s + time/* HOUR_MS */.i);
    return {
        ca,
        good: (hosts) => leaf(hosts, 'leaf', ninetyDays()),
        expired: (hosts) => leaf(hosts, 'leaf', window(-120, -30 * time/* DAY_MS */.s)),
        notYetValid: (hosts) => leaf(hosts, 'leaf', window(30, 120 * time/* DAY_MS */.s)),
        // notBefore stays a day ahead of notAfter even when `days` is zero or negative.
        expiring: (hosts, days) => leaf(hosts, 'leaf', window(Math.min(-1, days - 1), days * time/* DAY_MS */.s + time/* HOUR_MS */.i)),
        selfSigned: async (hosts) => issueLeaf({ hosts, keys: await cachedKey('self'), ...ninetyDays(), signer: 'self' }),
        weakRsa: (hosts) => leaf(hosts, 'rsa1024', ninetyDays()),
        sha1: (hosts) => leaf(hosts, 'leaf', ninetyDays(), 'SHA-1'),
        ec: (hosts) => leaf(hosts, 'ec', ninetyDays()),
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/demo/loopback.ts
async function loopback_listenOnLoopback(server, host = '127.0.0.1') {
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, host, () => {
            server.removeListener('error', reject);
            resolve();
        });
    });
    const bound = server.address();
    return { port: bound.port, address: bound.address };
}
/** Stops listening and destroys every tracked connection, then resolves. */
function loopback_closeDestroyingAll(server, sockets) {
    return new Promise((resolve) => {
        for (const socket of sockets)
            socket.destroy();
        server.close(() => resolve());
    });
}

;// CONCATENATED MODULE: ./src/demo/http-servers.ts
// HTTP fixture servers on 127.0.0.1 for the port-80 rule: a redirect to https on the same
// host, a plain 200, and a redirect that leaves for another host.


/** The host part of a Host header ("[::1]:8080" → "[::1]", "mail.example:80" → "mail.example"). */
function hostOnly(header) {
    const m = /^(\[[^\]]*\]|[^:]*)/.exec(header);
    return m ? m[1] : header;
}
async function startHttpServer(kind, elsewhere = 'https://elsewhere.mail-tls-gate.test/') {
    let accepted = 0;
    const hosts = [];
    const sockets = new Set();
    const server = external_node_http_default().createServer((req, res) => {
        const host = req.headers.host ?? '';
        hosts.push(host);
        if (kind === 'ok') {
            res.writeHead(200, { 'content-type': 'text/plain' }).end('webmail fixture\n');
        }
        else {
            const location = kind === 'redirect-https' ? `https://${hostOnly(host)}${req.url ?? '/'}` : elsewhere;
            res.writeHead(301, { location, 'content-type': 'text/plain' }).end('moved\n');
        }
    });
    server.on('connection', (socket) => {
        accepted += 1;
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    const { port } = await loopback_listenOnLoopback(server);
    return {
        address: '127.0.0.1',
        port,
        get accepted() {
            return accepted;
        },
        hosts,
        close: () => loopback_closeDestroyingAll(server, sockets),
    };
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/demo/mail-servers.ts
// Mail fixture servers on 127.0.0.1: real SMTP, IMAP, POP3 and ManageSieve over node:net, with a
// real STARTTLS upgrade, in the good and the bad shapes the rules care about. The tests probe
// them and the `demo` command runs them, so they ship with the tool.



const NAME = 'fixture.mail-tls-gate.test';
function offersStarttls(state) {
    return !state.secure && state.options.starttls !== 'absent' && (state.options.pem !== undefined || state.options.starttls === 'refuse');
}
function offersAuth(state) {
    return state.secure || state.options.authBeforeTls === true;
}
/** STARTTLS asked for: go ahead, refuse, or not known, each in the protocol's own words. */
function starttlsAnswer(state, words) {
    if (state.secure || state.options.starttls === 'absent')
        return { lines: [words.unknown] };
    if (state.options.starttls === 'refuse' || state.options.pem === undefined)
        return { lines: [words.refuse] };
    return { lines: [words.go], then: 'starttls' };
}
const smtp = {
    greeting: () => [`220-${NAME} ESMTP fixture`, `220 ${NAME} ready`],
    answer(line, state) {
        const verb = (line.split(' ', 1)[0] ?? '').toUpperCase();
        switch (verb) {
            case 'EHLO': {
                const caps = ['PIPELINING', 'SIZE 10240000', ...(offersStarttls(state) ? ['STARTTLS'] : []), ...(offersAuth(state) ? ['AUTH PLAIN LOGIN'] : []), '8BITMIME'];
                return { lines: [NAME, ...caps].map((text, i, all) => `250${i === all.length - 1 ? ' ' : '-'}${text}`) };
            }
            case 'HELO':
                return { lines: [`250 ${NAME}`] };
            case 'STARTTLS':
                return starttlsAnswer(state, { go: '220 2.0.0 Ready to start TLS', refuse: '454 4.7.0 TLS not available due to temporary reason', unknown: '502 5.5.1 Command not implemented' });
            case 'NOOP':
                return { lines: ['250 2.0.0 OK'] };
            case 'QUIT':
                return { lines: ['221 2.0.0 Bye'], then: 'close' };
            default:
                return { lines: ['500 5.5.2 Command not recognised'] };
        }
    },
    afterUpgrade: () => [],
};
function imapCapabilities(state) {
    const caps = ['IMAP4rev1', 'LITERAL+', 'ID'];
    if (offersStarttls(state))
        caps.push('STARTTLS');
    if (offersAuth(state))
        caps.push('AUTH=PLAIN', 'AUTH=LOGIN');
    else
        caps.push('LOGINDISABLED');
    return caps.join(' ');
}
const imap = {
    greeting: (state) => [`* OK [CAPABILITY ${imapCapabilities(state)}] ${NAME} IMAP fixture ready`],
    answer(line, state) {
        const [tag = '*', verb = ''] = line.split(' ');
        switch (verb.toUpperCase()) {
            case 'CAPABILITY':
                return { lines: [`* CAPABILITY ${imapCapabilities(state)}`, `${tag} OK CAPABILITY completed`] };
            case 'STARTTLS':
                return starttlsAnswer(state, { go: `${tag} OK Begin TLS negotiation now`, refuse: `${tag} NO TLS not available`, unknown: `${tag} BAD Unknown command` });
            case 'NOOP':
                return { lines: [`${tag} OK NOOP completed`] };
            case 'LOGOUT':
                return { lines: ['* BYE Logging out', `${tag} OK LOGOUT completed`], then: 'close' };
            default:
                return { lines: [`${tag} BAD Unknown command`] };
        }
    },
    afterUpgrade: () => [],
};
const pop3 = {
    greeting: () => [`+OK ${NAME} POP3 fixture ready`],
    answer(line, state) {
        switch ((line.split(' ', 1)[0] ?? '').toUpperCase()) {
            case 'CAPA': {
                const caps = ['TOP', 'UIDL', 'RESP-CODES'];
                if (offersStarttls(state))
                    caps.push('STLS');
                if (offersAuth(state))
                    caps.push('USER', 'SASL PLAIN LOGIN');
                return { lines: ['+OK Capability list follows', ...caps, '.'] };
            }
            case 'STLS':
                return starttlsAnswer(state, { go: '+OK Begin TLS negotiation', refuse: '-ERR TLS not available', unknown: '-ERR Unknown command' });
            case 'NOOP':
                // RFC 1939 allows NOOP only once logged in; the answer still shows it was read.
                return { lines: ['-ERR Not logged in'] };
            case 'QUIT':
                return { lines: ['+OK Bye'], then: 'close' };
            default:
                return { lines: ['-ERR Unknown command'] };
        }
    },
    afterUpgrade: () => [],
};
function sieveCapabilities(state) {
    return [
        '"IMPLEMENTATION" "mail-tls-gate fixture"',
        `"SASL" "${offersAuth(state) ? 'PLAIN LOGIN' : ''}"`,
        '"SIEVE" "fileinto reject envelope"',
        ...(offersStarttls(state) ? ['"STARTTLS"'] : []),
        '"VERSION" "1.0"',
        'OK "ManageSieve fixture ready"',
    ];
}
const managesieve = {
    greeting: sieveCapabilities,
    answer(line, state) {
        switch ((line.split(' ', 1)[0] ?? '').toUpperCase()) {
            case 'CAPABILITY':
                return { lines: sieveCapabilities(state) };
            case 'STARTTLS':
                return starttlsAnswer(state, { go: 'OK "Begin TLS negotiation now"', refuse: 'NO "TLS not available"', unknown: 'NO "Unknown command"' });
            case 'NOOP': {
                // RFC 5804 §2.13: a NOOP with a string has it echoed in a TAG response code.
                const tag = state.options.dropNoopTag ? undefined : /^NOOP\s+("(?:[^"\\]|\\.)*")/i.exec(line)?.[1];
                return { lines: [tag ? `OK (TAG ${tag}) "Done"` : 'OK "NOOP completed"'] };
            }
            case 'LOGOUT':
                return { lines: ['OK "Bye"'], then: 'close' };
            default:
                return { lines: ['NO "Unknown command"'] };
        }
    },
    // RFC 5804 §2.2: after a successful STARTTLS the server sends its capabilities again.
    afterUpgrade: sieveCapabilities,
};
const PROTOCOLS = { smtp, imap, pop3, managesieve };
const BUSY_GREETING = {
    smtp: '421 4.7.0 fixture: too many connections from your address, try again later',
    imap: '* BYE too many connections from your address',
    pop3: '-ERR [SYS/TEMP] too many connections from your address',
    managesieve: 'BYE "too many connections from your address"',
};
function tlsOptions(options) {
    if (!options.pem)
        return null;
    const old = options.minVersion === 'TLSv1' || options.minVersion === 'TLSv1.1';
    return {
        cert: options.pem.cert,
        key: options.pem.key,
        minVersion: options.minVersion ?? 'TLSv1.2',
        maxVersion: options.maxVersion ?? 'TLSv1.3',
        // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; a legacy fixture must lower it.
        ...(options.ciphers ? { ciphers: options.ciphers } : old ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {}),
        ...(options.dhparam ? { dhparam: options.dhparam } : {}),
    };
}
const RSA_PKCS1_SHA1 = 0x0201;
const TLS13 = 0x0304;
const HANDSHAKE_FAILURE_ALERT = Buffer.from([21, 3, 3, 0, 2, 2, 40]);
/**
 * Reads the first TLS record off `socket` and, when it is a ClientHello a SHA-1-only server could
 * not serve at TLS 1.2 (`tls12SignsWithSha1Only`), refuses it with an alert; otherwise puts it
 * back and lets TLS start. Anything that is not a whole handshake record goes to TLS as it is.
 */
function screenHello(socket, proceed) {
    let got = Buffer.alloc(0);
    const onData = (chunk) => {
        got = Buffer.concat([got, chunk]);
        if (got[0] === 22 && (got.length < 5 || got.length < 5 + got.readUInt16BE(3)))
            return;
        socket.off('data', onData);
        socket.pause();
        if (needsSha1Signature(got)) {
            socket.end(HANDSHAKE_FAILURE_ALERT);
            return;
        }
        socket.unshift(got);
        proceed();
    };
    socket.on('data', onData);
    socket.resume();
}
/** A ClientHello offering nothing above TLS 1.2 whose signature algorithms leave out rsa_pkcs1_sha1. */
function needsSha1Signature(record) {
    try {
        if (record[0] !== 22 || record[5] !== 1)
            return false;
        let at = 5 + 4 + 2 + 32;
        at += 1 + record[at];
        at += 2 + record.readUInt16BE(at);
        at += 1 + record[at];
        const end = at + 2 + record.readUInt16BE(at);
        let schemes = [];
        for (at += 2; at + 4 <= end; at += 4 + record.readUInt16BE(at + 2)) {
            const type = record.readUInt16BE(at);
            const data = record.subarray(at + 4, at + 4 + record.readUInt16BE(at + 2));
            const list = (from) => Array.from({ length: (data.length - from) >> 1 }, (_, i) => data.readUInt16BE(from + 2 * i));
            if (type === 43 && list(1).includes(TLS13))
                return false;
            if (type === 13)
                schemes = list(2);
        }
        return record.readUInt16BE(9) === 0x0303 && !schemes.includes(RSA_PKCS1_SHA1);
    }
    catch {
        return false;
    }
}
/** Runs one client session on a stream, upgrading it in place on STARTTLS. */
function serve(stream, secure, options, context, track, record) {
    const protocol = PROTOCOLS[options.protocol];
    const state = { secure, options };
    let current = stream;
    let pending = '';
    let busy = false;
    let greeted = false;
    const send = (lines) => {
        if (lines.length > 0)
            current.write(lines.map((l) => `${l}\r\n`).join(''), 'latin1');
    };
    /** Answers every whole line in `pending`, in order, and returns the answers (a close or an upgrade they ask for is not done). */
    const answerPending = () => {
        const lines = [];
        for (let lf = pending.indexOf('\n'); lf !== -1; lf = pending.indexOf('\n')) {
            const line = pending.slice(0, lf).replace(/\r$/, '');
            pending = pending.slice(lf + 1);
            record.commands.push(line);
            lines.push(...protocol.answer(line, state).lines);
        }
        return lines;
    };
    const drain = () => {
        if (busy)
            return;
        for (let lf = pending.indexOf('\n'); lf !== -1; lf = pending.indexOf('\n')) {
            const line = pending.slice(0, lf).replace(/\r$/, '');
            pending = pending.slice(lf + 1);
            record.commands.push(line);
            const answer = protocol.answer(line, state);
            if (answer.then === 'starttls' && context) {
                goAhead(answer.lines);
                return;
            }
            send(answer.lines);
            if (answer.then === 'close') {
                current.end();
                return;
            }
        }
    };
    /** STARTTLS accepted: the go-ahead, whatever the injection mode says of the pipelined rest. */
    const goAhead = (lines) => {
        busy = true;
        const mode = options.injection ?? 'clean';
        if (mode !== 'before-tls' && mode !== 'before-and-inside') {
            send(lines);
            upgrade();
            return;
        }
        // Nothing more is read in plaintext: the client's ClientHello waits for the TLS layer.
        current.off('data', onData);
        current.pause();
        const carried = pending;
        const early = answerPending();
        if (mode === 'before-and-inside')
            pending = carried;
        if (!options.plaintextAnswerDelayMs) {
            send([...lines, ...early]);
            upgrade();
            return;
        }
        send(lines);
        setTimeout(() => {
            if (current.destroyed)
                return;
            send(early);
            upgrade();
        }, options.plaintextAnswerDelayMs);
    };
    const onData = (chunk) => {
        if (!greeted) {
            record.spokeEarly = true;
            if (options.dropEarlyTalkers) {
                current.end('554 5.5.0 SMTP synchronization error\r\n');
                current.destroy();
                return;
            }
        }
        pending += chunk.toString('latin1');
        if (greeted)
            drain();
    };
    const upgrade = () => {
        busy = true;
        current.off('data', onData);
        // Whatever the client sent after STARTTLS is still in `pending`: a careful server drops
        // it, a vulnerable one carries it across into the TLS session.
        const mode = options.injection ?? 'clean';
        const carried = mode === 'vulnerable' || mode === 'before-and-inside' ? pending : mode === 'twice-inside' ? pending + pending : '';
        // Node's TLS layer takes bytes already read from the socket as the first handshake bytes
        // (paused first, or the stream would hand them to no one before TLS reads them).
        if (mode === 'fed-to-tls' && pending.length > 0) {
            current.pause();
            current.unshift(Buffer.from(pending, 'latin1'));
        }
        pending = '';
        if (options.tls12SignsWithSha1Only)
            screenHello(current, () => startTls(carried));
        else
            startTls(carried);
    };
    const startTls = (carried) => {
        const secured = new (external_node_tls_default()).TLSSocket(current, { isServer: true, secureContext: context });
        track(secured);
        secured.on('error', () => secured.destroy());
        secured.once('secure', () => {
            state.secure = true;
            current = secured;
            if (options.insideTls === 'close') {
                secured.end();
                return;
            }
            if (options.insideTls === 'silent') {
                secured.resume();
                return;
            }
            if (!options.silentAfterUpgrade)
                send(protocol.afterUpgrade(state));
            pending = carried;
            secured.on('data', onData);
            const resume = () => {
                busy = false;
                drain();
            };
            // A slow server runs what it carried late, and whatever it reads meanwhile after it.
            if (carried && options.carriedRunsAfterMs)
                setTimeout(resume, options.carriedRunsAfterMs);
            else
                resume();
        });
    };
    current.on('data', onData);
    const greet = () => {
        if (current.destroyed)
            return;
        greeted = true;
        if (options.turnAway?.()) {
            record.turnedAway = true;
            current.end(`${BUSY_GREETING[options.protocol]}\r\n`, 'latin1');
            return;
        }
        if (options.rawGreeting !== undefined)
            current.write(options.rawGreeting);
        else
            send(protocol.greeting(state));
        drain();
    };
    if (options.greetingDelayMs)
        setTimeout(greet, options.greetingDelayMs).unref();
    else
        greet();
}
async function startMailServer(options) {
    const secure = tlsOptions(options);
    const context = secure ? external_node_tls_default().createSecureContext(secure) : null;
    if (options.implicitTls && !secure)
        throw new Error('an implicit-TLS fixture needs a certificate');
    const sockets = new Set();
    const track = (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
    };
    let accepted = 0;
    let peak = 0;
    const sessions = [];
    const begin = () => {
        const session = { commands: [], turnedAway: false, spokeEarly: false };
        sessions.push(session);
        return session;
    };
    const connections = new Set();
    const server = options.implicitTls
        ? external_node_tls_default().createServer(secure, (socket) => serve(socket, true, options, context, track, begin()))
        : external_node_net_default().createServer((socket) => serve(socket, false, options, context, track, begin()));
    server.on('connection', (socket) => {
        accepted += 1;
        track(socket);
        connections.add(socket);
        peak = Math.max(peak, connections.size);
        socket.on('close', () => connections.delete(socket));
    });
    // A handshake a client abandons is routine here (version sweeps); it must not crash the server.
    server.on('tlsClientError', (_err, socket) => socket.destroy());
    const { port } = await loopback_listenOnLoopback(server);
    return {
        address: '127.0.0.1',
        port,
        get accepted() {
            return accepted;
        },
        get open() {
            return connections.size;
        },
        get peak() {
            return peak;
        },
        sessions,
        close: () => loopback_closeDestroyingAll(server, sockets),
    };
}
function mailFixtureOptions(protocol, kind, pem) {
    switch (kind) {
        case 'good':
            return { protocol, pem, injection: 'clean' };
        case 'plaintext':
            return { protocol, starttls: 'absent', authBeforeTls: true };
        case 'injectable':
            return { protocol, pem, injection: 'vulnerable' };
        case 'starttls-refused':
            return { protocol, pem, starttls: 'refuse' };
        case 'implicit-tls':
            return { protocol, pem, implicitTls: true };
    }
}
function startMailFixture(protocol, kind, pem) {
    return startMailServer(mailFixtureOptions(protocol, kind, pem));
}

;// CONCATENATED MODULE: ./src/demo/tls-server.ts
// Fixture servers for TLS probes: an implicit-TLS server with a chosen certificate and version
// range, one that answers TLS 1.2/1.3 but never a legacy ClientHello, a tarpit that accepts and
// never speaks, and a server that swallows the ClientHello and never answers. Loopback only, ephemeral ports. Used by the tests and the `demo` command.



function track(server, sockets) {
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        // Clients of a fixture reset connections all the time; that is not the server's problem.
        socket.on('error', () => undefined);
    });
}
async function startTlsServer(options) {
    const sockets = new Set();
    const servernames = [];
    const waiters = [];
    const server = external_node_tls_.createServer({
        cert: [options.pem.cert, ...(options.chain ?? [])].join('\n'),
        key: options.pem.key,
        ...(options.minVersion ? { minVersion: options.minVersion } : {}),
        ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
        ...(options.ciphers ? { ciphers: options.ciphers } : {}),
        ...(options.dhparam ? { dhparam: options.dhparam } : {}),
    });
    track(server, sockets);
    server.on('tlsClientError', () => undefined);
    server.on('secureConnection', (socket) => {
        socket.on('error', () => undefined);
        servernames.push(socket.servername || false);
        for (const waiter of waiters.filter((w) => w.count <= servernames.length)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
        }
        if (options.greeting !== undefined)
            socket.write(options.greeting);
    });
    const bound = await loopback_listenOnLoopback(server, options.host ?? '127.0.0.1');
    return {
        ...bound,
        get handshakes() {
            return servernames.length;
        },
        servernames,
        handshakesReached: (count) => count <= servernames.length ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
        close: () => loopback_closeDestroyingAll(server, sockets),
    };
}
/** Where a ClientHello's legacy_version (client_version) sits: record header 5, handshake header 4. */
const CLIENT_VERSION_AT = 9;
/**
 * A TLS server (as startTlsServer) behind a front that never answers a ClientHello offering
 * nothing above TLS 1.1 (legacy_version below 0x0303): it reads and says nothing, as a filter or
 * a rate limit that silently drops old TLS does. A ClientHello for TLS 1.2 or 1.3 is passed
 * through to the real server, which answers it.
 */
async function startLegacySilentTls(options) {
    const backend = await startTlsServer({ ...options, host: '127.0.0.1' });
    const sockets = new Set();
    let accepted = 0;
    let unanswered = 0;
    const front = net.createServer((client) => {
        accepted += 1;
        let head = Buffer.alloc(0);
        const onData = (chunk) => {
            head = Buffer.concat([head, chunk]);
            if (head.length < CLIENT_VERSION_AT + 2)
                return;
            client.off('data', onData);
            if (head[0] !== 0x16 || head.readUInt16BE(CLIENT_VERSION_AT) < 0x0303) {
                unanswered += 1;
                // Read on, answer nothing.
                client.on('data', () => undefined);
                return;
            }
            const upstream = net.connect(backend.port, backend.address);
            sockets.add(upstream);
            upstream.on('error', () => client.destroy());
            upstream.on('close', () => {
                sockets.delete(upstream);
                client.destroy();
            });
            client.on('close', () => upstream.destroy());
            upstream.write(head);
            client.pipe(upstream).pipe(client);
        };
        client.on('data', onData);
    });
    track(front, sockets);
    const bound = await listenOnLoopback(front, options.host ?? '127.0.0.1');
    return {
        ...bound,
        get handshakes() {
            return backend.handshakes;
        },
        servernames: backend.servernames,
        handshakesReached: (count) => backend.handshakesReached(count),
        get accepted() {
            return accepted;
        },
        get unanswered() {
            return unanswered;
        },
        close: async () => {
            await closeDestroyingAll(front, sockets);
            await backend.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/demo/demo.ts
// `mail-tls-gate demo`: the whole job on built-in loopback servers. A well-run host and a badly
// run one, an embedded policy naming both, a real check over the network, and the findings as a
// user sees them. It exits 0 when the check found exactly what the demo was built to show.











const GOOD_HOST = 'mail.good.demo.test';
const BAD_HOST = 'mail.bad.demo.test';
/** A port nothing listens on: bound, noted, released. */
async function closedPort() {
    const server = external_node_net_default().createServer();
    const { port } = await loopback_listenOnLoopback(server);
    await loopback_closeDestroyingAll(server, []);
    return port;
}
async function startDemoWorld() {
    const certs = await createFixtureCertificates();
    const good = await certs.good([GOOD_HOST]);
    const servers = [];
    const keep = (s) => (servers.push(s), s);
    try {
        const g = {
            smtp: keep(await startMailFixture('smtp', 'good', good)),
            submission: keep(await startMailFixture('smtp', 'good', good)),
            submissions: keep(await startMailFixture('smtp', 'implicit-tls', good)),
            imaps: keep(await startMailFixture('imap', 'implicit-tls', good)),
            pop3s: keep(await startMailFixture('pop3', 'implicit-tls', good)),
            managesieve: keep(await startMailFixture('managesieve', 'good', good)),
            https: keep(await startTlsServer({ pem: good })),
            http: keep(await startHttpServer('redirect-https')),
            imap: await closedPort(),
            pop3: await closedPort(),
        };
        const b = {
            smtp: keep(await startMailFixture('smtp', 'plaintext', good)),
            submission: keep(await startMailServer({ protocol: 'smtp', pem: await certs.good([BAD_HOST]), authBeforeTls: true, injection: 'vulnerable' })),
            submissions: keep(await startMailServer({ protocol: 'smtp', pem: await certs.good([BAD_HOST]), implicitTls: true, minVersion: 'TLSv1' })),
            imaps: keep(await startMailServer({ protocol: 'imap', pem: await certs.expired([BAD_HOST]), implicitTls: true })),
            pop3s: keep(await startMailServer({ protocol: 'pop3', pem: await certs.selfSigned([BAD_HOST]), implicitTls: true })),
            https: keep(await startTlsServer({ pem: await certs.good(['webmail.elsewhere.demo.test']) })),
            http: keep(await startHttpServer('ok')),
            imap: keep(await startMailFixture('imap', 'plaintext', good)),
            pop3: keep(await startMailFixture('pop3', 'plaintext', good)),
            managesieve: keep(await startMailFixture('managesieve', 'starttls-refused', good)),
        };
        const policyText = `# The demo policy: one well-run mail host and one that breaks most rules.
version: 1
defaults:
  tls: { min-version: "1.2" }
  certificate: { verify: true, min-days-left: 21 }
  timeout: 5s
hosts:
  - host: ${GOOD_HOST}
    require:
      - { service: smtp, port: ${g.smtp.port} }
      - { service: submission, port: ${g.submission.port} }
      - { service: submissions, port: ${g.submissions.port} }
      - { service: imaps, port: ${g.imaps.port} }
      - { service: pop3s, port: ${g.pop3s.port} }
      - { service: managesieve, port: ${g.managesieve.port} }
      - { service: https, port: ${g.https.port} }
      - { service: http, port: ${g.http.port} }
    forbid:
      - { service: imap, port: ${g.imap} }
      - { service: pop3, port: ${g.pop3} }
  - host: ${BAD_HOST}
    require:
      - { service: smtp, port: ${b.smtp.port} }
      - { service: submission, port: ${b.submission.port} }
      - { service: submissions, port: ${b.submissions.port} }
      - { service: imaps, port: ${b.imaps.port} }
      - { service: pop3s, port: ${b.pop3s.port} }
      - { service: https, port: ${b.https.port} }
      - { service: http, port: ${b.http.port} }
      - { service: pop3, port: ${b.pop3.port} }
      - { service: managesieve, port: ${b.managesieve.port} }
    forbid:
      - { service: imap, port: ${b.imap.port} }
`;
        return {
            policyText,
            caPem: certs.ca.cert,
            resolveAll: async (name) => {
                if (name === GOOD_HOST || name === BAD_HOST)
                    return ['127.0.0.1'];
                throw Object.assign(new Error(`${name} is not a demo host`), { code: 'ENOTFOUND' });
            },
            expected: {
                [GOOD_HOST]: [],
                [BAD_HOST]: [
                    'certificate-expired',
                    'certificate-name-mismatch',
                    'certificate-untrusted',
                    'forbidden-service-reachable',
                    'http-not-redirected',
                    'plaintext-auth-offered',
                    'starttls-command-injection',
                    'starttls-failed',
                    'starttls-not-offered',
                    'tls-version-legacy',
                ],
            },
            close: () => Promise.all(servers.map((s) => s.close())).then(() => undefined),
        };
    }
    catch (err) {
        await Promise.all(servers.map((s) => s.close()));
        throw err;
    }
}
/** Rule ids found per host, unwaived, sorted and unique. */
function rulesByHost(findings) {
    const out = {};
    for (const f of findings)
        if (!f.waived)
            (out[f.host] ??= new Set()).add(f.rule);
    return Object.fromEntries(Object.entries(out).map(([h, s]) => [h, [...s].sort()]));
}
async function runDemo() {
    process.stderr.write('Starting demo mail servers on 127.0.0.1 (certificates made for this run)…\n');
    const world = await startDemoWorld();
    try {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mail-tls-gate-demo-'));
        const policyPath = (0,external_node_path_.join)(dir, 'demo-policy.yml');
        const caFile = (0,external_node_path_.join)(dir, 'demo-ca.pem');
        const reportPath = (0,external_node_path_.join)(dir, 'report.json');
        const sarifPath = (0,external_node_path_.join)(dir, 'report.sarif');
        await (0,promises_.writeFile)(policyPath, world.policyText);
        await (0,promises_.writeFile)(caFile, world.caPem);
        const outcome = await (0,run/* check */.z6)({
            policyPath,
            policyName: 'demo-policy.yml',
            failOn: 'error',
            concurrency: 32,
            // Every demo host lives on 127.0.0.1, so the per-address politeness cap would serialise them.
            perHost: 32,
            caFile,
            reportPath,
            sarifPath,
            resolveAll: world.resolveAll,
        });
        if (outcome.kind === 'invalid') {
            process.stderr.write(`the demo policy is invalid (a bug): ${outcome.problems.map((p) => p.message).join('; ')}\n`);
            return 1;
        }
        process.stdout.write((0,report_text.formatText)(outcome.report, { color: (0,report_text.shouldUseColor)(process.stdout, process.env) }));
        process.stdout.write(`\nPolicy:      ${policyPath}\nJSON report: ${reportPath}\nSARIF:       ${sarifPath}\n`);
        const found = rulesByHost(outcome.report.findings);
        const mismatches = Object.entries(world.expected).filter(([host, rules]) => JSON.stringify(found[host] ?? []) !== JSON.stringify(rules));
        if (mismatches.length > 0) {
            for (const [host, rules] of mismatches) {
                process.stderr.write(`demo: ${host}: expected [${rules.join(', ')}], found [${(found[host] ?? []).join(', ')}]\n`);
            }
            process.stderr.write('The demo did not run as designed.\n');
            return 1;
        }
        process.stdout.write(`\nThe demo ran as designed: ${GOOD_HOST} passes, and every finding on ${BAD_HOST} is one the demo was built to show.\n` +
            'On your own policy, this result would exit 1 and fail the workflow.\n' +
            // The demo's servers are all on loopback, which every runner reaches; what a runner with no
            // IPv6 route or a filtered port 25 shows instead is told here and in the docs.
            'From a runner that cannot reach a server at all (no IPv6 route, outbound port 25 filtered), the\n' +
            'servers are not blamed: such endpoints get runner-network-limited (a notice when another address\n' +
            'of the same host and port was tested, else a warning and exit 3); see docs/runner-network.md.\n');
        return 0;
    }
    finally {
        await world.close();
    }
}


/***/ })

};
