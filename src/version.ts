// Kept in step with package.json (`version`, `repository`) by a test; constants so the bundle
// needs no package.json.
export const TOOL_VERSION = '0.1.0';

/** package.json's `repository`, as a web address: where the published package says it comes from. */
export const PACKAGE_REPOSITORY_URL = 'https://github.com/mail-tls-gate/mail-tls-gate';
