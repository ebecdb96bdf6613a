// Preloaded into a measured process (node -r): prints its peak resident memory on exit, so
// `npm run bench` can report a whole process's peak without a platform tool such as time(1).
process.on('exit', () => process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`));
