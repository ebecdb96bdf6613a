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

  it('checks the criteria as the table says (no lærerutdanning asked of a tiltak whose only partner is a fagskole), and says once that the profile is foreløpig', () => {
    expect(result.findings.map((f) => [f.row, f.rule, f.severity])).toEqual([
      [3, 'criterion-anchoring-missing', 'warning'],
      [3, 'criterion-collective-missing', 'error'],
      [undefined, 'staff-involvement-missing', 'warning'],
      [undefined, 'profile-preliminary', 'info'],
    ]);
  });

  it('gives every finding its source', () => {
    for (const f of result.findings) expect(f.source?.title).toMatch(/Statsforvalteren i Rogaland|Udir|Behovsmeldings egen kontroll/);
    const collective = result.findings.find((f) => f.rule === 'criterion-collective-missing')!;
    expect(collective.source).toEqual({
      title: 'Statsforvalteren i Rogaland, Kollektiv kompetanseutvikling i barnehage og grunnskole (oppdatert 18.12.2025)',
      quote: expect.stringContaining('Gjennom kollektive kompetansetiltak'),
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

describe('2026: videregående, fagskole partners and the Partnerskap sheet', () => {
  const row = (changes: Record<number, CellValue>) => GOOD.map((v, i) => (i in changes ? changes[i]! : v));
  const check = (rows: CellValue[][]) => {
    const r = checkWorkbook(grid(rows), { profile: K26, today: TODAY, texts: nb });
    if (!r.ok) throw new Error(r.message);
    return r.findings;
  };

  it('calls videregående another scheme’s målgruppe, alone or beside groups of this one, and not unknown', () => {
    const findings = check([row({ 6: 'Videregående skole' }), row({ 6: 'grunnskole, vgs' }), row({ 6: 'SFO, videregående, bibliotek' })]);
    const scope = findings.filter((f) => f.rule.startsWith('target-group'));
    expect(scope.map((f) => [f.row, f.rule, f.severity, f.cells])).toEqual([
      [2, 'target-group-out-of-scope', 'warning', ['G2']],
      [3, 'target-group-out-of-scope', 'warning', ['G3']],
      [4, 'target-group-invalid', 'warning', ['G4']],
      [4, 'target-group-out-of-scope', 'warning', ['G4']],
    ]);
    expect(scope[0]!.message).toBe(
      'Målgruppen videregående opplæring i «Lesing i SFO og skole» (rad 2) hører til en annen ordning, «Forskrift om kollektiv kompetanseutvikling i videregående opplæring», ikke til Kollektiv kompetanseutvikling 2026 (foreløpig).',
    );
    expect(scope[2]!.message).toContain('«bibliotek»');
    expect(scope[0]!.source?.quote).toBe('Forskrift om kollektiv kompetanseutvikling i videregående opplæring');
  });

  it('is not fooled by words that only start alike', () => {
    expect(check([row({ 6: 'grunnskole, videreutdanning' })]).filter((f) => f.rule === 'target-group-out-of-scope')).toEqual([]);
  });

  it('asks for lærerutdanning when a UH is among the partners, not when a fagskole is the only one', () => {
    const findings = check([
      row({ 5: 'Fagskolen i Viken', 14: null }),
      row({ 5: 'Fagskolen i Viken, USN', 14: null }),
      row({ 5: null, 14: null }),
    ]);
    expect(findings.filter((f) => f.rule === 'criterion-teacher-education-missing').map((f) => [f.row, f.severity])).toEqual([
      [3, 'warning'],
      [4, 'warning'],
    ]);
  });

  it('warns (not errs) on a missing contact, agreement and medbestemmelse, as the program’s own check or S3', () => {
    const r = checkWorkbook({ sheets: [grid([GOOD]).sheets[0]!] }, { profile: K26, today: TODAY, texts: nb });
    if (!r.ok) throw new Error(r.message);
    const partnership = r.findings.filter((f) => ['contact-missing', 'agreement-missing', 'staff-involvement-missing'].includes(f.rule));
    expect(new Set(partnership.map((f) => f.rule))).toEqual(new Set(['contact-missing', 'agreement-missing', 'staff-involvement-missing']));
    for (const f of partnership) expect(f.severity).toBe('warning');
    expect(partnership.find((f) => f.rule === 'contact-missing')!.source?.title).toBe('Behovsmeldings egen kontroll');
    expect(partnership.find((f) => f.rule === 'staff-involvement-missing')!.source?.quote).toBe(
      'Medbestemmelse skal ivaretas etter hovedavtalens bestemmelser.',
    );
  });

  it('warns (not errs) on phases and descriptions carried over from 2024', () => {
    const findings = check([row({ 1: 'Vurdering og gjennomføring' }), row({ 1: 'Utprøving' }), row({ 1: null }), row({ 2: null })]);
    expect(findings.filter((f) => /^phase|description/.test(f.rule)).map((f) => [f.row, f.rule, f.severity])).toEqual([
      [2, 'phase-multiple', 'warning'],
      [3, 'phase-invalid', 'warning'],
      [4, 'phase-missing', 'warning'],
      [5, 'description-required', 'warning'],
    ]);
  });
});
