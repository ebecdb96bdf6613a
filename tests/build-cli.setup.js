// Jest's globalSetup: the CLI tests run bin/behovsmelding.js, which runs build/cli; build it from
// the sources under test first (esbuild, well under a second), so they never test a stale build.
module.exports = () => {
  require('../scripts/build-cli.js').buildCli();
};
