#!/usr/bin/env node
/**
 * Builds the command line to JavaScript with esbuild, so `npx behovsmelding` starts without
 * compiling TypeScript: `npm ci` runs this (the `prepare` script), and so do jest and
 * `npm run cli` before they use it.
 *
 * Entries: src/cli/run.ts → build/cli/run.js, and every src/cli/**\/worker.ts (worker threads) →
 * the same path under build/cli (oversikt/worker.js). ES modules with code splitting: what a
 * command loads with import() (the workbook reader, PDF, xlsx writer and exceljs) lands in chunks
 * of its own, which a command that does not need them never reads. Everything is bundled but
 * pdfmake, which finds its font files from its own folder in node_modules.
 *
 * The sources are CommonJS at heart (tsx, jest): every output file gets `require`, `__filename`
 * and `__dirname` of its own, and chunks sit beside run.js in build/cli, two folders deep like
 * src/cli, so paths taken from __dirname (the sample workbook in assets/) hold in both.
 */
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CLI_SOURCE = path.join(ROOT, 'src/cli');
const OUTDIR = path.join(ROOT, 'build/cli');

/** src/cli/run.ts and every worker.ts below src/cli. */
function entryPoints() {
  const workers = fs
    .readdirSync(CLI_SOURCE, { recursive: true })
    .filter((file) => path.basename(file) === 'worker.ts')
    .map((file) => path.join(CLI_SOURCE, file));
  return [path.join(CLI_SOURCE, 'run.ts'), ...workers];
}

const COMMONJS_GLOBALS = [
  "import { createRequire as __bmRequire } from 'node:module';",
  "import { dirname as __bmDirname } from 'node:path';",
  "import { fileURLToPath as __bmPath } from 'node:url';",
  'const require = __bmRequire(import.meta.url);',
  'const __filename = __bmPath(import.meta.url);',
  'const __dirname = __bmDirname(__filename);',
].join('\n');

/** Builds into `outdir`; returns esbuild's result (with its metafile, for tests). */
function buildCli(outdir = OUTDIR) {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = esbuild.buildSync({
    entryPoints: entryPoints(),
    outbase: CLI_SOURCE,
    outdir,
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: COMMONJS_GLOBALS },
    external: ['pdfmake'],
    minify: true,
    metafile: true,
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
  return result;
}

module.exports = { buildCli, entryPoints, OUTDIR };

if (require.main === module) buildCli();
