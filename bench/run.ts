import { benchBare } from './bare';
import { benchBounds } from './bounds';
import { benchBundle } from './bundle';
import { benchCli } from './cli';
import { benchExcelPane } from './excel-pane';
import { benchDeploy } from './deploy';
import { benchExcelSyncs } from './excel-syncs';
import { benchFloor } from './floor';
import { benchKeyboard } from './keyboard';
import { benchMelding } from './melding';
import { benchOversikt } from './oversikt';
import { benchOversiktPane } from './oversikt-pane';
import { benchPane } from './pane';
import { benchStartup } from './startup';
import { benchTemplate } from './template';
import { benchValidate } from './validate';
import { benchXlsxRead } from './xlsx-read';

/**
 * `npm run bench`: every benchmark in turn, printed as it finishes. Figures, never assertions.
 * `npm run bench -- validate cli` runs only the named ones. A new benchmark is a module that
 * returns its lines, plus one entry here.
 */
const BENCHMARKS: Array<{ id: string; name: string; run: () => Promise<string[]> }> = [
  { id: 'validate', name: 'validering', run: benchValidate },
  { id: 'xlsx', name: 'lese xlsx', run: benchXlsxRead },
  { id: 'floor', name: 'validate mot gulvet', run: benchFloor },
  { id: 'bounds', name: 'filer laget for å skade', run: benchBounds },
  { id: 'cli', name: 'kommandolinje', run: benchCli },
  { id: 'syncs', name: 'Office.js-kall', run: benchExcelSyncs },
  { id: 'excel-pane', name: 'panelet i Excel i nettleseren', run: benchExcelPane },
  { id: 'melding', name: 'melding', run: benchMelding },
  { id: 'bundle', name: 'panelets størrelse', run: benchBundle },
  { id: 'pane', name: 'panelet i nettleseren', run: benchPane },
  { id: 'keys', name: 'tastaturflyten', run: benchKeyboard },
  { id: 'deploy', name: 'utrullingssjekken', run: benchDeploy },
  { id: 'oversikt', name: 'oversikt', run: benchOversikt },
  { id: 'oversikt-pane', name: 'oversikt i panelet', run: benchOversiktPane },
  { id: 'startup', name: 'oppstart av kommandolinjen', run: benchStartup },
  { id: 'template', name: 'mal', run: benchTemplate },
  { id: 'bare', name: 'npm ci && npm test uten Debian-programmer', run: benchBare },
];

async function main(ids: string[]): Promise<void> {
  const unknown = ids.filter((id) => !BENCHMARKS.some((b) => b.id === id));
  if (unknown.length) {
    console.error(`Ukjent måling: ${unknown.join(', ')}. Velg blant ${BENCHMARKS.map((b) => b.id).join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  for (const { name, run } of BENCHMARKS.filter((b) => ids.length === 0 || ids.includes(b.id))) {
    try {
      console.log((await run()).join('\n') + '\n');
    } catch (e) {
      console.log(`${name}: kunne ikke måles (${e instanceof Error ? e.message : String(e)})\n`);
      process.exitCode = 1;
    }
  }
}

void main(process.argv.slice(2));
