import { textsFor } from '../i18n/all';
import { languageOf } from './args';
import { main } from './main';

/** Entry point of bin/behovsmelding.js: no stack traces reach the user. */
main(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    const texts = textsFor(languageOf(process.argv.slice(2)) ?? 'nb');
    console.error(texts.cli.failed({ message: e instanceof Error ? e.message : String(e) }));
    process.exitCode = 2;
  });
