#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx (a runtime dependency), so
// `npx behovsmelding` works right after `npm ci` without a build step.
require('tsx/cjs/api').register();
require('../src/cli/run.ts');
