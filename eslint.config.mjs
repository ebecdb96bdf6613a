// Flat config: office-addin-lint's built-in config ignores .tsx and legacy .eslintrc files.
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

// The plugin's TypeScript block (parser, office-addins rules, prettier) covers .ts only; reuse it for .tsx.
const typescriptBlock = officeAddins.configs.react.find((c) => c.plugins && c.plugins['@typescript-eslint']);

export default [
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', 'test-results/'] },
  ...officeAddins.configs.react,
  { ...typescriptBlock, files: ['**/*.tsx'] },
  {
    files: ['**/*.{ts,tsx}'],
    // The plugin resolves no TypeScript parser of its own here, so name it.
    languageOptions: { parser: tseslint.parser, globals: { Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' } },
    settings: { react: { version: '19' } },
    rules: {
      'react/react-in-jsx-scope': 'off',
      // tsc checks names; no-undef does not know TypeScript's globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no Office, no DOM, no Node (DESIGN.md).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'react',
            'exceljs',
            '../excel/*',
            '../taskpane/*',
            '../table/*',
            '!../table/grid',
            '../xlsx/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window'],
    },
  },
  { files: ['**/*.mjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  {
    files: ['**/*.js', '**/*.cjs', 'bin/*'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'commonjs',
      // Node's globals for config files and scripts (the `globals` package is not a declared dependency).
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
