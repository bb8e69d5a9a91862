// Kept in step with package.json by a test; a constant so the bundle needs no package.json.
export const TOOL_VERSION = '0.1.0';
