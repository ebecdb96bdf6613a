// Preloaded (node -r) into a measured process: prints its CPU time (user + system, ms) to stderr
// at exit, a figure that other work on a shared machine disturbs far less than wall time.
process.once('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${((user + system) / 1000).toFixed(1)}\n`);
});
