#!/usr/bin/env node
/**
 * Builds the command line to JavaScript with esbuild, so `npx behovsmelding` starts without
 * compiling TypeScript: `npm ci` runs this (the `prepare` script), and so do jest and
 * `npm run cli` before they use it.
 *
 * One CommonJS bundle per entry in build/cli/: src/cli/run.ts → run.js, and every
 * src/cli/**\/worker.ts (worker threads) → the same path under build/cli (oversikt/worker.js).
 * build/cli is two folders deep like src/cli, so paths the CLI takes from __dirname (the sample
 * workbook in assets/) hold in both. pdfmake stays in node_modules: it finds its font files from
 * its own folder. Everything else is bundled: one file parses faster than hundreds of requires.
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

/** Builds into `outdir`; returns esbuild's result (with its metafile, for tests). */
function buildCli(outdir = OUTDIR) {
  fs.rmSync(outdir, { recursive: true, force: true });
  return esbuild.buildSync({
    entryPoints: entryPoints(),
    outbase: CLI_SOURCE,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['pdfmake'],
    minify: true,
    metafile: true,
    logLevel: 'warning',
  });
}

module.exports = { buildCli, entryPoints, OUTDIR };

if (require.main === module) buildCli();
