import { isIsoDate } from '../app/dates';

/** Command-line arguments as CONTRACT.md gives them; errors are Norwegian sentences. */
export interface CliArgs {
  command: 'validate' | 'melding' | 'oversikt' | 'profiles' | 'help';
  files: string[];
  profile?: string;
  sheet?: string;
  map: Record<string, string>;
  json: boolean;
  out?: string;
  pdf?: string;
  today?: string;
}

const VALUE_OPTIONS = new Set(['--profile', '--sheet', '--map', '--out', '--pdf', '--today']);

export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const [command = 'help', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help', files: [], map: {}, json: false };
  if (command !== 'validate' && command !== 'melding' && command !== 'oversikt' && command !== 'profiles') {
    return { error: `Ukjent kommando «${command}»: bruk validate, melding, oversikt eller profiles (se --help).` };
  }
  const args: CliArgs = { command, files: [], map: {}, json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') return { ...args, command: 'help' };
    if (arg === '--json') {
      args.json = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      args.files.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!VALUE_OPTIONS.has(name)) return { error: `Ukjent valg «${name}» (se --help).` };
    const value = inline ?? rest[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return { error: `Valget ${name} trenger en verdi (se --help).` };
    if (name === '--map') {
      const eq = value.indexOf('=');
      if (eq <= 0) return { error: `--map skrives felt=Overskrift, for eksempel --map tittel="Navn på tiltak".` };
      args.map[value.slice(0, eq).trim()] = value.slice(eq + 1).trim();
    } else if (name === '--today') {
      if (!isIsoDate(value)) return { error: `--today må være en dato skrevet ÅÅÅÅ-MM-DD, ikke «${value}».` };
      args.today = value;
    } else {
      args[name.slice(2) as 'profile' | 'sheet' | 'out' | 'pdf'] = value;
    }
  }
  if (args.command === 'melding' && args.files.length > 1) return { error: 'melding tar én arbeidsbok om gangen.' };
  return args;
}

/** YYYY-MM-DD naming a real day (not 2023-02-31). */
/** Today's date where the user is (not UTC: just after midnight in Norway it is still yesterday in UTC). */
export { localToday } from '../app/dates';

export const HELP = `Behovsmelding – sjekk og lag behovsmeldinger for kompetansemidler

  behovsmelding validate [FIL ...] [--profile ID|profil.json] [--sheet ARK] [--map felt=Overskrift ...] [--json]
  behovsmelding melding  [FIL] [--profile ID|profil.json] [--out UT.xlsx] [--pdf UT.pdf]
  behovsmelding oversikt FIL|MAPPE ... [--profile ID|profil.json] [--out oversikt.xlsx] [--json]
  behovsmelding profiles [--json ID]

FIL er en arbeidsbok (.xlsx, .xlsm, .ods) eller en .csv; uten fil brukes eksempelarbeidsboken i assets/.
Uten --profile velges profilen som passer arbeidsboken (ordningene i tabellen, ellers den nyeste
runden), og utskriften sier hvorfor.
  --profile   innebygd profil (se «profiles») eller en JSON-fil med en egen profil
              («profiles --json ID» skriver en innebygd profil som JSON, som utgangspunkt)
  --sheet     arket med tiltakene (ellers velges arket der overskriftene passer best)
  --map       rett kolonnevalget: felt=Overskrift eller felt=kolonnebokstav (kan gjentas)
  --json      skriv resultatet som JSON
  --out       hvor meldingen (eller oversikten) skal skrives som egen arbeidsbok (aldri over
              originalen); oversikt med --json skriver arbeidsboken bare når --out er gitt
  --pdf       skriv også meldingen som PDF
  --today     dato sjekken gjelder (ÅÅÅÅ-MM-DD), for testing og ny kjøring av en gammel runde

oversikt sjekker alle arbeidsbøkene (en mappe: alle i den og undermappene) og skriver én oversikt.

Avslutningskode: 0 ingen feil, 1 noen feil, 2 filen kan ikke brukes (oversikt: ingen fil kunne brukes).`;
