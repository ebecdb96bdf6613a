#!/usr/bin/env node
// Runs the command line compiled to build/cli/ (scripts/build-cli.js; `npm ci` builds it), so
// start-up loads JavaScript (ES modules) instead of compiling TypeScript.
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const built = path.join(__dirname, '../build/cli/run.js');
if (fs.existsSync(built)) import(pathToFileURL(built).href);
else {
  console.error('Kommandolinjen er ikke bygget: kjør npm run build:cli (npm ci gjør det av seg selv).');
  process.exitCode = 2;
}
