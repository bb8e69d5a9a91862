// ts-jest's ESM preset: @actions/core 3 and @actions/github 9 ship only ESM, so the tests run
// as ES modules under node's --experimental-vm-modules (see the "test" script).
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 30000,
};
