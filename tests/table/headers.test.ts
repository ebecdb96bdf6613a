import fc from 'fast-check';
import { TILTAK_FIELDS, type TiltakFieldSpec } from '../../src/domain/fields';
import type { FieldKey } from '../../src/domain/model';
import { columnLetter, type CellValue } from '../../src/table/grid';
import { headerColumns } from '../../src/table/read';
import { HEADERS, read, readOk, ROW, sheet } from './grids';

/** Column letter per field, as read. */
const columns = (mapping: Partial<Record<FieldKey, { column: string }>>) =>
  Object.fromEntries(Object.entries(mapping).map(([k, v]) => [k, v!.column]));

describe('header matching', () => {
  it('maps the usual headers, case, accents and punctuation aside', () => {
    const t = readOk({
      sheets: [sheet('T', [['NR.', 'Navn på tiltak:', 'ORDNING*', 'fase', 'Hvem gjør hva?', 'Eiere', 'UH-partner', 'Midler eier']])],
    });
    expect(columns(t.mapping)).toEqual({
      nr: 'A',
      tittel: 'B',
      ordning: 'C',
      fase: 'D',
      ansvar: 'E',
      eiere: 'F',
      uh: 'G',
      tilskuddEier: 'H',
    });
    expect(t.mapping.tittel).toEqual({ column: 'B', header: 'Navn på tiltak:' });
  });

  it('lets a header that contains a longer synonym win over a shorter one', () => {
    const t = readOk({
      sheets: [
        sheet('T', [
          [
            'Tiltak',
            'Fase',
            'Tilskudd eier (kr)',
            'Tilskudd UH (kr)',
            'Eiere',
            'UH',
            'Begrunnelse for koordinatormidler',
            'Koordinator (kr)',
          ],
        ]),
      ],
    });
    expect(columns(t.mapping)).toEqual({
      tittel: 'A',
      fase: 'B',
      tilskuddEier: 'C',
      tilskuddUh: 'D',
      eiere: 'E',
      uh: 'F',
      koordinatorBegrunnelse: 'G',
      koordinator: 'H',
    });
  });

  it('never matches short synonyms (nr, id, uh, fra, til) inside other words', () => {
    const t = readOk({ sheets: [sheet('T', [['Tiltak', 'Fase', 'Ordning', 'Tilskudd UH', 'Fravær', 'Tilbud', 'Idé', 'Nrk']])] });
    expect(columns(t.mapping)).toEqual({ tittel: 'A', fase: 'B', ordning: 'C', tilskuddUh: 'D' });
  });

  it('gives each column one field and each field one column, exact names first', () => {
    // "Tiltak" names the title exactly; "Beskrivelse av tiltaket" names the description, not a second title.
    const t = readOk({ sheets: [sheet('T', [['Beskrivelse av tiltaket', 'Tiltak', 'Fase', 'Ordning', 'Tiltak']])] });
    expect(columns(t.mapping)).toEqual({ beskrivelse: 'A', tittel: 'B', fase: 'C', ordning: 'D' });
  });
});

describe('choosing the header row', () => {
  it('needs three known fields, one of them required', () => {
    expect(
      read({
        sheets: [
          sheet('T', [
            ['Tiltak', 'Fase'],
            ['a', 'b'],
          ]),
        ],
      }).ok,
    ).toBe(false);
    expect(read({ sheets: [sheet('T', [['Nr', 'Fylke', 'Deltakere', 'Supplerende']])] }).ok).toBe(false);
    expect(read({ sheets: [sheet('T', [['Nr', 'Fylke', 'Tiltak']])] }).ok).toBe(true);
  });

  it('says so in one Norwegian sentence naming expected headers when there is none', () => {
    const r = read({ sheets: [sheet('Ark1', [['hei'], [1, 2, 3]])] });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^Fant ingen overskriftsrad [^.]*«Tiltak»[^.]*«Fase»[^.]*\.$/) });
  });

  it('finds the header under title rows, and below row 30 when the first rows have none', () => {
    const titles: CellValue[][] = [['Behovsmelding 2024'], [], ['Kompetansenettverk Vest'], []];
    expect(readOk({ sheets: [sheet('T', [...titles, HEADERS, ROW])] }).headerRow).toBe(5);
    const deep = Array.from({ length: 40 }, (): CellValue[] => ['notat']);
    const t = readOk({ sheets: [sheet('T', [...deep, HEADERS, ROW])] });
    expect([t.headerRow, t.rows.map((r) => r.row)]).toEqual([41, [42]]);
    // A header in the first rows wins over a better one further down.
    const early = readOk({ sheets: [sheet('T', [HEADERS.slice(0, 4), ROW.slice(0, 4), ...deep, HEADERS, ROW])] });
    expect(early.headerRow).toBe(1);
  });

  it('names the headers it found, and asks only for missing ones, when too few are known', () => {
    const r = read({
      sheets: [
        sheet('Ark1', [
          ['Tiltak', 'Ordning', 'Notat'],
          ['Lesing', 'Regional', 'x'],
        ]),
      ],
    });
    expect(r).toEqual({
      ok: false,
      message:
        'Fant bare overskriftene «Tiltak» og «Ordning» i rad 1 på arket «Ark1», og en tiltakstabell trenger minst tre kjente kolonner; ' +
        'legg til minst én til i samme rad, for eksempel «Fase» og «Tilskudd eier».',
    });
  });

  it('says when the known headers include none a table must have', () => {
    const r = read({ sheets: [sheet('Ark1', [['Nr', 'Fylke', 'Deltakere', 'Supplerende']])] });
    expect(r).toEqual({
      ok: false,
      message:
        'Fant bare overskriftene «Nr», «Fylke», «Deltakere» og «Supplerende» i rad 1 på arket «Ark1», og ingen av dem er en kolonne ' +
        'tabellen må ha; legg til en i samme rad, for eksempel «Tiltak», «Ordning», «Fase» og «Tilskudd eier».',
    });
  });

  it('prefers a sheet with tiltak over an empty template, and a visible sheet over a hidden one', () => {
    const template = sheet('Mal', [HEADERS]);
    const real = sheet('Tiltak', [['Tittel'], HEADERS.slice(0, 12), ROW.slice(0, 12)]);
    expect(readOk({ sheets: [template, real] }).sheet).toBe('Tiltak');
    const hidden = sheet('Gammel', [HEADERS, ROW], { hidden: true });
    expect(readOk({ sheets: [hidden, real] }).sheet).toBe('Tiltak');
    expect(readOk({ sheets: [hidden, template] }).sheet).toBe('Gammel');
  });

  it('reads a two-row header: labels merged down, and group labels merged across put in front', () => {
    const upper: CellValue[] = ['Tiltak', 'Ordning', 'Fase', 'Tilskudd', null, 'Periode', null, 'Eiere'];
    const lower: CellValue[] = [null, null, null, 'Eier', 'UH', 'Fra', 'Til'];
    const merges = [
      ...[0, 1, 2, 7].map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
      { top: 0, left: 3, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 0, right: 6 },
    ];
    const data: CellValue[] = ['Lesing', 'Regional', 'Gjennomføring', 1000, 500, 'høst 2024', 'vår 2025', 'Lier'];
    const twoRows = sheet('T', [upper, lower, data], { merges });
    const t = readOk({ sheets: [twoRows] });
    expect(t.headerRow).toBe(2);
    // The pane's column picker offers the headers as detection read them.
    expect(headerColumns(twoRows, 2).map((h) => h.header)).toEqual([
      'Tiltak',
      'Ordning',
      'Fase',
      'Tilskudd Eier',
      'Tilskudd UH',
      'Periode Fra',
      'Periode Til',
      'Eiere',
    ]);
    expect(Object.fromEntries(Object.entries(t.mapping).map(([k, v]) => [k, `${v!.column} ${v!.header}`]))).toEqual({
      tittel: 'A Tiltak',
      ordning: 'B Ordning',
      fase: 'C Fase',
      eiere: 'H Eiere',
      tilskuddEier: 'D Tilskudd Eier',
      tilskuddUh: 'E Tilskudd UH',
      start: 'F Periode Fra',
      slutt: 'G Periode Til',
    });
    expect(t.rows.map((r) => r.values.tilskuddUh)).toEqual([{ kind: 'ok', value: 500, raw: '500' }]);
  });

  it('does not put a title merged across the table in front of the headers under it', () => {
    const title = { top: 0, left: 0, bottom: 0, right: HEADERS.length - 1 };
    const t = readOk({ sheets: [sheet('T', [['Behovsmelding 2024 – Vest-Viken'], HEADERS, ROW], { merges: [title] })] });
    expect([t.headerRow, t.mapping.tittel, t.mapping.tilskuddEier]).toEqual([
      2,
      { column: 'B', header: 'Tiltak' },
      { column: 'I', header: 'Tilskudd eier' },
    ]);
  });

  it('prefers the sheet and row that name the most fields', () => {
    const decoy = sheet('Notater', [
      ['Tiltak', 'Fase', 'Ordning'],
      ['x', 'y', 'z'],
    ]);
    const wb = { sheets: [decoy, sheet('Data', [HEADERS, ROW])] };
    const t = readOk(wb);
    expect(t.sheet).toBe('Data');
    expect(t.mapping.laererutdanning?.column).toBe('O');
  });

  it("lets an Excel Table's header row win a tie", () => {
    const plain = sheet('Plan', [HEADERS, ROW]);
    const table = sheet('Tabell', [[], HEADERS, ROW], { tables: [{ name: 'Tiltak', range: { top: 1, left: 0, bottom: 2, right: 14 } }] });
    expect(readOk({ sheets: [plain, table] }).sheet).toBe('Tabell');
  });

  it('finds an Excel Table header below the first 30 rows and reads only inside the table', () => {
    const filler = Array.from({ length: 40 }, (_, i): CellValue[] => [`notat ${i}`]);
    const wide = [...HEADERS, 'Tiltak'];
    const cells = [...filler, wide, ROW];
    const t = readOk({ sheets: [sheet('T', cells, { tables: [{ name: 'T1', range: { top: 40, left: 0, bottom: 41, right: 14 } }] })] });
    expect(t.headerRow).toBe(41);
    expect(t.mapping.tittel?.column).toBe('B');
  });

  it('skips the Partnerskap sheet unless asked for it', () => {
    const partnership = sheet('Partnerskap', [['Tiltak', 'Fase', 'Ordning', 'Eiere', 'UH']]);
    const r = read({ sheets: [partnership] });
    expect(r.ok).toBe(false);
    expect(readOk({ sheets: [partnership] }, { sheet: 'Partnerskap' }).sheet).toBe('Partnerskap');
  });
});

describe('the sheet option', () => {
  const wb = {
    sheets: [
      sheet('Notater', [
        ['Tiltak', 'Fase', 'Ordning'],
        ['x', 'y', 'z'],
      ]),
      sheet('Data', [HEADERS, ROW]),
    ],
  };

  it('restricts the search to that sheet, also when spelled loosely', () => {
    expect(readOk(wb, { sheet: 'Notater' }).sheet).toBe('Notater');
    expect(readOk(wb, { sheet: 'notater ' }).sheet).toBe('Notater');
  });

  it('names the sheets there are when the sheet does not exist', () => {
    expect(read(wb, { sheet: 'Mangler' })).toEqual({
      ok: false,
      message: 'Fant ikke arket «Mangler». Arkene i filen er «Notater» og «Data».',
    });
  });

  it('names the sheet when it has no header row', () => {
    const r = read({ sheets: [sheet('Tom', [['x']]), sheet('Data', [HEADERS])] }, { sheet: 'Tom' });
    expect(r).toEqual({ ok: false, message: expect.stringContaining('på arket «Tom»') });
  });
});

describe('the map option', () => {
  const headers = [...HEADERS.slice(0, 1), 'Hva heter det', ...HEADERS.slice(2)];
  const wb = { sheets: [sheet('T', [['Tittel på arket'], headers, ROW])] };

  it('maps a field to a header text or a column letter', () => {
    expect(readOk(wb).mapping.tittel).toBeUndefined();
    expect(readOk(wb, { map: { tittel: 'Hva heter det' } }).mapping.tittel).toEqual({ column: 'B', header: 'Hva heter det' });
    expect(readOk(wb, { map: { tittel: 'hva heter det?' } }).mapping.tittel?.column).toBe('B');
    expect(readOk(wb, { map: { tittel: 'B' } }).mapping.tittel).toEqual({ column: 'B', header: 'Hva heter det' });
    expect(readOk(wb, { map: { tittel: 'b' } }).rows[0]!.values.tittel).toEqual({
      kind: 'ok',
      value: 'Lesing i alle fag',
      raw: 'Lesing i alle fag',
    });
  });

  it('overrides detection and moves the detected field out of the way', () => {
    const t = readOk(wb, { map: { beskrivelse: 'Hvem gjør hva' } });
    expect(t.mapping.beskrivelse?.column).toBe('F');
    expect(t.mapping.ansvar).toBeUndefined();
  });

  it('prefers a header named like a column letter over the letter', () => {
    expect(readOk(wb, { map: { uh: 'UH' } }).mapping.uh?.column).toBe('H');
  });

  it('finds the header row from the user’s headers when detection alone would not', () => {
    const own = {
      sheets: [
        sheet('T', [
          ['Hva', 'Når', 'Hvem'],
          ['Lesing', '2024', 'USN'],
        ]),
      ],
    };
    expect(read(own).ok).toBe(false);
    const t = readOk(own, { map: { tittel: 'Hva', start: 'Når', ansvar: 'Hvem' } });
    expect(t.headerRow).toBe(1);
    expect(t.rows[0]!.values.start).toMatchObject({ kind: 'ok', value: { from: '2024-01-01' } });
  });

  it('refuses a header that is not there in one clear sentence', () => {
    expect(read(wb, { map: { tittel: 'Finnes ikke' } })).toEqual({
      ok: false,
      message: 'Fant ingen kolonne «Finnes ikke» for feltet «Tiltak» i overskriftsraden, rad 2 på arket «T».',
    });
  });

  it('refuses a column letter outside the used columns and an unknown field', () => {
    expect(read(wb, { map: { tittel: 'ZZ' } })).toMatchObject({ ok: false, message: expect.stringContaining('«ZZ»') });
    expect(read(wb, { map: { tull: 'B' } as never })).toEqual({
      ok: false,
      message: expect.stringMatching(/^«tull» er ikke et felt .*\.$/),
    });
  });
});

// --- Property: any reasonable layout is recovered -----------------------------------------

const ACCENTS: Record<string, string[]> = {
  e: ['é', 'è', 'ê'],
  o: ['ó', 'ô', 'ö'],
  a: ['á', 'à', 'â'],
  u: ['ü', 'ú'],
  i: ['í', 'ï'],
  ø: ['ö'],
};
const PUNCTUATION = [':', '*', '.', '-', '_', '/', '(', ')', '?', ' '];
const SPACES = [' ', '  ', '\u00a0', '\n'];

/** A synonym as a user might have typed it: case, accents, spacing and punctuation all vary. */
const noisyHeader = (synonym: string) =>
  fc
    .record({
      caseMode: fc.constantFrom('upper', 'lower', 'as-is', 'random'),
      seed: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
      accentRate: fc.integer({ min: 0, max: 3 }),
      punctRate: fc.integer({ min: 0, max: 3 }),
      before: fc.constantFrom('', ' ', '*', '('),
      after: fc.constantFrom('', ':', ' *', ')', '?', ' \n'),
    })
    .map(({ caseMode, seed, accentRate, punctRate, before, after }) => {
      let out = '';
      [...synonym].forEach((ch, i) => {
        const r = seed[i % seed.length]!;
        let c = ch;
        if (c === ' ') c = SPACES[r % SPACES.length]!;
        const accents = ACCENTS[c.toLowerCase()];
        if (accents && r % 4 < accentRate) c = accents[r % accents.length]!;
        if (caseMode === 'upper' || (caseMode === 'random' && r % 2 === 0)) c = c.toUpperCase();
        if (caseMode === 'lower') c = c.toLowerCase();
        out += c;
        if (i < synonym.length - 1 && r % 7 < punctRate) out += PUNCTUATION[r % PUNCTUATION.length];
      });
      return `${before}${out}${after}`;
    });

const layout = fc
  .shuffledSubarray([...TILTAK_FIELDS], { minLength: 4 })
  .filter((fields) => fields.some((f) => f.required))
  .chain((fields) =>
    fc.record({
      fields: fc.constant(fields),
      headers: fc.tuple(...fields.map((f: TiltakFieldSpec) => fc.constantFrom(...f.synonyms).chain(noisyHeader))),
      titleRows: fc.array(
        fc.constantFrom<CellValue[]>(['Behovsmelding 2024'], [], ['Tiltak i kommunen'], [null, 'Fase og ordning'], ['Kontakt: Kari', 2024]),
        {
          maxLength: 6,
        },
      ),
      padding: fc.integer({ min: 0, max: 5 }),
      originCol: fc.integer({ min: 0, max: 3 }),
      decoyFirst: fc.boolean(),
    }),
  );

describe('header detection, for any layout', () => {
  it('recovers every field column whatever the order, spelling noise, title rows, offset and decoy sheet', () => {
    fc.assert(
      fc.property(layout, ({ fields, headers, titleRows, padding, originCol, decoyFirst }) => {
        const pad = (row: CellValue[]) => [...Array<CellValue>(padding).fill(null), ...row];
        const cells = [...titleRows, pad(headers), pad(fields.map((_, i) => `verdi ${i}`)), pad(fields.map(() => null))];
        const real = sheet('Tiltak', cells, { origin: { row: 0, col: originCol } });
        const decoy = sheet('Oversikt', [
          ['Tiltak', 'Fase', 'Ordning', 'Kommentar'],
          ['a', 'b', 'c', 'd'],
        ]);
        const t = readOk({ sheets: decoyFirst ? [decoy, real] : [real, decoy] });
        const expected = Object.fromEntries(fields.map((f, i) => [f.key, columnLetter(originCol + padding + i)]));
        expect(columns(t.mapping)).toEqual(expected);
        expect(t.sheet).toBe('Tiltak');
        expect(t.headerRow).toBe(titleRows.length + 1);
        expect(t.rows).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });
});
