export const id = 915;
export const ids = [915];
export const modules = {

/***/ 96915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/policy/load.ts + 17 modules
var load = __webpack_require__(52487);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/report/neutralise.ts
var neutralise = __webpack_require__(35942);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(72691);
;// CONCATENATED MODULE: ./src/report/plan-listing.ts


/**
 * `schemaUrl`, when given, ends the listing with the header that lets an editor check the policy
 * as it is typed. Host names here are validated names or IP literals; the file is the policy's
 * path as typed, neutralised like any argument a workflow could fill from an event.
 */
function formatPlan(policy, plan, schemaUrl) {
    const rows = plan.endpoints.map((e) => [
        e.host,
        e.address ?? '(resolved at check time)',
        String(e.port),
        e.service,
        e.expectation,
        `${(0,neutralise/* neutralise */.$)(e.location.file, 1000)}:${e.location.line}:${e.location.column}`,
    ]);
    const header = ['host', 'address', 'port', 'service', 'expect', 'asked at'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [
        `${(0,neutralise/* neutralise */.$)(policy.file, 1000)}: valid policy, ${(0,words/* plural */.LS)(policy.hosts.length, 'host')}, ${(0,words/* plural */.LS)(plan.endpoints.length, 'endpoint')} planned`,
        '',
        line(header),
        ...rows.map(line),
        '',
        ...(schemaUrl ? [`hint: editors check a policy as you type with this first line: # yaml-language-server: $schema=${schemaUrl}`, ''] : []),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/run.ts + 2 modules
var run = __webpack_require__(68888);
// EXTERNAL MODULE: ./src/options.ts
var src_options = __webpack_require__(88381);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(65016);
// EXTERNAL MODULE: ./src/rules/links.ts
var links = __webpack_require__(22390);
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
    // The message may quote what was typed (an unknown flag, a bad value): in a workflow's run: step
    // that can be text from an event, so each line goes through the neutraliser like remote text.
    const lines = message.split('\n').map((line) => (0,neutralise/* neutralise */.$)(line, 1000));
    process.stderr.write(`mail-tls-gate: ${lines.join('\n')}\n${usage}\nRun '${help}' for more.\n`);
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
            // The demo's servers and certificate maker load only for the demo, not with every command.
            return (await __webpack_require__.e(/* import() */ 866).then(__webpack_require__.bind(__webpack_require__, 31866))).runDemo();
        case undefined:
            return usageError('no command given');
        default:
            return usageError(`unknown command '${command}'${(0,suggest/* didYouMean */.au)((0,suggest/* closestMatch */.h0)(command, src_options/* COMMANDS */.Lo))}`);
    }
}
/** Nothing was probed: say why, as one sentence or as every problem at its place in the policy. */
function printInvalid(outcome) {
    if (outcome.refusal !== undefined) {
        // run.ts neutralised the refusal already; a second pass would double every escape (`\\` to `\\\\`).
        process.stderr.write(`mail-tls-gate: ${outcome.refusal}\nnothing was probed.\n`);
        return;
    }
    const { problems } = outcome;
    // The messages come neutralised from run.ts; the file is the path as typed, which in a
    // workflow's run: step can be event text like any other argument.
    for (const p of problems)
        process.stderr.write((0,load/* formatProblem */.Vw)({ ...p, location: { ...p.location, file: (0,neutralise/* neutralise */.$)(p.location.file, 1000) } }) + '\n');
    process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy; nothing was probed.\n`);
}
function printReport(format, report, sarif) {
    if (format === 'json')
        process.stdout.write((0,json/* reportToJson */.qW)(report));
    else if (format === 'sarif')
        process.stdout.write((0,json/* jsonText */.s$)(sarif));
    else
        process.stdout.write((0,report_text/* formatText */.v)(report, { color: (0,report_text/* shouldUseColor */.I)(process.stdout, process.env) }));
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
/** The flags of every command that opens connections (check, init), as parseCheckSettings reads them. */
function connectingSettings(values) {
    return {
        concurrency: cli_text(values.concurrency),
        perHost: cli_text(values['per-host']),
        timeout: cli_text(values.timeout),
        resolver: cli_text(values.resolver),
        trust: cli_text(values.trust),
        allowLoopback: values['allow-loopback'] === true ? 'true' : undefined,
    };
}
const BOTH_FAMILIES = '-4 and -6 exclude each other: give one, or neither to probe every address';
/** -4 or -6; the caller has turned both away. */
function addressFamilyOf(values) {
    return values.ipv4 ? 'ipv4' : values.ipv6 ? 'ipv6' : undefined;
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
    const settings = (0,src_options/* parseCheckSettings */.P7)({ ...connectingSettings(values), failOn: cli_text(values['fail-on']), retryAfter: cli_text(values['retry-after']) }, (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'), 'check');
    const shardText = cli_text(values.shard);
    const shard = shardText === undefined ? undefined : (0,shard_shard/* parseShard */.uK)('--shard', shardText);
    if (shard && !shard.ok)
        return usageError(shard.message, 'check');
    if (values.ipv4 && values.ipv6)
        return usageError(BOTH_FAMILIES, 'check');
    const family = addressFamilyOf(values);
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
    const settings = (0,src_options/* parseCheckSettings */.P7)(connectingSettings(values), (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'), 'init');
    if (values.ipv4 && values.ipv6)
        return usageError(BOTH_FAMILIES, 'init');
    const { init } = await __webpack_require__.e(/* import() */ 777).then(__webpack_require__.bind(__webpack_require__, 99777));
    const outcome = await init({
        names: args,
        dryRun: values['dry-run'] === true,
        output: cli_text(values.output),
        ...settings.value,
        caFile: cli_text(values['ca-file']),
        heloName: cli_text(values['helo-name']),
        addressFamily: addressFamilyOf(values),
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
    if (process.env.MAIL_TLS_GATE_DEBUG) {
        // The stack's first line is the error's message, which may quote remote text.
        for (const line of String(err?.stack).split('\n'))
            process.stderr.write(`${(0,neutralise/* neutralise */.$)(line, 1000)}\n`);
    }
    return EXIT_INTERNAL;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.exitCode = reportInternalError(err);
});


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ shouldUseColor),
/* harmony export */   v: () => (/* binding */ formatText)
/* harmony export */ });
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35942);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5395);
/* harmony import */ var _rules_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22390);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53677);
/* harmony import */ var _domain_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91302);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72691);






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
    const endpoints = [...report.endpoints].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareEndpoints */ .UC);
    const findings = [...report.findings].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg);
    const cells = new Map(endpoints.map((e) => [e, endpointCells(e)]));
    const widths = HEADER.map((h, i) => Math.max(h.length, ...[...cells.values()].map((c) => c[i].length)));
    const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
    const columns = (values) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
    const findingLine = (f, indent, place) => {
        const label = f.waived ? paint('dim', 'waived'.padEnd(8)) : paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
        const reason = f.waived && f.waiverReason ? ` (waived: ${f.waiverReason})` : '';
        const text = place + (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(`${f.message}${reason}`, MESSAGE_MAX);
        return `${indent}${label} ${f.rule.padEnd(ruleWidth)}  ${text}`;
    };
    const evidenceLine = (f, indent) => f.evidence === null ? [] : [`${indent}${' '.repeat(9 + ruleWidth + 2)}${paint('dim', `seen: ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(f.evidence, MESSAGE_MAX)}`)}`];
    const lines = matrixLines(report, paint);
    const hosts = [...new Set([...endpoints.map((e) => e.host), ...findings.map((f) => f.host)])].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6);
    for (const host of hosts) {
        const own = endpoints.filter((e) => e.host === host);
        const hostFindings = findings.filter((f) => f.host === host);
        lines.push(paint('bold', (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(host, 253)));
        if (own.length > 0)
            lines.push('  ' + paint('dim', columns(HEADER)));
        for (const e of own) {
            const row = columns(cells.get(e));
            lines.push('  ' + (e.reachable ? row : paint('yellow', row)));
            for (const f of hostFindings.filter((f) => (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .samePlace */ .o0)(e, f))) {
                lines.push(findingLine(f, '    ', ''), ...evidenceLine(f, '    '));
            }
        }
        // Findings not tied to a probed endpoint: domain checks, or ports the probe never reached.
        for (const f of hostFindings.filter((f) => !own.some((e) => (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .samePlace */ .o0)(e, f)))) {
            const place = f.port === null && f.service === null ? '' : `${placeOf(f)}: `;
            lines.push(findingLine(f, '  ', place), ...evidenceLine(f, '  '));
        }
        lines.push('');
    }
    if (report.domains !== undefined && report.domains.length > 0) {
        lines.push(paint('bold', 'Domains'));
        for (const d of report.domains)
            lines.push(`  ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(d.domain, 253)}  ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)((0,_domain_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .domainLine */ .ry)(d, report.dane), 600)}`);
        lines.push('');
    }
    const runner = (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .runnerNetworkLines */ .c0)(report);
    if (runner.length > 0) {
        lines.push(paint('yellow', `The runner's own network could not test (runner-network-limited, ${(0,_rules_links_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS)('runner-network-limited')}):`));
        for (const line of runner)
            lines.push(`  ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(line, MESSAGE_MAX * 2)}`);
        lines.push('');
    }
    const open = (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .notConcluded */ .pw)(report);
    if (open.length > 0) {
        lines.push(paint('yellow', 'Not concluded (inconclusive checks):'));
        for (const line of open)
            lines.push(`  ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(line, MESSAGE_MAX)}`);
        lines.push('');
    }
    const verdict = (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .verdictLine */ .MT)(report);
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
    const matrix = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .fleetMatrix */ .KZ)(report);
    if (matrix.rows.length === 0)
        return [];
    const rules = [...new Set(matrix.rows.flatMap((r) => r.cells.flatMap((c) => (c.mark === 'fail' ? [c.rule] : []))))];
    const numbers = new Map(rules.map((rule, i) => [rule, i + 1]));
    const mark = (c) => (c.mark === 'fail' ? `${SEVERITY_LETTER[c.severity]}${numbers.get(c.rule)}` : PLAIN_MARK[c.mark]);
    const style = (c) => (c.mark === 'fail' ? SEVERITY_STYLE[c.severity] : c.mark === 'pass' ? 'green' : 'dim');
    const hosts = matrix.rows.map((r) => (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(r.host, HOST_MAX));
    const hostWidth = Math.max(4, ...hosts.map((h) => h.length));
    const columns = matrix.columns.map((c) => (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(c, CELL_MAX / 3));
    const widths = columns.map((c, i) => Math.max(c.length, ...matrix.rows.map((r) => mark(r.cells[i]).length)));
    const failing = matrix.rows.filter((r) => r.worst !== null).length;
    const lines = [
        paint('bold', `Fleet: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(matrix.rows.length, 'host')}, ${failing} with findings, ${matrix.rows.length - failing} without`),
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
        lines.push(`  ${String(numbers.get(rule)).padStart(numberWidth)}  ${rule.padEnd(ruleWidth)}  ${paint('dim', (0,_rules_links_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS)(rule))}`);
    }
    lines.push('');
    return lines;
}
function endpointCells(e) {
    return [
        (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(e.service, CELL_MAX),
        String(e.port),
        e.address === null ? '-' : (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .addressText */ .GI)(e.address),
        (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .endpointStatus */ .WR)(e), CELL_MAX),
        (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsSummary */ .sG)(e) || '-', CELL_MAX),
        (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateDays */ .L6)(e) || '-', CELL_MAX),
    ];
}
function placeOf(f) {
    return [f.address === null ? '' : (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .addressText */ .GI)(f.address), f.port === null ? '' : String(f.port), f.service === null ? '' : (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(f.service, CELL_MAX)]
        .filter(Boolean)
        .join(' ');
}


/***/ })

};
