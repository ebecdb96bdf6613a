import { config } from 'zod/mini';

/**
 * Runs first in every page the build makes (webpack.config.js), before any schema exists: zod then
 * never compiles parsers with `new Function`, and never probes whether it may. Under the Content
 * Security Policy the guide gives (no 'unsafe-eval'), even the probe is reported as a violation.
 */
config({ jitless: true });
