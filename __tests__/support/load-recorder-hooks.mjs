// Module hooks that note every file the ES module loader loads (one URL a line) in the file named
// by MAIL_TLS_GATE_LOADED_FILES. The bundle's chunks are ES modules loaded by import(), so this is
// the list of chunks a run of the built tool actually loaded.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  const list = process.env.MAIL_TLS_GATE_LOADED_FILES;
  if (list && url.startsWith('file:')) appendFileSync(list, `${url}\n`);
  return nextLoad(url, context);
}
