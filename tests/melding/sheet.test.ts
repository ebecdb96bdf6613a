import { nb } from '../../src/i18n';
import { estimateRowHeight, meldingSheetSpec } from '../../src/sheet/melding-sheet';
import { freeSheetNames, generatedSheetNames, GENERATED_MARKER } from '../../src/sheet/generated';
import { looksLikeFormula, NOK_FORMAT, PERCENT_FORMAT, type SheetSpec, type SheetValue } from '../../src/sheet/spec';
import { parseAddress } from '../../src/table/grid';
import { GOOD_ROW } from '../domain/builders';
import { evaluate, type Scalar } from './formula';
import { buildDoc, KN, manyRows, OV, REALISTIC_ROWS } from './fixtures';

const doc = buildDoc();
const melding = doc.meldinger[0]!;
const spec = meldingSheetSpec(melding, doc, nb);

const cellMap = (s: SheetSpec) => new Map(s.cells.map((c) => [c.address, c]));
const valueAt = (s: SheetSpec, address: string) => cellMap(s).get(address)?.value;
/** Address of the first cell whose value is exactly `text` (in column A when `inA`). */
const find = (s: SheetSpec, text: string, inA = false) =>
  s.cells.find((c) => c.value === text && (!inA || /^A\d/.test(c.address)))?.address;
/** The value next to a label of a label/value block. */
const labelled = (s: SheetSpec, label: string) =>
  valueAt(s, right(s.cells.find((c) => c.value === label && c.style === 'label')!.address, 3));
const rowOf = (address: string) => parseAddress(address)!.row + 1;
const right = (address: string, by: number) => {
  const { row, col } = parseAddress(address)!;
  return `${String.fromCharCode(65 + col + by)}${row + 1}`;
};

/** Every formula recomputed from the sheet's own values, with cells overridden by `edits`. */
function recompute(s: SheetSpec, edits: Record<string, Scalar> = {}): Map<string, Scalar> {
  const cells = cellMap(s);
  const memo = new Map<string, Scalar>();
  const lookup = (address: string): Scalar => {
    if (address in edits) return edits[address]!;
    if (memo.has(address)) return memo.get(address)!;
    const v: SheetValue | undefined = cells.get(address)?.value;
    const result = v === undefined || v === null ? null : typeof v === 'object' ? evaluate(v.formula, lookup) : v;
    memo.set(address, result);
    return result;
  };
  return new Map(s.cells.filter((c) => typeof c.value === 'object' && c.value !== null).map((c) => [c.address, lookup(c.address)]));
}

describe('melding sheet spec: content', () => {
  it('opens with the title, profile, ordning, date and a complete status', () => {
    expect(valueAt(spec, 'A1')).toBe('Behovsmelding – Vest-Viken – desentralisert ordning');
    expect(valueAt(spec, right(find(spec, 'Profil')!, 3))).toBe(`${KN.name}, versjon ${KN.version}`);
    expect(valueAt(spec, right(find(spec, 'Ordning')!, 3))).toBe('Desentralisert ordning');
    expect(valueAt(spec, right(find(spec, 'Generert')!, 3))).toBe('1.11.2023');
    const status = cellMap(spec).get(right(find(spec, 'Status')!, 3))!;
    expect(status).toMatchObject({ value: 'Komplett – ingen feil', style: 'statusFinal' });
    expect(spec.page.header).toEqual({});
  });

  it('lists the partnership facts, the agreement and the involvement', () => {
    const facts = Object.fromEntries(
      [
        'Partnerskap',
        'Eiere',
        'UH',
        'Organisasjonsnummer',
        'Kontaktperson',
        'E-post',
        'Telefon',
        'Skriftlig avtale',
        'Avtaledato',
        'Avtale – hvem',
        'Avtale – hva',
        'Avtale – når',
        'Ansatte og tillitsvalgte involvert',
      ].map((label) => [label, labelled(spec, label)]),
    );
    expect(facts).toEqual({
      Partnerskap: 'Vest-Viken',
      Eiere: 'Drammen, Lier',
      UH: 'Universitetet i Sørøst-Norge',
      Organisasjonsnummer: '974760673',
      Kontaktperson: 'Kari Nordmann',
      'E-post': 'kari@drammen.kommune.no',
      Telefon: '32 04 70 00',
      'Skriftlig avtale': 'Ja',
      Avtaledato: '12.10.2023',
      'Avtale – hvem': 'Drammen, Lier og USN',
      'Avtale – hva': 'Lesing og skolebasert kompetanseutvikling',
      'Avtale – når': '2024–2025',
      'Ansatte og tillitsvalgte involvert': 'Ja',
    });
  });

  it('writes a tiltak table with one row per tiltak and NOK amounts', () => {
    const header = rowOf(find(spec, 'Nr.')!);
    const headers = 'ABCDEFGHIJKLM'.split('').map((c) => valueAt(spec, `${c}${header}`));
    expect(headers).toEqual([
      'Nr.',
      'Tiltak',
      'Fase',
      'Hva som gjøres',
      'Hvem gjør hva',
      'Tilskudd eier',
      'Tilskudd UH',
      'Sum',
      'Koordinator',
      'Egenandel',
      'Start',
      'Slutt',
      'Flerårig',
    ]);
    const first = header + 1;
    const row = (c: string) => cellMap(spec).get(`${c}${first}`)!;
    expect(row('B').value).toBe('Lesing i alle fag på mellomtrinnet');
    expect(row('C').value).toBe('Gjennomføring av kompetansetiltak');
    expect(row('E').value).toContain('USN holder samlinger');
    expect([row('F').value, row('G').value, row('I').value, row('J').value]).toEqual([400000, 250000, 60000, 130000]);
    expect(row('H').value).toEqual({ formula: `SUM(F${first}:G${first})`, result: 650000 });
    expect([row('K').value, row('L').value, row('M').value]).toEqual(['høst 2024', 'vår 2025', 'Nei']);
    expect(spec.styles[row('F').style].numberFormat).toBe(NOK_FORMAT);
    expect(NOK_FORMAT).toBe('#,##0 "kr"');
    expect(valueAt(spec, `B${first + 1}`)).toBe('Vurdering for læring – ungdomstrinnet');
  });

  it('sums the table with live formulas whose cached results match', () => {
    const totals = rowOf(find(spec, 'Sum', true)!);
    const header = rowOf(find(spec, 'Nr.')!);
    const [a, b] = [header + 1, header + REALISTIC_ROWS.length];
    expect('FGHIJ'.split('').map((c) => valueAt(spec, `${c}${totals}`))).toEqual([
      { formula: `SUM(F${a}:F${b})`, result: 700000 },
      { formula: `SUM(G${a}:G${b})`, result: 450000 },
      { formula: `SUM(H${a}:H${b})`, result: 1150000 },
      { formula: `SUM(I${a}:I${b})`, result: 60000 },
      { formula: `SUM(J${a}:J${b})`, result: 220000 },
    ]);
    expect(melding.totals).toMatchObject({ tilskuddEier: 700000, tilskuddUh: 450000, koordinator: 60000, egenandel: 220000 });
  });

  it('shows each share against its cap as formulas over the totals, with OK or a warning text', () => {
    const koord = rowOf(find(spec, 'Koordinator av eiers midler')!);
    const fler = rowOf(find(spec, 'Flerårige tiltak av samlet tilskudd')!);
    const egen = rowOf(find(spec, 'Egenandel av eiers midler')!);
    const totals = rowOf(find(spec, 'Sum', true)!);
    expect(valueAt(spec, `F${koord}`)).toEqual({ formula: `I${totals}`, result: 60000 });
    expect(valueAt(spec, `G${koord}`)).toEqual({ formula: `F${totals}`, result: 700000 });
    expect(valueAt(spec, `H${koord}`)).toEqual({ formula: `IF(G${koord}>0,F${koord}/G${koord},"")`, result: 60000 / 700000 });
    expect(valueAt(spec, `I${koord}`)).toBe(0.3);
    expect(valueAt(spec, `J${koord}`)).toMatchObject({ result: 'OK' });
    expect(valueAt(spec, `I${fler}`)).toBe(0.5);
    expect(valueAt(spec, `I${egen}`)).toBe(0.3);
    expect(spec.styles[cellMap(spec).get(`H${koord}`)!.style].numberFormat).toBe(PERCENT_FORMAT);
    expect(spec.styles[cellMap(spec).get(`I${koord}`)!.style].numberFormat).toBe('"maks "0 %');
    expect(spec.styles[cellMap(spec).get(`I${egen}`)!.style].numberFormat).toBe('"min. "0 %');
    expect(spec.conditionalFormats.map((c) => c.containsText)).toEqual(['Over grensen', 'Under grensen']);
  });

  it('recomputes every formula to its cached result, and follows a user edit', () => {
    const computed = recompute(spec);
    for (const cell of spec.cells) {
      if (typeof cell.value === 'object' && cell.value !== null)
        expect([cell.address, computed.get(cell.address)]).toEqual([cell.address, cell.value.result]);
    }
    // The user raises the coordinator amount of the first tiltak above the 30 % cap.
    const header = rowOf(find(spec, 'Nr.')!);
    const koord = rowOf(find(spec, 'Koordinator av eiers midler')!);
    const edited = recompute(spec, { [`I${header + 1}`]: 300000 });
    expect(edited.get(`F${koord}`)).toBe(300000);
    expect(edited.get(`J${koord}`)).toBe('Over grensen');
  });

  it('counts only multi-year tiltak in the multi-year share, and omits the egenandel cap where the scheme has none', () => {
    const d = buildDoc([
      { ...REALISTIC_ROWS[1]!, ordning: 'regional', slutt: { from: '2026-01-01', to: '2026-06-30' } },
      { ...REALISTIC_ROWS[1]!, ordning: 'regional' },
    ]);
    const s = meldingSheetSpec(d.meldinger[0]!, d, nb);
    const fler = rowOf(find(s, 'Flerårige tiltak av samlet tilskudd')!);
    expect(valueAt(s, `F${fler}`)).toMatchObject({ formula: expect.stringMatching(/^SUMIF\(M\d+:M\d+,"Ja",H\d+:H\d+\)$/), result: 500000 });
    expect(valueAt(s, `J${fler}`)).toMatchObject({ result: 'OK' });
    expect(find(s, 'Egenandel av eiers midler')).toBeUndefined();
    const computed = recompute(s);
    expect(computed.get(`H${fler}`)).toBe(0.5);
  });

  it('gives the criteria of each tiltak, the coordinator justification and marks empty ones', () => {
    const heading = rowOf(find(spec, '1. Lesing i alle fag på mellomtrinnet')!);
    const labels = [1, 2, 3, 4, 5].map((k) => valueAt(spec, `A${heading + k}`));
    expect(labels).toEqual([
      'Forankring',
      'Kollektive prosesser',
      'Styrking av lærerutdanningen',
      'Begrunnelse for koordinator',
      'Målgruppe',
    ]);
    expect(valueAt(spec, `D${heading + 1}`)).toContain('Tillitsvalgte deltok');
    expect(spec.rowHeights[heading + 1]).toBeGreaterThan(15);
    expect(spec.merges).toContain(`D${heading + 1}:M${heading + 1}`);
    expect(spec.styles[cellMap(spec).get(`D${heading + 1}`)!.style].wrap).toBe(true);

    const d = buildDoc([{ ...GOOD_ROW, kollektiv: undefined }]);
    const s = meldingSheetSpec(d.meldinger[0]!, d, nb);
    const empty = cellMap(s).get(right(find(s, 'Kollektive prosesser')!, 3))!;
    expect(empty).toMatchObject({ value: 'Ikke fylt ut', style: 'missing' });
  });
});

describe('melding sheet spec: drafts and findings', () => {
  const draftDoc = buildDoc([
    { ...REALISTIC_ROWS[0]!, tilskuddUh: { kind: 'invalid', raw: 'ca. 5000', reason: 'unreadable' } },
    { ...REALISTIC_ROWS[1]!, forankring: undefined },
  ]);
  const draft = draftDoc.meldinger[0]!;
  const s = meldingSheetSpec(draft, draftDoc, nb);

  it('marks a melding with errors as a draft in the title block and on every printed page', () => {
    expect(draft.errors).toBeGreaterThan(0);
    const status = cellMap(s).get(right(find(s, 'Status')!, 3))!;
    expect(status).toMatchObject({ value: `UTKAST – ikke komplett (${draft.errors} feil)`, style: 'statusDraft' });
    expect(s.styles.statusDraft.fill).toBe('C00000');
    expect(s.page.header.center).toContain(`UTKAST – ikke komplett (${draft.errors} feil)`);
    expect(s.cells.some((c) => c.value === 'Komplett – ingen feil')).toBe(false);
  });

  it('shows an unreadable amount as such and leaves it out of the sums', () => {
    const header = rowOf(find(s, 'Nr.')!);
    expect(cellMap(s).get(`G${header + 1}`)).toMatchObject({ value: 'Kan ikke leses', style: 'unreadable' });
    expect(valueAt(s, `H${header + 1}`)).toEqual({ formula: `SUM(F${header + 1}:G${header + 1})`, result: 400000 });
    expect(recompute(s).get(`H${header + 1}`)).toBe(400000);
  });

  it('lists the findings with severity, cells, message, hint and source', () => {
    const head = rowOf(find(s, 'Alvorlighet')!);
    const rows = draft.findings.map((_, k) => head + 1 + k);
    expect(rows.map((r) => valueAt(s, `A${r}`))).toEqual(
      draft.findings.map((f) => ({ error: 'Feil', warning: 'Advarsel', info: 'Råd' })[f.severity]),
    );
    expect(rows.map((r) => valueAt(s, `D${r}`))).toEqual(draft.findings.map((f) => f.message));
    expect(valueAt(s, `C${rows[0]!}`)).toMatch(/^Tiltak!/);
    expect(valueAt(s, `F${rows[0]!}`)).toBe(draft.findings[0]!.hint ?? '');
    const source = draft.findings[0]!.source!;
    expect(valueAt(s, `J${rows[0]!}`)).toBe(`${source.title}: «${source.quote}»`);
    expect(rows.every((r) => String(valueAt(s, `J${r}`)).length > 0)).toBe(true);
  });
});

describe('melding sheet spec: text stays text', () => {
  it('never turns text starting with =, +, - or @ into a formula', () => {
    const tricky = ['=HYPERLINK("http://x","klikk")', '+47 99 99 99 99', '- kollektivt arbeid i team', '@kari sjekker'];
    const d = buildDoc([{ ...GOOD_ROW, tittel: tricky[0], beskrivelse: tricky[1], ansvar: tricky[2], forankring: tricky[3] }], {
      partnership: { kontaktperson: '=1+1' },
    });
    const s = meldingSheetSpec(d.meldinger[0]!, d, nb);
    for (const text of [...tricky, '=1+1']) {
      const cell = s.cells.find((c) => c.value === text);
      expect([text, typeof cell?.value]).toEqual([text, 'string']);
    }
    const formulas = s.cells.flatMap((c) => (typeof c.value === 'object' && c.value !== null ? [c.value.formula] : []));
    expect(formulas.every((f) => /^(SUM|SUMIF|IF|[FGHIJ]\d+)/.test(f))).toBe(true);
    expect(tricky.every(looksLikeFormula)).toBe(true);
    expect(looksLikeFormula('Lesing')).toBe(false);
  });
});

describe('melding sheet spec: layout and page setup', () => {
  it('prints A4 landscape, one page wide, with a page-numbered footer', () => {
    expect(spec.page).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(spec.page.footer.center).toBe('Side &P av &N');
    expect(spec.page.footer.left).toBe(melding.title);
    const lastRow = Math.max(...spec.cells.map((c) => rowOf(c.address)));
    expect(spec.page.printArea).toBe(`A1:M${lastRow}`);
  });

  it('repeats the tiltak header only when the table may run past its first page, never over the criteria alone', () => {
    // Excel repeats print titles on every page of the sheet: a table that fits needs none.
    expect(spec.page.printTitleRows).toBeUndefined();
    const long = buildDoc(manyRows(30));
    const longSpec = meldingSheetSpec(long.meldinger[0]!, long, nb);
    const header = rowOf(find(longSpec, 'Nr.')!);
    expect(longSpec.page.printTitleRows).toBe(`${header}:${header}`);
  });

  it('escapes & in header and footer text', () => {
    const d = buildDoc([{ ...GOOD_ROW, partnerskap: 'Lier & Drammen' }]);
    expect(meldingSheetSpec(d.meldinger[0]!, d, nb).page.footer.left).toBe('Behovsmelding – Lier && Drammen – desentralisert ordning');
  });

  it('has merges that do not overlap, each anchored on a written cell', () => {
    const covered = new Set<string>();
    for (const range of spec.merges) {
      const [a, b] = range.split(':') as [string, string];
      expect(cellMap(spec).has(a)).toBe(true);
      const from = parseAddress(a)!;
      const to = parseAddress(b)!;
      for (let r = from.row; r <= to.row; r++) {
        for (let c = from.col; c <= to.col; c++) {
          const key = `${r}:${c}`;
          expect(covered.has(key)).toBe(false);
          covered.add(key);
        }
      }
    }
    expect(spec.columnWidths).toHaveLength(13);
  });

  it('estimates taller rows for longer wrapped text', () => {
    expect(estimateRowHeight('kort', 30)).toBe(15);
    const two = estimateRowHeight('x'.repeat(50), 30);
    const four = estimateRowHeight('x'.repeat(120), 30);
    expect(two).toBeGreaterThan(15);
    expect(four).toBeGreaterThan(two);
    expect(estimateRowHeight('a\nb\nc', 30)).toBeGreaterThan(two);
    expect(estimateRowHeight('x'.repeat(100000), 30)).toBe(409);
  });
});

describe('generated marker', () => {
  it('names and references a sheet so both hosts can find it again', () => {
    expect(GENERATED_MARKER.name(0)).toBe('Behovsmelding_generert_1');
    expect(GENERATED_MARKER.isName('Behovsmelding_generert_12')).toBe(true);
    expect(GENERATED_MARKER.isName('Behovsmelding_generert_')).toBe(false);
    expect(GENERATED_MARKER.isName('Min_Behovsmelding_generert_1')).toBe(false);
    for (const sheet of ['Melding Regional ordning', "Barnehagenes' nettverk", 'Tiltak']) {
      expect(GENERATED_MARKER.sheetOf(GENERATED_MARKER.reference(sheet))).toBe(sheet);
      expect(GENERATED_MARKER.sheetOf(`=${GENERATED_MARKER.reference(sheet)}`)).toBe(sheet);
    }
    expect(GENERATED_MARKER.sheetOf('Tiltak!$A$1')).toBe('Tiltak');
    expect(GENERATED_MARKER.sheetOf("'Tiltak'!$B$2")).toBeNull();
    expect(GENERATED_MARKER.sheetOf("'A'!$A$1,'B'!$A$1")).toBeNull();
    expect(GENERATED_MARKER.sheetOf('#REF!')).toBeNull();
  });

  it('finds the generated sheets among all names', () => {
    const names = [
      { name: 'Behovsmelding_generert_1', reference: "='Melding Regional ordning'!$A$1" },
      { name: 'Behovsmelding_generert_2', reference: '=#REF!$A$1' },
      { name: 'EierMidler', reference: "='Melding Desentralisert ordning'!$A$1" },
    ];
    expect(generatedSheetNames(names)).toEqual(['Melding Regional ordning']);
  });

  it('picks a free name when a user sheet has the melding name', () => {
    expect(freeSheetNames(doc, ['Tiltak', 'melding desentralisert ordning'])).toEqual(['Melding Desentralisert ordn (2)']);
    expect(freeSheetNames(doc, ['Tiltak'])).toEqual(['Melding Desentralisert ordning']);
    const many = buildDoc(
      REALISTIC_ROWS.map((r) => ({ ...r, fylke: 'Akershus' })),
      { profile: OV },
    );
    expect(freeSheetNames(many, ['Melding 1 Lesing i alle fag på'])).toEqual([
      'Melding 1 Lesing i alle fag (2)',
      'Melding 2 Vurdering for læring',
    ]);
  });
});
