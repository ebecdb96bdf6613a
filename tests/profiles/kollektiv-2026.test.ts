import { nb } from '../../src/i18n';
import { findProfile, PROFILES } from '../../src/domain/profiles';
import { checkWorkbook, checkWorkbookChoosing } from '../../src/table/check';
import type { CellValue, WorkbookGrid } from '../../src/table/grid';

/** A 2026 table as a network might keep it: no Ordning column, partners under "Samarbeidspartner". */
const HEADERS = [
  'Tiltak',
  'Fase',
  'Hva skal gjøres',
  'Hvem gjør hva',
  'Kommuner',
  'Samarbeidspartner',
  'Målgruppe',
  'Tilskudd eier',
  'Tilskudd UH',
  'Koordinator',
  'Start',
  'Slutt',
  'Forankring',
  'Kollektive prosesser',
  'Lærerutdanning',
];

const GOOD: CellValue[] = [
  'Lesing i SFO og skole',
  'Gjennomføring',
  'Samlinger og veiledning i personalgruppene',
  'Kommunen organiserer, fagskolen veileder',
  'Drammen',
  'Fagskolen i Viken',
  'SFO, kulturskole, grunnskole',
  200000,
  100000,
  // Coordinator funds from a single municipality, 90 % of the owner's funds: no rule in 2026.
  180000,
  'høst 2026',
  // Five years: no duration rule in 2026.
  'vår 2031',
  'Ansatte og ledere har kartlagt behovet sammen med fagskolen',
  'Hele personalet arbeider i team med felles refleksjon',
  'Studenter fra fagskolen har praksis i tiltaket',
];

function grid(rows: CellValue[][], headers = HEADERS): WorkbookGrid {
  return {
    sheets: [
      { name: 'Tiltak', cells: [headers, ...rows], origin: { row: 0, col: 0 }, merges: [], tables: [] },
      {
        name: 'Partnerskap',
        cells: [
          ['Kontaktperson', 'Kari Nordmann'],
          ['Skriftlig avtale', 'ja'],
          ['Avtale – hvem', 'Drammen og Fagskolen i Viken'],
          ['Avtale – hva', 'Lesing'],
          ['Avtale – når', '2026–2027'],
        ],
        origin: { row: 0, col: 0 },
        merges: [],
        tables: [],
      },
    ],
  };
}

const K26 = findProfile('kollektiv-kompetanseutvikling-2026')!;
const TODAY = '2026-12-03';

describe('kollektiv-kompetanseutvikling-2026 on a workbook without an Ordning column', () => {
  const withGaps = [...GOOD];
  withGaps[0] = 'Kulturskolen i laget rundt barnet';
  withGaps[12] = null; // forankring
  withGaps[13] = null; // kollektiv
  withGaps[14] = null; // lærerutdanning
  const result = checkWorkbook(grid([GOOD, withGaps]), { profile: K26, today: TODAY, texts: nb });
  if (!result.ok) throw new Error(result.message);

  it('finds the partner column by its 2026 spelling and accepts a fagskole, SFO and kulturskole', () => {
    expect(result.table.mapping.uh).toEqual({ column: 'F', header: 'Samarbeidspartner' });
    expect(result.table.mapping.ordning).toBeUndefined();
    const rules = result.findings.map((f) => f.rule);
    for (const rule of ['header-missing', 'scheme-missing', 'uh-missing', 'target-group-invalid']) expect(rules).not.toContain(rule);
  });

  it('runs no coordinator, duration, multi-year, deadline or egenandel rule', () => {
    const rules = result.findings.map((f) => f.rule);
    expect(rules.filter((r) => /^(coordinator|duration|multi-year|deadline|own-share|too-many)/.test(r))).toEqual([]);
  });

  it('checks the criteria as the table says, and says once that the profile is foreløpig', () => {
    expect(result.findings.map((f) => [f.row, f.rule, f.severity])).toEqual([
      [3, 'criterion-anchoring-missing', 'warning'],
      [3, 'criterion-collective-missing', 'error'],
      [3, 'criterion-teacher-education-missing', 'warning'],
      [undefined, 'profile-preliminary', 'info'],
    ]);
  });

  it('gives every finding its source', () => {
    for (const f of result.findings) expect(f.source?.title).toMatch(/Statsforvalteren i Rogaland|Brukerveiledning Behovsmeldinger 2024/);
    const collective = result.findings.find((f) => f.rule === 'criterion-collective-missing')!;
    expect(collective.source).toEqual({
      title: 'Statsforvalteren i Rogaland, oppdatert 18.12.2025',
      quote: expect.stringContaining('kollektiv'),
    });
  });
});

describe('the profile that fits is proposed', () => {
  it('a table without an Ordning column gets the newest round', () => {
    const r = checkWorkbookChoosing(grid([GOOD]), { profiles: PROFILES, today: TODAY, texts: nb });
    expect(r.choice).toMatchObject({ basis: 'newest', profile: { id: 'kollektiv-kompetanseutvikling-2026' } });
    expect(r.choice.reason).toMatch(/nyeste runden/);
  });

  it('a table whose Ordning column names the 2024 schemes gets a 2024 profile', () => {
    const rows = [
      ['Dekom', ...GOOD],
      ['Regional ordning', ...GOOD],
    ];
    const headers = ['Ordning', ...HEADERS.map((h) => (h === 'Samarbeidspartner' ? 'UH' : h))];
    const r = checkWorkbookChoosing(grid(rows, headers), { profiles: PROFILES, today: TODAY, texts: nb });
    expect(r.choice).toMatchObject({ basis: 'vocabulary', profile: { id: 'kompetansenettverk-2024' } });
    expect(r.choice.reason).toBe('Ordning-kolonnen nevner desentralisert ordning og regional ordning, som hører til denne runden.');
    expect(r.ok && r.findings.some((f) => f.rule === 'uh-missing')).toBe(true); // a fagskole is no partner in 2024
  });

  it('the profile stored in the workbook wins, a file profile too; a broken one is said and passed over', () => {
    const stored = checkWorkbookChoosing(grid([GOOD]), {
      profiles: PROFILES,
      today: TODAY,
      texts: nb,
      stored: { kind: 'builtin', id: 'oslo-viken-2024' },
    });
    expect(stored.choice).toMatchObject({ basis: 'stored', profile: { id: 'oslo-viken-2024' } });
    const json = JSON.stringify({ ...K26, id: 'vestland-2026', name: 'Vestland 2026' });
    const file = checkWorkbookChoosing(grid([GOOD]), { profiles: PROFILES, today: TODAY, texts: nb, stored: { kind: 'file', json } });
    expect(file.choice).toMatchObject({ basis: 'stored', profile: { id: 'vestland-2026' } });
    expect(file.choice.reason).toBe('Profilen er lastet fra fil og lagret i arbeidsboken.');
    const broken = checkWorkbookChoosing(grid([GOOD]), {
      profiles: PROFILES,
      today: TODAY,
      texts: nb,
      stored: { kind: 'builtin', id: 'borte-2020' },
    });
    expect(broken.choice.profile.id).toBe('kollektiv-kompetanseutvikling-2026');
    expect(broken.choice.reason).toBe(
      'Profilen som er lagret i arbeidsboken, kan ikke brukes. Den lagrede profilen «borte-2020» finnes ikke lenger. ' +
        'Tabellen har ingen ordning som peker ut en runde, så den nyeste runden er valgt.',
    );
  });
});
