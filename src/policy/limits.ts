// Bounds that keep a hostile or broken policy file from costing more than a moment to reject.

/** Files larger than this are refused before they are decoded or parsed. */
export const MAX_POLICY_BYTES = 1024 * 1024;

/**
 * Deepest nesting of mappings and lists accepted. A real policy nests about five deep; the
 * YAML composer recurses once per level, so thousands of levels would exhaust the stack.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * Most values the document may expand to once aliases are followed. Aliases are shared,
 * not copied, but every later traversal (schema validation, our own checks) walks them as
 * a tree, so an alias bomb must be caught before anything walks it.
 */
export const MAX_EXPANDED_VALUES = 200_000;

/** yaml's own alias guard, kept as a second net behind MAX_EXPANDED_VALUES. */
export const YAML_MAX_ALIAS_COUNT = 100_000;
