import fc from 'fast-check';
import { TILTAK_FIELDS } from '../../src/domain/fields';
import type { FieldKey } from '../../src/domain/model';
import { columnLetter, type CellValue } from '../../src/table/grid';
import { readPartnership, readTiltakTable } from '../../src/table/read';
import { sheet } from './grids';

const HEADERS = [
  'Nr',
  'Tiltak',
  'Ordning',
  'Fase',
  'Hva skal gjøres',
  'Hvem gjør hva',
  'Kommuner',
  'UH',
  'Tilskudd eier',
  'Tilskudd UH',
  'Start',
  'Slutt',
  'Forankring',
  'Kollektive prosesser',
  'Lærerutdanning',
];
const ROW = [
  '1',
  'Lesing',
  'Dekom',
  'Gjennomføring',
  'Skolebasert lesing',
  'USN leder',
  'Drammen, Lier',
  'USN',
  '100 000',
  50000,
  'høst 2024',
  'vår 2025',
  'Ansatte og ledere',
  'Team',
  'Praksis',
];

function readOk(...args: Parameters<typeof readTiltakTable>) {
  const result = readTiltakTable(...args);
  if (!result.ok) throw new Error(result.message);
  return result.table;
}

describe('finding the tiltak table', () => {
  it('finds the header below title rows and reads typed values', () => {
    const t = readOk({ sheets: [sheet('Tiltak', [['Behovsmelding 2024'], [], HEADERS, ROW])] });
    expect(t.headerRow).toBe(3);
    expect(t.mapping.tittel).toEqual({ column: 'B', header: 'Tiltak' });
    expect(t.mapping.beskrivelse?.column).toBe('E');
    expect(t.freeHeaderCell).toBe('P3');
    expect(t.rows).toHaveLength(1);
    const r = t.rows[0]!;
    expect(r.row).toBe(4);
    expect(r.cells.tilskuddEier).toBe('I4');
    expect(r.values.tilskuddEier).toEqual({ kind: 'ok', value: 100000, raw: '100 000' });
    expect(r.values.eiere).toMatchObject({ kind: 'ok', value: ['Drammen', 'Lier'] });
    expect(r.values.koordinator).toEqual({ kind: 'empty' });
  });

  it('chooses the sheet whose headers match best and honours --sheet', () => {
    const decoy = sheet('Notater', [
      ['Tiltak', 'Fase', 'Ordning'],
      ['x', 'y', 'z'],
    ]);
    const wb = { sheets: [decoy, sheet('Data', [HEADERS, ROW])] };
    expect(readOk(wb).sheet).toBe('Data');
    expect(readOk(wb, { sheet: 'Notater' }).sheet).toBe('Notater');
    expect(readTiltakTable(wb, { sheet: 'Mangler' })).toEqual({
      ok: false,
      message: 'Fant ikke arket «Mangler». Arkene i filen er: Notater, Data.',
    });
  });

  it('says so in one sentence when no header row exists', () => {
    const r = readTiltakTable({ sheets: [sheet('Ark1', [['hei'], [1, 2, 3]])] });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^Fant ingen overskriftsrad .*\.$/) });
  });

  it('applies --map by header text or column letter', () => {
    const headers = [...HEADERS.slice(0, 1), 'Hva heter det', ...HEADERS.slice(2)];
    const wb = { sheets: [sheet('T', [headers, ROW])] };
    expect(readOk(wb).mapping.tittel).toBeUndefined();
    expect(readOk(wb, { map: { tittel: 'Hva heter det' } }).mapping.tittel?.column).toBe('B');
    expect(readOk(wb, { map: { tittel: 'B' } }).mapping.tittel?.column).toBe('B');
    expect(readTiltakTable(wb, { map: { tittel: 'Finnes ikke' } })).toMatchObject({ ok: false });
  });

  it('skips empty and totals rows, keeps "Summer school"', () => {
    const t = readOk({
      sheets: [sheet('T', [HEADERS, ROW, [], [null, 'Summer school', 'Rekom'], [null, 'Sum', null, null, null, null, null, null, 200000]])],
    });
    expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('reads merged cells from their top-left cell and points there', () => {
    const t = readOk({
      sheets: [sheet('T', [HEADERS, ROW, ['2', 'Regning', null, 'Planlegging']], { merges: [{ top: 1, left: 2, bottom: 2, right: 2 }] })],
    });
    expect(t.rows[1]!.values.ordning).toMatchObject({ kind: 'ok', value: 'desentralisert' });
    expect(t.rows[1]!.cells.ordning).toBe('C2');
  });

  it('keeps to an Excel Table and its header row', () => {
    const cells = [['Oversikt'], ['Tiltak', 'Fase', 'Ordning'], [], [], HEADERS, ROW, ROW, ['notat', 'under', 'tabellen']];
    const t = readOk({ sheets: [sheet('T', cells, { tables: [{ name: 'Tiltak', range: { top: 4, left: 0, bottom: 6, right: 14 } }] })] });
    expect(t.headerRow).toBe(5);
    expect(t.rows.map((r) => r.row)).toEqual([6, 7]);
  });

  it('keeps Excel error values as errors on their cell', () => {
    const row: CellValue[] = [...ROW];
    row[9] = { error: '#REF!' };
    expect(readOk({ sheets: [sheet('T', [HEADERS, row])] }).rows[0]!.values.tilskuddUh).toEqual({ kind: 'error', code: '#REF!' });
  });

  it('handles a used range that does not start at A1', () => {
    const t = readOk({ sheets: [sheet('T', [HEADERS, ROW], { origin: { row: 4, col: 2 } })] });
    expect(t.headerRow).toBe(5);
    expect(t.mapping.tittel?.column).toBe('D');
    expect(t.rows[0]!.cells.tittel).toBe('D6');
  });
});

/** Noise a user's header may carry that must not change what it names. */
function noisy(text: string, caseMode: number, punct: string): string {
  const cased = caseMode === 0 ? text.toUpperCase() : caseMode === 1 ? text.toLowerCase() : text;
  return `${punct}${cased.replace(/ /g, punct === '' ? ' ' : `${punct} `)}${punct}`.replace('ø', caseMode === 2 ? 'ö' : 'ø');
}

describe('header detection, for any layout', () => {
  it('recovers every field column whatever the order, spelling noise, title rows and offset', () => {
    const fieldArb = fc.shuffledSubarray([...TILTAK_FIELDS], { minLength: 6 });
    fc.assert(
      fc.property(
        fieldArb,
        fc.array(fc.nat(), { minLength: 24, maxLength: 24 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('', ':', '.', '*', ' '),
        fc.integer({ min: 0, max: 2 }),
        (fields, picks, titleRows, offset, punct, caseMode) => {
          const headers = fields.map((f, i) => noisy(f.synonyms[picks[i]! % f.synonyms.length]!, caseMode, punct));
          // Keep only layouts where every chosen field has a required one, as a real table would.
          fc.pre(fields.some((f) => f.required));
          const cells = [
            ...Array.from({ length: titleRows }, (_, i) => [i === 0 ? 'Behovsmelding 2024 – Kommune' : null]),
            [...Array(offset).fill(null), ...headers],
            [...Array(offset).fill(null), ...fields.map(() => 'x')],
          ];
          const decoy = sheet('Notater', [
            ['Tiltak', 'Kommentar'],
            ['a', 'b'],
          ]);
          const t = readOk({ sheets: [decoy, sheet('Tiltak', cells)] });
          const expected = Object.fromEntries(fields.map((f, i) => [f.key, columnLetter(offset + i)]));
          const got = Object.fromEntries(Object.entries(t.mapping).map(([k, v]) => [k, v!.column]));
          expect(got).toEqual(expected as Record<FieldKey, string>);
          expect(t.headerRow).toBe(titleRows + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Partnerskap sheet', () => {
  it('reads labels in A and values in B, tolerant to spelling', () => {
    const facts = readPartnership({
      sheets: [
        sheet('Tiltak', [HEADERS]),
        sheet('partnerskap', [
          ['Partnerskap:', 'Vest-Viken'],
          ['KONTAKTPERSON', 'Kari Nordmann'],
          ['Organisasjonsnummer', '974 760 673'],
          ['Skriftlig avtale', 'Ja'],
          ['Avtale - hvem', 'Drammen og USN'],
          ['Ansatte og tillitsvalgte involvert (ja/nei)', 'nei'],
          ['Ukjent', 'x'],
        ]),
      ],
    });
    expect(facts?.sheet).toBe('partnerskap');
    expect(facts?.values.kontaktperson).toMatchObject({ kind: 'ok', value: 'Kari Nordmann' });
    expect(facts?.cells.kontaktperson).toBe('B2');
    expect(facts?.values.organisasjonsnummer).toMatchObject({ value: ['974760673'] });
    expect(facts?.values.skriftligAvtale).toMatchObject({ value: true });
    expect(facts?.values.avtaleHvem).toMatchObject({ value: 'Drammen og USN' });
    expect(facts?.values.ansatteInvolvert).toMatchObject({ value: false });
    expect(facts?.values.epost).toEqual({ kind: 'empty' });
    expect(facts?.cells.epost).toBeUndefined();
  });

  it('is null when the workbook has no such sheet', () => {
    expect(readPartnership({ sheets: [sheet('Tiltak', [HEADERS])] })).toBeNull();
  });
});
