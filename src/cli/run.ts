import { runCli } from './main';

/** Entry point of bin/behovsmelding.js. */
void runCli(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) }).then((code) => {
  process.exitCode = code;
});
