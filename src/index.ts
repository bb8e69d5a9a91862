// dist/ holds one bundle with two ways in. The Actions runner executes dist/index.js: the action.
// dist/cli.js marks the process as the command line, then imports the same file. One bundle, so
// the modules both share are built and shipped once.
const CLI_MARK = Symbol.for('mail-tls-gate.cli');

if ((globalThis as Record<symbol, unknown>)[CLI_MARK] === true) void import('./cli.js');
else void import('./main.js');
