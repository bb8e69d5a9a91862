// dist/ holds one bundle with two ways in. The Actions runner executes dist/index.js: the action.
// dist/cli.js marks the process as the command line, then imports the same file. One bundle, so
// the modules both share are built and shipped once.
import module from 'node:module';

// Node 22.1 and later keep the code V8 compiled from the bundle's chunks on disk (in the system's
// temporary directory; NODE_DISABLE_COMPILE_CACHE turns it off), so that every later start skips
// compiling them again: about 60 ms of a command line's start. Before any chunk is loaded, so
// that all of them are cached; older node has no such call and compiles as before.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const CLI_MARK = Symbol.for('mail-tls-gate.cli');

if ((globalThis as Record<symbol, unknown>)[CLI_MARK] === true) void import('./cli.js');
else void import('./main.js');
