export const id = 581;
export const ids = [581];
export const modules = {

/***/ 95581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52487);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32794);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79786);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88381);
/* harmony import */ var _policy_suggest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65016);
/* harmony import */ var _report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35942);
/* harmony import */ var _rules_links_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22390);
/* harmony import */ var _shard_shard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52332);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(311);
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
            'required to offer SMTP with STARTTLS, MTA-STS and TLS-RPT as published, DANE where TLSA records that --resolver\n' +
            'authenticates match port 25), any other name a host (each of the ten services that answers: secure ones\n' +
            'required, cleartext ones forbidden), with a comment on every choice.',
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
    const flags = _options_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.filter((f) => f.commands.includes(command));
    return `usage: mail-tls-gate ${synopsis} [flags]\n\n${meaning}\n\nflags:\n${flagTable(flags, command)}\n\n${exitCodes ?? EXIT_CODES}\n`;
}
function toolHelp() {
    const width = Math.max(..._options_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMANDS */ .Lo.map((c) => COMMAND_HELP[c].synopsis.length));
    // The first sentence of each command's meaning: the command's own help says the rest.
    const commands = _options_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMANDS */ .Lo.map((c) => `  mail-tls-gate ${COMMAND_HELP[c].synopsis.padEnd(width)}  ${COMMAND_HELP[c].meaning.split(/:\s|\n/, 1)[0].replace(/\.?$/, '.')}`).join('\n');
    return `usage: mail-tls-gate COMMAND [flags]\n\ncommands:\n${commands}\n\nflags:\n${flagTable([_options_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.find((f) => f.name === 'help'), _options_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_FLAG */ .SR])}\n\nRun 'mail-tls-gate COMMAND --help' for the flags of a command.\n\n${EXIT_CODES}\n`;
}
/** One line of what went wrong, one line of usage, and where to read more: not the whole help. */
function usageError(message, command) {
    const usage = command ? `usage: mail-tls-gate ${COMMAND_HELP[command].synopsis} [flags]` : 'usage: mail-tls-gate COMMAND [flags]';
    const help = command ? `mail-tls-gate ${command} --help` : 'mail-tls-gate --help';
    // The message may quote what was typed (an unknown flag, a bad value): in a workflow's run: step
    // that can be text from an event, so each line goes through the neutraliser like remote text.
    const lines = message.split('\n').map((line) => (0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralise */ .$)(line, 1000));
    process.stderr.write(`mail-tls-gate: ${lines.join('\n')}\n${usage}\nRun '${help}' for more.\n`);
    return EXIT_USAGE;
}
const isCommand = (word) => _options_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMANDS */ .Lo.includes(word ?? '');
/**
 * parseArgs reads the words; the checks are ours (parseArgs' own strict errors show raw
 * internals and quote unevenly): unknown flags with a suggestion, values missing or not
 * wanted, and flags the command does not take.
 */
function readCommandLine(argv) {
    const all = [..._options_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg, _options_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_FLAG */ .SR];
    const options = Object.fromEntries(all.map((f) => [f.name, f.value ? { type: 'string', ...(f.short ? { short: f.short } : {}) } : { type: 'boolean', ...(f.short ? { short: f.short } : {}) }]));
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
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
            const known = command ? _options_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.filter((f) => f.commands.includes(command)) : all;
            const match = (0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .closestMatch */ .h0)(token.name, known.map((f) => f.name));
            return { ok: false, command, message: `unknown flag '${token.rawName}'${(0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .didYouMean */ .au)(match && `--${match}`)}` };
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
    const foreign = Object.keys(values).filter((name) => !_options_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.find((f) => f.name === name).commands.includes(command));
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
        process.stdout.write(_version_js__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_VERSION */ .w + '\n');
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
            return (await Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(182), __webpack_require__.e(655), __webpack_require__.e(866)]).then(__webpack_require__.bind(__webpack_require__, 31866))).runDemo();
        case undefined:
            return usageError('no command given');
        default:
            return usageError(`unknown command '${command}'${(0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .didYouMean */ .au)((0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .closestMatch */ .h0)(command, _options_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMANDS */ .Lo))}`);
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
        process.stderr.write((0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw)({ ...p, location: { ...p.location, file: (0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralise */ .$)(p.location.file, 1000) } }) + '\n');
    process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy; nothing was probed.\n`);
}
/** The report in the format asked for; the code of the other formats is not loaded. */
async function printReport(format, report) {
    if (format === 'json')
        await printJsonReport(report);
    else if (format === 'sarif')
        process.stdout.write((0,_report_json_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonText */ .s$)(await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifOf */ .$6)(report)));
    else {
        const { formatText, shouldUseColor } = await Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(182), __webpack_require__.e(655)]).then(__webpack_require__.bind(__webpack_require__, 65655));
        process.stdout.write(formatText(report, { color: shouldUseColor(process.stdout, process.env) }));
    }
}
/**
 * The JSON report on stdout, streamed as --report writes its file: the same bytes, never the
 * whole report as one string. A reader gone (`readerGone`) ends the printing, not the run.
 */
async function printJsonReport(report) {
    try {
        await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .writeReportJson */ .eU)(report, process.stdout, { end: false });
    }
    catch (err) {
        if (!readerGone(err))
            throw err;
    }
}
/** stdout's reader stopped reading (`| head`, `| true`): what is left is not printed. */
const readerGone = (err) => err?.code === 'EPIPE';
const text = (value) => (typeof value === 'string' ? value : undefined);
/** The --format value, when the command prints in it. */
function formatOf(values, command, formats) {
    const format = text(values.format) ?? 'text';
    if (formats.includes(format))
        return format;
    const choices = `${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}`;
    return { error: usageError(`--format: '${format}' is not ${choices}`, command) };
}
/** The flags of every command that opens connections (check, init), as parseCheckSettings reads them. */
function connectingSettings(values) {
    return {
        concurrency: text(values.concurrency),
        perHost: text(values['per-host']),
        timeout: text(values.timeout),
        resolver: text(values.resolver),
        trust: text(values.trust),
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
    const outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .validate */ .tf)(args[0], undefined, text(values.only));
    if (outcome.kind === 'invalid') {
        printInvalid(outcome);
        return outcome.exitCode;
    }
    if (format === 'json')
        process.stdout.write((0,_report_json_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonText */ .s$)(outcome.plan.endpoints));
    else {
        const { formatPlan } = await __webpack_require__.e(/* import() */ 710).then(__webpack_require__.bind(__webpack_require__, 87710));
        process.stdout.write(formatPlan(outcome.policy, outcome.plan, (0,_rules_links_js__WEBPACK_IMPORTED_MODULE_6__/* .schemaUrl */ .ZZ)()));
    }
    return 0;
}
async function runCheck(args, values) {
    if (args.length !== 1)
        return usageError('check takes exactly one POLICY', 'check');
    const format = formatOf(values, 'check', ['text', 'json', 'sarif']);
    if (typeof format !== 'string')
        return format.error;
    const settings = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCheckSettings */ .P7)({ ...connectingSettings(values), failOn: text(values['fail-on']), retryAfter: text(values['retry-after']) }, (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'), 'check');
    const shardText = text(values.shard);
    const shard = shardText === undefined ? undefined : (0,_shard_shard_js__WEBPACK_IMPORTED_MODULE_7__/* .parseShard */ .uK)('--shard', shardText);
    if (shard && !shard.ok)
        return usageError(shard.message, 'check');
    if (values.ipv4 && values.ipv6)
        return usageError(BOTH_FAMILIES, 'check');
    const family = addressFamilyOf(values);
    const progress = startProgress();
    const outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .check */ .z6)({
        policyPath: args[0],
        ...settings.value,
        only: text(values.only),
        caFile: text(values['ca-file']),
        reportPath: text(values.report),
        sarifPath: text(values.sarif),
        heloName: text(values['helo-name']),
        shard: shard?.value,
        addressFamily: family,
        onPlanned: (plan) => progress.planned(plan.endpoints.length),
        onEndpointDone: progress.tick,
    }).finally(progress.stop);
    if (outcome.kind === 'invalid') {
        printInvalid(outcome);
        return outcome.exitCode;
    }
    await printReport(format, outcome.report);
    return outcome.exitCode;
}
/** A starter policy: the probing and the writing are src/init's; this only reads flags and prints. */
async function runInit(args, values) {
    if (args.length === 0)
        return usageError('init takes one or more DOMAIN or HOST names', 'init');
    const settings = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCheckSettings */ .P7)(connectingSettings(values), (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'), 'init');
    if (values.ipv4 && values.ipv6)
        return usageError(BOTH_FAMILIES, 'init');
    const { init } = await Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(183), __webpack_require__.e(777)]).then(__webpack_require__.bind(__webpack_require__, 99777));
    const outcome = await init({
        names: args,
        dryRun: values['dry-run'] === true,
        output: text(values.output),
        ...settings.value,
        caFile: text(values['ca-file']),
        heloName: text(values['helo-name']),
        addressFamily: addressFamilyOf(values),
    });
    switch (outcome.kind) {
        case 'refused':
            for (const line of outcome.message.split('\n'))
                process.stderr.write(`mail-tls-gate: init: ${(0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralise */ .$)(line, 1000)}\n`);
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
            process.stderr.write(`wrote ${(0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralise */ .$)(outcome.path, 1000)}; check it with: mail-tls-gate check ${(0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralise */ .$)(outcome.path, 1000)}\n`);
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
    const settings = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCheckSettings */ .P7)({ failOn: text(values['fail-on']) }, (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'), 'merge');
    const outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .merge */ .h1)({
        reportPaths: args,
        failOn: settings.value.failOn,
        reportPath: text(values.report),
        sarifPath: text(values.sarif),
    });
    if (outcome.kind === 'refused') {
        // Problems quote what the shard reports hold (host names from DNS among them): remote text.
        for (const p of outcome.problems)
            process.stderr.write(`mail-tls-gate: merge: ${(0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralise */ .$)(p, 1000)}\n`);
        process.stderr.write('nothing was merged.\n');
        return outcome.exitCode;
    }
    await printReport(format, outcome.report);
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
    const cause = (0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralise */ .$)(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    process.stderr.write(`mail-tls-gate: internal error (a bug in mail-tls-gate ${_version_js__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_VERSION */ .w}, not a problem with your policy or servers): ${cause}\n` +
        `Please report it at ${(0,_rules_links_js__WEBPACK_IMPORTED_MODULE_6__/* .issuesUrl */ .Ag)()} with the command you ran; MAIL_TLS_GATE_DEBUG=1 adds the stack trace.\n`);
    if (process.env.MAIL_TLS_GATE_DEBUG) {
        // The stack's first line is the error's message, which may quote remote text.
        for (const line of String(err?.stack).split('\n'))
            process.stderr.write(`${(0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralise */ .$)(line, 1000)}\n`);
    }
    return EXIT_INTERNAL;
}
// Whatever is printing (a report in any format, a plan, help), a reader that stops reading ends
// the printing, not the run: the exit code is still the command's, with no stack trace. Any
// other failure to write is thrown, as it would be without this listener.
process.stdout.on('error', (err) => {
    if (!readerGone(err))
        throw err;
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.exitCode = reportInternalError(err);
});


/***/ })

};
