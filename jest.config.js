/** Jest runs the unit, table, xlsx, CLI and simulated-Excel-host tests (after building the CLI); browser tests run from scripts/test.js. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  globalSetup: '<rootDir>/tests/build-cli.setup.js',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // CI shares a busy 2-core machine: jest's 5 s default would make a test's verdict depend on the load. No test
  // asserts a duration; sizes and times belong in `npm run bench`.
  testTimeout: 120_000,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/browser/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.m?(t|j)sx?$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', jsx: 'react-jsx', allowJs: true } }],
  },
  // office-addin-manifest (tests/manifest.test.ts) pulls ESM-only packages, also from nested node_modules folders;
  // windows-1252 (the CSV reader's code page) is ESM-only too.
  transformIgnorePatterns: [
    'node_modules/(?!(?:.*/node_modules/)?(strip-bom|uuid|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill|windows-1252)/)',
  ],
};
