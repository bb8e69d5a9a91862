// How the Actions runner reads a step's stdout back: lines, then `::name k=v,k=v::message`
// workflow commands with @actions/core's percent-escaping undone. Shared by the end-to-end action
// tests (which judge what a run printed) and `npm run summary-picture` (which draws the
// annotations a real run printed), so both read the output the same way the runner does.

/** Lines as the runner reads them: it splits on LF and also treats a lone CR as a line end. */
export function runnerLines(text) {
  return text.split(/\r\n|\r|\n/);
}

const ESCAPES = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };

/** @actions/core's escaping undone in one pass (so `%250A` is the text `%0A`, not a line break). */
export function percentDecode(text) {
  return text.replace(/%(25|0D|0A|3A|2C)/gi, (m) => ESCAPES[m.toUpperCase()]);
}

/** `::name k=v,k=v::message` as the runner parses it (after leading whitespace), or null. */
export function parseCommand(line) {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('::')) return null;
  const end = trimmed.indexOf('::', 2);
  if (end === -1) return null;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const name = space === -1 ? info : info.slice(0, space);
  const properties = {};
  if (space !== -1) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = percentDecode(pair.slice(eq + 1));
    }
  }
  return { name, properties, message: percentDecode(trimmed.slice(end + 2)), raw: line };
}

/** Every workflow command in a step's stdout, in order. */
export function workflowCommands(stdout) {
  return runnerLines(stdout).flatMap((line) => {
    const command = parseCommand(line);
    return command ? [command] : [];
  });
}
