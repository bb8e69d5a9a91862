export const id = 350;
export const ids = [350];
export const modules = {

/***/ 20350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/neutralise.ts
var neutralise = __webpack_require__(35942);
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
// EXTERNAL MODULE: ./src/rules/links.ts
var links = __webpack_require__(22390);
// EXTERNAL MODULE: ./src/report/matrix.ts
var report_matrix = __webpack_require__(53677);
// EXTERNAL MODULE: ./src/report/domain-lines.ts
var domain_lines = __webpack_require__(91302);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(72691);
;// CONCATENATED MODULE: ./src/report/text.ts






/** Colour only where a person is watching, and never against their stated wish (no-color.org). */
function shouldUseColor(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
const CELL_MAX = 60;
const MESSAGE_MAX = 300;
const HEADER = ['SERVICE', 'PORT', 'ADDRESS', 'STATUS', 'TLS', 'CERTIFICATE'];
function formatText(report, opts) {
    const paint = (style, text) => (opts.color && text !== '' ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text);
    const endpoints = [...report.endpoints].sort(order/* compareEndpoints */.UC);
    const findings = [...report.findings].sort(order/* compareFindings */.Eg);
    const cells = new Map(endpoints.map((e) => [e, endpointCells(e)]));
    const widths = HEADER.map((h, i) => Math.max(h.length, ...[...cells.values()].map((c) => c[i].length)));
    const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
    const columns = (values) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
    const findingLine = (f, indent, place) => {
        const label = f.waived ? paint('dim', 'waived'.padEnd(8)) : paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
        const reason = f.waived && f.waiverReason ? ` (waived: ${f.waiverReason})` : '';
        const text = place + (0,neutralise/* neutralise */.$)(`${f.message}${reason}`, MESSAGE_MAX);
        return `${indent}${label} ${f.rule.padEnd(ruleWidth)}  ${text}`;
    };
    const evidenceLine = (f, indent) => f.evidence === null ? [] : [`${indent}${' '.repeat(9 + ruleWidth + 2)}${paint('dim', `seen: ${(0,neutralise/* neutralise */.$)(f.evidence, MESSAGE_MAX)}`)}`];
    const lines = matrixLines(report, paint);
    const hosts = [...new Set([...endpoints.map((e) => e.host), ...findings.map((f) => f.host)])].sort(order/* compareText */.n6);
    for (const host of hosts) {
        const own = endpoints.filter((e) => e.host === host);
        const hostFindings = findings.filter((f) => f.host === host);
        lines.push(paint('bold', (0,neutralise/* neutralise */.$)(host, 253)));
        if (own.length > 0)
            lines.push('  ' + paint('dim', columns(HEADER)));
        for (const e of own) {
            const row = columns(cells.get(e));
            lines.push('  ' + (e.reachable ? row : paint('yellow', row)));
            for (const f of hostFindings.filter((f) => (0,words/* samePlace */.o0)(e, f))) {
                lines.push(findingLine(f, '    ', ''), ...evidenceLine(f, '    '));
            }
        }
        // Findings not tied to a probed endpoint: domain checks, or ports the probe never reached.
        for (const f of hostFindings.filter((f) => !own.some((e) => (0,words/* samePlace */.o0)(e, f)))) {
            const place = f.port === null && f.service === null ? '' : `${placeOf(f)}: `;
            lines.push(findingLine(f, '  ', place), ...evidenceLine(f, '  '));
        }
        lines.push('');
    }
    if (report.domains !== undefined && report.domains.length > 0) {
        lines.push(paint('bold', 'Domains'));
        for (const d of report.domains)
            lines.push(`  ${(0,neutralise/* neutralise */.$)(d.domain, 253)}  ${(0,neutralise/* neutralise */.$)((0,domain_lines/* domainLine */.ry)(d), 400)}`);
        lines.push('');
    }
    const runner = (0,words/* runnerNetworkLines */.c0)(report);
    if (runner.length > 0) {
        lines.push(paint('yellow', `The runner's own network could not test (runner-network-limited, ${(0,links/* ruleDocsUrl */.hS)('runner-network-limited')}):`));
        for (const line of runner)
            lines.push(`  ${(0,neutralise/* neutralise */.$)(line, MESSAGE_MAX * 2)}`);
        lines.push('');
    }
    const open = (0,words/* notConcluded */.pw)(report);
    if (open.length > 0) {
        lines.push(paint('yellow', 'Not concluded (inconclusive checks):'));
        for (const line of open)
            lines.push(`  ${(0,neutralise/* neutralise */.$)(line, MESSAGE_MAX)}`);
        lines.push('');
    }
    const verdict = (0,words/* verdictLine */.MT)(report);
    const result = report.summary.result;
    lines.push(paint(result === 'pass' ? 'green' : result === 'inconclusive' ? 'yellow' : 'red', verdict));
    return lines.join('\n') + '\n';
}
const HOST_MAX = 40;
const SEVERITY_LETTER = { error: 'E', warning: 'W', notice: 'N' };
const PLAIN_MARK = { pass: 'ok', waived: 'wv', 'not-asked': '.' };
/**
 * The fleet at a glance, first: a host per line (those with findings first), a short mark per
 * service, and a legend that numbers the rules the marks name.
 */
function matrixLines(report, paint) {
    const matrix = (0,report_matrix/* fleetMatrix */.KZ)(report);
    if (matrix.rows.length === 0)
        return [];
    const rules = [...new Set(matrix.rows.flatMap((r) => r.cells.flatMap((c) => (c.mark === 'fail' ? [c.rule] : []))))];
    const numbers = new Map(rules.map((rule, i) => [rule, i + 1]));
    const mark = (c) => (c.mark === 'fail' ? `${SEVERITY_LETTER[c.severity]}${numbers.get(c.rule)}` : PLAIN_MARK[c.mark]);
    const style = (c) => (c.mark === 'fail' ? SEVERITY_STYLE[c.severity] : c.mark === 'pass' ? 'green' : 'dim');
    const hosts = matrix.rows.map((r) => (0,neutralise/* neutralise */.$)(r.host, HOST_MAX));
    const hostWidth = Math.max(4, ...hosts.map((h) => h.length));
    const columns = matrix.columns.map((c) => (0,neutralise/* neutralise */.$)(c, CELL_MAX / 3));
    const widths = columns.map((c, i) => Math.max(c.length, ...matrix.rows.map((r) => mark(r.cells[i]).length)));
    const failing = matrix.rows.filter((r) => r.worst !== null).length;
    const lines = [
        paint('bold', `Fleet: ${(0,words/* plural */.LS)(matrix.rows.length, 'host')}, ${failing} with findings, ${matrix.rows.length - failing} without`),
        '  ' + paint('dim', ['HOST'.padEnd(hostWidth), ...columns.map((c, i) => c.padEnd(widths[i]))].join('  ').trimEnd()),
    ];
    matrix.rows.forEach((r, n) => {
        const cells = r.cells.map((c, i) => {
            const text = mark(c);
            const pad = i === r.cells.length - 1 ? '' : ' '.repeat(widths[i] - text.length);
            return paint(style(c), text) + pad;
        });
        lines.push(`  ${hosts[n].padEnd(hostWidth)}  ${cells.join('  ')}`);
    });
    lines.push(paint('dim', '  ok pass · E/W/N error/warning/notice, the most severe rule (numbered below) · wv waived · . not asked'));
    const numberWidth = String(rules.length).length;
    const ruleWidth = Math.max(0, ...rules.map((r) => r.length));
    for (const rule of rules) {
        lines.push(`  ${String(numbers.get(rule)).padStart(numberWidth)}  ${rule.padEnd(ruleWidth)}  ${paint('dim', (0,links/* ruleDocsUrl */.hS)(rule))}`);
    }
    lines.push('');
    return lines;
}
function endpointCells(e) {
    return [
        (0,neutralise/* neutralise */.$)(e.service, CELL_MAX),
        String(e.port),
        e.address === null ? '-' : (0,words/* addressText */.GI)(e.address),
        (0,neutralise/* neutralise */.$)((0,words/* endpointStatus */.WR)(e), CELL_MAX),
        (0,neutralise/* neutralise */.$)((0,words/* tlsSummary */.sG)(e) || '-', CELL_MAX),
        (0,neutralise/* neutralise */.$)((0,words/* certificateDays */.L6)(e) || '-', CELL_MAX),
    ];
}
function placeOf(f) {
    return [f.address === null ? '' : (0,words/* addressText */.GI)(f.address), f.port === null ? '' : String(f.port), f.service === null ? '' : (0,neutralise/* neutralise */.$)(f.service, CELL_MAX)]
        .filter(Boolean)
        .join(' ');
}

// EXTERNAL MODULE: ./src/run.ts + 1 modules
var run = __webpack_require__(16893);
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
        ...(old ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {}),
    };
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
        process.stdout.write(formatText(outcome.report, { color: shouldUseColor(process.stdout, process.env) }));
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
            'On your own policy, this result would exit 1 and fail the workflow.\n');
        return 0;
    }
    finally {
        await world.close();
    }
}

// EXTERNAL MODULE: ./src/policy/load.ts + 16 modules
var load = __webpack_require__(4092);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
;// CONCATENATED MODULE: ./src/report/plan-listing.ts

/** `schemaUrl`, when given, ends the listing with the header that lets an editor check the policy as it is typed. */
function formatPlan(policy, plan, schemaUrl) {
    const rows = plan.endpoints.map((e) => [
        e.host,
        e.address ?? '(resolved at check time)',
        String(e.port),
        e.service,
        e.expectation,
        `${e.location.file}:${e.location.line}:${e.location.column}`,
    ]);
    const header = ['host', 'address', 'port', 'service', 'expect', 'asked at'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [
        `${policy.file}: valid policy, ${(0,words/* plural */.LS)(policy.hosts.length, 'host')}, ${(0,words/* plural */.LS)(plan.endpoints.length, 'endpoint')} planned`,
        '',
        line(header),
        ...rows.map(line),
        '',
        ...(schemaUrl ? [`hint: editors check a policy as you type with this first line: # yaml-language-server: $schema=${schemaUrl}`, ''] : []),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/options.ts
var src_options = __webpack_require__(88381);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(65016);
// EXTERNAL MODULE: ./src/shard/shard.ts
var shard_shard = __webpack_require__(52332);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts
// The command line: a thin shell over run.ts. Prints results, sets the exit code, nothing else.













const EXIT_USAGE = 2;
/** A bug in this tool, never a verdict on the policy or the servers. */
const EXIT_INTERNAL = 4;
const EXIT_CODES = `exit codes:
  0  pass (with --fail-on never, whatever was found)
  1  findings at or above --fail-on (with --fail-on inconclusive, also checks that could not be concluded)
  2  invalid policy, unreadable file or usage error; nothing was probed
  3  no such finding, but some required checks could not be concluded (a busy service, an
     unanswered question, an unresolved forbidden host, a runner network that could not test it,
     or no required endpoint reachable)
  4  internal error: a bug in mail-tls-gate, to be reported`;
const COMMAND_HELP = {
    check: { synopsis: 'check POLICY', meaning: 'Probes every endpoint POLICY plans and judges what it finds against POLICY.' },
    merge: { synopsis: 'merge REPORT...', meaning: 'Combines the JSON reports of shard runs (check --shard) into one report and verdict; probes nothing.' },
    validate: { synopsis: 'validate POLICY', meaning: 'Checks POLICY and shows the endpoints it plans; no network at all.' },
    init: {
        synopsis: 'init DOMAIN|HOST...',
        meaning: "Writes a starter policy from what DNS and the hosts show: a name with MX records is a domain (its MX hosts\n" +
            'required to offer SMTP with STARTTLS, MTA-STS and TLS-RPT as published), any other name a host (each of the ten\n' +
            'services that answers: secure ones required, cleartext ones forbidden), with a comment on every choice.',
        exitCodes: `exit codes:
  0  the starter policy was written (or printed, with --dry-run)
  1  no service answered and no mail domain was found: nothing to write
  2  usage error, a name that is no host name or IP address, or the output file exists; nothing was probed
  4  internal error: a bug in mail-tls-gate, to be reported`,
    },
    demo: { synopsis: 'demo', meaning: 'Starts fixture mail servers on loopback and checks a policy against them.' },
};
function flagLabel(flag) {
    const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ''}`;
    return flag.short ? `-${flag.short}, ${long}` : long;
}
function flagTable(flags, command) {
    const width = Math.max(...flags.map((f) => flagLabel(f).length));
    return flags
        .map((f) => {
        const fallback = (command && f.defaultFor?.[command]) ?? f.default;
        return `  ${flagLabel(f).padEnd(width)}  ${(command && f.meaningFor?.[command]) ?? f.meaning}${fallback === undefined ? '' : ` (default: ${fallback})`}`;
    })
        .join('\n');
}
function commandHelp(command) {
    const { synopsis, meaning, exitCodes } = COMMAND_HELP[command];
    const flags = src_options/* FLAGS */.Wg.filter((f) => f.commands.includes(command));
    return `usage: mail-tls-gate ${synopsis} [flags]\n\n${meaning}\n\nflags:\n${flagTable(flags, command)}\n\n${exitCodes ?? EXIT_CODES}\n`;
}
function toolHelp() {
    const width = Math.max(...src_options/* COMMANDS */.Lo.map((c) => COMMAND_HELP[c].synopsis.length));
    // The first sentence of each command's meaning: the command's own help says the rest.
    const commands = src_options/* COMMANDS */.Lo.map((c) => `  mail-tls-gate ${COMMAND_HELP[c].synopsis.padEnd(width)}  ${COMMAND_HELP[c].meaning.split(/:\s|\n/, 1)[0].replace(/\.?$/, '.')}`).join('\n');
    return `usage: mail-tls-gate COMMAND [flags]\n\ncommands:\n${commands}\n\nflags:\n${flagTable([src_options/* FLAGS */.Wg.find((f) => f.name === 'help'), src_options/* VERSION_FLAG */.SR])}\n\nRun 'mail-tls-gate COMMAND --help' for the flags of a command.\n\n${EXIT_CODES}\n`;
}
/** One line of what went wrong, one line of usage, and where to read more: not the whole help. */
function usageError(message, command) {
    const usage = command ? `usage: mail-tls-gate ${COMMAND_HELP[command].synopsis} [flags]` : 'usage: mail-tls-gate COMMAND [flags]';
    const help = command ? `mail-tls-gate ${command} --help` : 'mail-tls-gate --help';
    process.stderr.write(`mail-tls-gate: ${message}\n${usage}\nRun '${help}' for more.\n`);
    return EXIT_USAGE;
}
const isCommand = (word) => src_options/* COMMANDS */.Lo.includes(word ?? '');
/**
 * parseArgs reads the words; the checks are ours (parseArgs' own strict errors show raw
 * internals and quote unevenly): unknown flags with a suggestion, values missing or not
 * wanted, and flags the command does not take.
 */
function readCommandLine(argv) {
    const all = [...src_options/* FLAGS */.Wg, src_options/* VERSION_FLAG */.SR];
    const options = Object.fromEntries(all.map((f) => [f.name, f.value ? { type: 'string', ...(f.short ? { short: f.short } : {}) } : { type: 'boolean', ...(f.short ? { short: f.short } : {}) }]));
    const { tokens } = (0,external_node_util_.parseArgs)({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
    const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
    const [first, ...args] = positionals;
    const command = isCommand(first) ? first : undefined;
    const values = {};
    /** Each flag as the user wrote it (`-4`, `--ipv4`), for messages about it. */
    const written = new Map();
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const flag = all.find((f) => f.name === token.name);
        if (flag === undefined) {
            const known = command ? src_options/* FLAGS */.Wg.filter((f) => f.commands.includes(command)) : all;
            const match = (0,suggest/* closestMatch */.h0)(token.name, known.map((f) => f.name));
            return { ok: false, command, message: `unknown flag '${token.rawName}'${(0,suggest/* didYouMean */.au)(match && `--${match}`)}` };
        }
        written.set(flag.name, token.rawName);
        if (flag.value !== undefined) {
            if (token.value === undefined)
                return { ok: false, command, message: `--${flag.name} needs a value (${flag.value})` };
            values[flag.name] = token.value;
        }
        else {
            if (token.inlineValue)
                return { ok: false, command, message: `--${flag.name} takes no value` };
            values[flag.name] = true;
        }
    }
    if (values.help || values.version || command === undefined)
        return { ok: true, command: first, args, values };
    const foreign = Object.keys(values).filter((name) => !src_options/* FLAGS */.Wg.find((f) => f.name === name).commands.includes(command));
    if (foreign.length > 0) {
        const list = foreign.map((name) => written.get(name) ?? `--${name}`).join(', ');
        const verb = foreign.length === 1 ? 'does' : 'do';
        return { ok: false, command, message: `${NOT_TAKEN[command]}: ${list} ${verb} not apply` };
    }
    return { ok: true, command, args, values };
}
/** Why a command turns a flag away. */
const NOT_TAKEN = {
    check: 'check does not take it',
    merge: 'merge probes nothing',
    validate: 'validate probes and judges nothing',
    init: 'init does not take it',
    demo: 'demo takes no flags',
};
async function main(argv) {
    const line = readCommandLine(argv);
    if (!line.ok)
        return usageError(line.message, line.command);
    const { command, args: rest, values } = line;
    if (values.version) {
        process.stdout.write(version/* TOOL_VERSION */.w + '\n');
        return 0;
    }
    if (values.help) {
        process.stdout.write(isCommand(command) ? commandHelp(command) : toolHelp());
        return 0;
    }
    switch (command) {
        case 'check':
            return runCheck(rest, values);
        case 'merge':
            return runMerge(rest, values);
        case 'validate':
            return runValidate(rest, values);
        case 'init':
            return runInit(rest, values);
        case 'demo':
            if (rest.length > 0)
                return usageError('demo takes no arguments', 'demo');
            return runDemo();
        case undefined:
            return usageError('no command given');
        default:
            return usageError(`unknown command '${command}'${(0,suggest/* didYouMean */.au)((0,suggest/* closestMatch */.h0)(command, src_options/* COMMANDS */.Lo))}`);
    }
}
/** Nothing was probed: say why, as one sentence or as every problem at its place in the policy. */
function printInvalid(outcome) {
    if (outcome.refusal !== undefined) {
        process.stderr.write(`mail-tls-gate: ${(0,neutralise/* neutralise */.$)(outcome.refusal, 1000)}\nnothing was probed.\n`);
        return;
    }
    const { problems } = outcome;
    for (const p of problems)
        process.stderr.write((0,load/* formatProblem */.Vw)(p) + '\n');
    process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy; nothing was probed.\n`);
}
function printReport(format, report, sarif) {
    if (format === 'json')
        process.stdout.write((0,json/* reportToJson */.qW)(report));
    else if (format === 'sarif')
        process.stdout.write((0,json/* jsonText */.s$)(sarif));
    else
        process.stdout.write(formatText(report, { color: shouldUseColor(process.stdout, process.env) }));
}
const cli_text = (value) => (typeof value === 'string' ? value : undefined);
/** The --format value, when the command prints in it. */
function formatOf(values, command, formats) {
    const format = cli_text(values.format) ?? 'text';
    if (formats.includes(format))
        return format;
    const choices = `${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}`;
    return { error: usageError(`--format: '${format}' is not ${choices}`, command) };
}
async function runValidate(args, values) {
    if (args.length !== 1)
        return usageError('validate takes exactly one POLICY', 'validate');
    const format = formatOf(values, 'validate', ['text', 'json']);
    if (typeof format !== 'string')
        return format.error;
    const outcome = await (0,run/* validate */.tf)(args[0], undefined, cli_text(values.only));
    if (outcome.kind === 'invalid') {
        printInvalid(outcome);
        return outcome.exitCode;
    }
    process.stdout.write(format === 'json' ? (0,json/* jsonText */.s$)(outcome.plan.endpoints) : formatPlan(outcome.policy, outcome.plan, (0,links/* schemaUrl */.ZZ)()));
    return 0;
}
async function runCheck(args, values) {
    if (args.length !== 1)
        return usageError('check takes exactly one POLICY', 'check');
    const format = formatOf(values, 'check', ['text', 'json', 'sarif']);
    if (typeof format !== 'string')
        return format.error;
    const settings = (0,src_options/* parseCheckSettings */.P7)({
        failOn: cli_text(values['fail-on']),
        concurrency: cli_text(values.concurrency),
        perHost: cli_text(values['per-host']),
        timeout: cli_text(values.timeout),
        retryAfter: cli_text(values['retry-after']),
        resolver: cli_text(values.resolver),
        trust: cli_text(values.trust),
        allowLoopback: values['allow-loopback'] === true ? 'true' : undefined,
    }, (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'), 'check');
    const shardText = cli_text(values.shard);
    const shard = shardText === undefined ? undefined : (0,shard_shard/* parseShard */.uK)('--shard', shardText);
    if (shard && !shard.ok)
        return usageError(shard.message, 'check');
    if (values.ipv4 && values.ipv6)
        return usageError('-4 and -6 exclude each other: give one, or neither to probe every address', 'check');
    const family = values.ipv4 ? 'ipv4' : values.ipv6 ? 'ipv6' : undefined;
    const progress = startProgress();
    const outcome = await (0,run/* check */.z6)({
        policyPath: args[0],
        ...settings.value,
        only: cli_text(values.only),
        caFile: cli_text(values['ca-file']),
        reportPath: cli_text(values.report),
        sarifPath: cli_text(values.sarif),
        heloName: cli_text(values['helo-name']),
        shard: shard?.value,
        addressFamily: family,
        onPlanned: (plan) => progress.planned(plan.endpoints.length),
        onEndpointDone: progress.tick,
    }).finally(progress.stop);
    if (outcome.kind === 'invalid') {
        printInvalid(outcome);
        return outcome.exitCode;
    }
    printReport(format, outcome.report, outcome.sarif);
    return outcome.exitCode;
}
/** A starter policy: the probing and the writing are src/init's; this only reads flags and prints. */
async function runInit(args, values) {
    if (args.length === 0)
        return usageError('init takes one or more DOMAIN or HOST names', 'init');
    const settings = (0,src_options/* parseCheckSettings */.P7)({
        concurrency: cli_text(values.concurrency),
        perHost: cli_text(values['per-host']),
        timeout: cli_text(values.timeout),
        resolver: cli_text(values.resolver),
        trust: cli_text(values.trust),
        allowLoopback: values['allow-loopback'] === true ? 'true' : undefined,
    }, (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'), 'init');
    if (values.ipv4 && values.ipv6)
        return usageError('-4 and -6 exclude each other: give one, or neither to probe every address', 'init');
    const { init } = await __webpack_require__.e(/* import() */ 777).then(__webpack_require__.bind(__webpack_require__, 99777));
    const outcome = await init({
        names: args,
        dryRun: values['dry-run'] === true,
        output: cli_text(values.output),
        ...settings.value,
        caFile: cli_text(values['ca-file']),
        heloName: cli_text(values['helo-name']),
        addressFamily: values.ipv4 ? 'ipv4' : values.ipv6 ? 'ipv6' : undefined,
    });
    switch (outcome.kind) {
        case 'refused':
            for (const line of outcome.message.split('\n'))
                process.stderr.write(`mail-tls-gate: init: ${(0,neutralise/* neutralise */.$)(line, 1000)}\n`);
            process.stderr.write('nothing was probed or written.\n');
            break;
        case 'empty':
            process.stdout.write(outcome.text);
            process.stderr.write('mail-tls-gate: init: no service answered and no mail domain was found; nothing was written.\n');
            break;
        case 'printed':
            process.stdout.write(outcome.text);
            break;
        case 'written':
            process.stderr.write(`wrote ${(0,neutralise/* neutralise */.$)(outcome.path, 1000)}; check it with: mail-tls-gate check ${(0,neutralise/* neutralise */.$)(outcome.path, 1000)}\n`);
            break;
    }
    return outcome.exitCode;
}
/** Shard reports combined: the same outputs and exit codes as `check`, without probing. */
async function runMerge(args, values) {
    if (args.length === 0)
        return usageError('merge takes one or more REPORT files (the JSON reports of shard runs)', 'merge');
    const format = formatOf(values, 'merge', ['text', 'json', 'sarif']);
    if (typeof format !== 'string')
        return format.error;
    const settings = (0,src_options/* parseCheckSettings */.P7)({ failOn: cli_text(values['fail-on']) }, (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'), 'merge');
    const outcome = await (0,run/* merge */.h1)({
        reportPaths: args,
        failOn: settings.value.failOn,
        reportPath: cli_text(values.report),
        sarifPath: cli_text(values.sarif),
    });
    if (outcome.kind === 'refused') {
        // Problems quote what the shard reports hold (host names from DNS among them): remote text.
        for (const p of outcome.problems)
            process.stderr.write(`mail-tls-gate: merge: ${(0,neutralise/* neutralise */.$)(p, 1000)}\n`);
        process.stderr.write('nothing was merged.\n');
        return outcome.exitCode;
    }
    printReport(format, outcome.report, outcome.sarif);
    return outcome.exitCode;
}
/** A one-line counter on stderr, only on a terminal and only once a run has taken over 2 s. */
function startProgress() {
    let done = 0;
    let total = 0;
    let shown = false;
    const tty = process.stderr.isTTY === true;
    const startedAt = Date.now();
    const tick = () => {
        done += 1;
        if (!tty || Date.now() - startedAt < 2000)
            return;
        shown = true;
        process.stderr.write(`\r\x1b[Kprobing: ${done}/${total} endpoints done`);
    };
    const planned = (n) => {
        total = n;
    };
    const stop = () => {
        if (shown)
            process.stderr.write('\r\x1b[K');
    };
    return { planned, tick, stop };
}
/**
 * A bug, not a user error: said plainly, in one line of cause (no stack trace unless asked) and
 * where to report it, with an exit code no verdict or usage error uses.
 */
function reportInternalError(err) {
    const cause = (0,neutralise/* neutralise */.$)(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    process.stderr.write(`mail-tls-gate: internal error (a bug in mail-tls-gate ${version/* TOOL_VERSION */.w}, not a problem with your policy or servers): ${cause}\n` +
        `Please report it at ${(0,links/* issuesUrl */.Ag)()} with the command you ran; MAIL_TLS_GATE_DEBUG=1 adds the stack trace.\n`);
    if (process.env.MAIL_TLS_GATE_DEBUG)
        process.stderr.write(`${err?.stack}\n`);
    return EXIT_INTERNAL;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.exitCode = reportInternalError(err);
});


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


/***/ })

};
