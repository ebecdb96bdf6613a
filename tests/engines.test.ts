import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';

/**
 * `npm ci` on the Node.js version the README states prints no engine warning (issue 22): every
 * package in the lock file that names a Node.js engine admits the lowest version package.json
 * admits, and the README states that version.
 */
const ROOT = resolve(__dirname, '..');

test('every locked package admits the Node.js version package.json and the README state', () => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  const stated = semver.minVersion(pkg.engines.node)!;
  expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toContain(`Krever Node.js ${stated.major}.${stated.minor} eller nyere.`);
  const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } | string[] }>;
  };
  const refusing = Object.entries(lock.packages)
    .map(([path, p]) => ({ path, node: p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined }))
    .filter(({ path, node }) => path !== '' && node !== undefined && !semver.satisfies(stated, node))
    .map(({ path, node }) => `${path.replace(/^.*node_modules\//, '')} (${node})`);
  expect(refusing).toEqual([]);
});
