import { benchBundle } from './bundle';
import { benchCli } from './cli';
import { benchExcelSyncs } from './excel-syncs';
import { benchMelding } from './melding';
import { benchValidate } from './validate';

/** `npm run bench`: every benchmark in turn, printed as it finishes. Figures, never assertions. */
const BENCHMARKS: Array<[string, () => Promise<string[]>]> = [
  ['validering', benchValidate],
  ['kommandolinje', benchCli],
  ['Office.js-kall', benchExcelSyncs],
  ['melding', benchMelding],
  ['panelets størrelse', benchBundle],
];

async function main(): Promise<void> {
  for (const [name, bench] of BENCHMARKS) {
    try {
      console.log((await bench()).join('\n') + '\n');
    } catch (e) {
      console.log(`${name}: kunne ikke måles (${e instanceof Error ? e.message : String(e)})\n`);
      process.exitCode = 1;
    }
  }
}

void main();
