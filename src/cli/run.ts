import { main } from './main';

/** Entry point of bin/behovsmelding.js: no stack traces reach the user. */
main(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    console.error(`Noe gikk galt: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  });
