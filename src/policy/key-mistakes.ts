// Keys written in the wrong place: a setting one level too high or too low, a rule id outside
// `rules:`, a setting a service item cannot take. Each says where the key belongs, in words, so
// that a "did you mean" by spelling alone does not send someone to the wrong key.
import { schemaDefinition, type SchemaObject } from './schema-source.js';

/** The sections whose settings are written inside them: `tls: { min-version: … }`. */
const SECTIONS = ['tls', 'certificate'] as const;

let sectionOf: ReadonlyMap<string, string> | undefined;

/**
 * The section a setting lives in (`min-version` and `profile` under `tls:`, `verify` under
 * `certificate:`), read from the schema so that a setting added there is known here too.
 */
function sectionOfSetting(key: string): string | undefined {
  sectionOf ??= new Map(SECTIONS.flatMap((section) => Object.keys(schemaDefinition(section)['properties'] as SchemaObject).map((setting) => [setting, section] as const)));
  return sectionOf.get(key);
}

let ruleIds: ReadonlySet<string> | undefined;

/** Every rule id the schema knows (written there from the rule registry by `npm run docs`). */
export function isRuleId(key: string): boolean {
  ruleIds ??= new Set(schemaDefinition('ruleId')['enum'] as string[]);
  return ruleIds.has(key);
}

let hostRuleIds: ReadonlySet<string> | undefined;

/** The rule ids a host entry's `rules:` takes: those whose findings sit on its endpoints. */
function isHostRuleId(key: string): boolean {
  hostRuleIds ??= new Set(Object.keys(schemaDefinition('hostRuleSeverities')['properties'] as SchemaObject));
  return hostRuleIds.has(key);
}

/**
 * Where an unknown key belongs, when it is a known word in the wrong place: the rest of the
 * sentence after "unknown key 'x' in <place>"; undefined when it is not (a typo, say).
 * `definition` is the `$defs` name of the mapping the key was written in; `known` its keys.
 */
export function misplacedKeyHint(key: string, definition: string | undefined, known: readonly string[]): string | undefined {
  if (definition === 'forbiddenServiceMapping' && (key === 'tls' || key === 'certificate')) {
    return `: a forbidden service is only checked for being unreachable, so it takes no ${key} settings (only port and timeout)`;
  }
  if (definition === 'serviceMapping' || definition === 'forbiddenServiceMapping') {
    if (key === 'addresses') return ': which addresses are probed is decided for the whole host; set addresses on the host entry';
    if (key === 'rules' || isRuleId(key)) return ': severities are set for a host (its rules) or for the whole policy (the top-level rules), not for one service';
  }
  const section = sectionOfSetting(key);
  if (section !== undefined && known.includes(section)) return ` (did you mean '${section}: { ${key}: … }'?)`;
  if (isRuleId(key) && known.includes('rules')) {
    // A host's rules take only what judges its endpoints: send a domain or policy rule to the top.
    if (definition === 'host' && !isHostRuleId(key)) return ` (did you mean 'rules: { ${key}: … }' at the top level? it judges a domain or the policy itself, not this host's endpoints)`;
    return ` (did you mean 'rules: { ${key}: … }'?)`;
  }
  return undefined;
}
