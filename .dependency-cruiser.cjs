/**
 * The import matrix of ARCHITECTURE.md, checked by tests/architecture.test.ts on every `npm test`.
 * Everything under src/ is refused unless a rule below allows it (`allowed`), folders nested
 * inside a folder (domain/rules/, cli/oversikt/) obey their folder's row, and no import cycle is
 * allowed anywhere, type-only imports included.
 */

/** Files in `from` may import files in any of `to` (folder names under src/). */
const may = (from, to, extra = {}) => ({
  from: { path: `^src/${from}/` },
  to: { path: `^src/(${[from, ...to].join('|')})/`, ...extra },
});

/** Packages and Node's own modules, for the folders that may use them. */
const PACKAGES = { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'core'] };

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'No import cycle, type imports included: a cycle ties two modules into one idea.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment: 'The domain runs anywhere: no Node module, no React, no Office, no file format library.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-no-ui-packages',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: 'node_modules/(react|react-dom|@fluentui|exceljs|pdfmake|fflate|papaparse)/' },
    },
    {
      name: 'excel-only-calls-office',
      comment: 'Office.js is a global; the port keeps it out of the pane. The pane reaches excel/ only from its entry (index.tsx).',
      severity: 'error',
      from: { path: '^src/taskpane/', pathNot: '^src/taskpane/index\\.tsx$' },
      to: { path: '^src/excel/' },
    },
    {
      name: 'not-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  allowed: [
    { from: { path: '^src/' }, to: PACKAGES },
    // A package whose "exports" do not name its type declarations is referenced by path (xlsx/csv.ts).
    { from: { path: '^src/' }, to: { path: '^node_modules/', dependencyTypes: ['triple-slash-file-reference'] } },
    may('domain', []),
    // The domain gets its texts handed in: it may name their type, never load a catalogue.
    { from: { path: '^src/domain/' }, to: { path: '^src/i18n/', dependencyTypes: ['type-only'] } },
    may('i18n', []),
    may('table', ['domain', 'i18n']),
    may('port', ['domain', 'table', 'i18n'], { dependencyTypes: ['type-only'] }),
    may('sheet', ['domain', 'table', 'i18n']),
    may('pdf', ['domain', 'sheet', 'i18n']),
    may('xlsx', ['domain', 'table', 'sheet', 'i18n']),
    may('app', ['domain', 'table', 'port', 'sheet', 'xlsx', 'pdf', 'i18n']),
    may('excel', ['domain', 'table', 'port', 'sheet', 'app', 'i18n']),
    may('taskpane', ['app', 'domain', 'table', 'port', 'i18n']),
    // Demo mode draws the melding sheet and reads the sample workbook itself.
    { from: { path: '^src/taskpane/demo/' }, to: { path: '^src/(sheet|xlsx)/' } },
    // The entry wires the pane to Excel; nothing else in the pane imports excel/.
    { from: { path: '^src/taskpane/index\\.tsx$' }, to: { path: '^src/excel/' } },
    // The overview's Web Worker is a page of its own: it runs zod without eval first, as every page does.
    { from: { path: '^src/taskpane/oversikt/check-worker\\.ts$' }, to: { path: '^src/browser/no-eval\\.ts$' } },
    may('commands', ['app', 'domain', 'port', 'excel', 'i18n']),
    may('cli', ['app', 'domain', 'table', 'sheet', 'xlsx', 'pdf', 'i18n']),
    // The help pages the build writes (hjelp.html), from their own catalogue area.
    may('help', ['i18n']),
    // Page set-up that runs before every page's entry (zod without eval).
    may('browser', []),
  ],
  allowedSeverity: 'error',
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
