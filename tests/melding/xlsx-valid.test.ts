/**
 * Every workbook the program writes (the melding, the overview and the template) opens in Excel
 * without a repair, and carries the user's text unchanged: tests/workbook-rules.ts checks the package, our
 * own reader (which decodes `_xHHHH_` as Excel does) reads the text back.
 */
import ExcelJS from 'exceljs';
import { buildOversikt } from '../../src/domain/oversikt/build';
import { PROFILES } from '../../src/domain/profiles';
import { summarizeFile } from '../../src/domain/oversikt/summarize';
import type { Profile } from '../../src/domain/profile';
import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { templateSpec } from '../../src/sheet/template/template';
import type { CellValue } from '../../src/table/grid';
import { writeMeldingOnlyWorkbook } from '../../src/xlsx/melding-workbook';
import { writeOversiktWorkbook } from '../../src/xlsx/oversikt-workbook';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { writeTemplateWorkbook } from '../../src/xlsx/template-workbook';
import { workbookProblems } from '../workbook-rules';
import { buildDoc, KN, manyRows, OV, REALISTIC_ROWS } from './fixtures';

/** Text Excel and XML make hard: apostrophes, things that look like escapes, characters XML cannot carry. */
const HOSTILE = {
  partnership: "Bob's _xFFFF_ plan \u0001\uFFFF",
  title: 'Lesing _x0041_ og _X00e5_ \u0007 \u007f \uFFFE \uD800 😀 slutt',
  description: 'Linje 1\r\nLinje 2\ttab \u000b\u000c \uDC00 _x005F_',
};

/** Every string of the workbook as our reader gives it back. */
async function texts(xlsx: Uint8Array): Promise<Set<string>> {
  const grid = await readWorkbookGrid(xlsx);
  const all = grid.sheets.flatMap((s) => s.cells.flat()).filter((v: CellValue): v is string => typeof v === 'string');
  return new Set(all);
}

describe('melding workbooks open without repair and keep the text', () => {
  it.each([
    ['the realistic melding', () => buildDoc()],
    ['a long melding (print titles)', () => buildDoc(manyRows(60))],
    [
      'two partnerships with hostile names and texts',
      () =>
        buildDoc([
          { ...REALISTIC_ROWS[0]!, partnerskap: HOSTILE.partnership, tittel: HOSTILE.title, beskrivelse: HOSTILE.description },
          { ...REALISTIC_ROWS[1]!, partnerskap: "Ann's ' skole'" },
        ]),
    ],
    [
      'a melding per tiltak named after the tiltak',
      () =>
        buildDoc(
          [
            { ...REALISTIC_ROWS[0]!, tittel: "Bob's plan" },
            { ...REALISTIC_ROWS[1]!, tittel: 'History' },
            { ...REALISTIC_ROWS[1]!, tittel: `${'x'.repeat(30)}😀 ${HOSTILE.title}` },
          ],
          { profile: OV },
        ),
    ],
  ])('%s', async (_, make) => {
    const doc = make();
    const xlsx = await writeMeldingOnlyWorkbook(doc, nb);
    expect(await workbookProblems(xlsx)).toEqual([]);
    const read = await texts(xlsx);
    for (const m of doc.meldinger) {
      expect(read).toContain(m.title);
      for (const t of m.tiltak) for (const text of [t.tittel, t.beskrivelse]) expect(read).toContain(text);
    }
  });
});

describe('overview workbooks open without repair and keep the text', () => {
  it('with hostile file and partnership names and an ordning name of 300 characters', async () => {
    const long = 'Regional ordning for kompetanseutvikling i barnehage og skole «*?~» '.repeat(5).slice(0, 300);
    const profile: Profile = {
      ...KN,
      vocabulary: { ...KN.vocabulary, ordninger: KN.vocabulary.ordninger.map((o) => (o.key === 'regional' ? { ...o, name: long } : o)) },
    };
    const doc = buildDoc(
      [
        { ...REALISTIC_ROWS[0]!, ordning: 'regional', partnerskap: HOSTILE.partnership, tittel: HOSTILE.title },
        { ...REALISTIC_ROWS[1]!, ordning: 'desentralisert' },
      ],
      { profile },
    );
    const files = [`innsendt/Bob's _x0041_ \u0002fil.xlsx`, 'innsendt/vanlig.xlsx'];
    const results = files.map((file) => ({
      ok: true as const,
      checked: summarizeFile(
        file,
        doc,
        doc.meldinger.flatMap((m) => m.findings),
      ),
    }));
    const oversikt = buildOversikt(
      { profile, reason: 'given' },
      '2023-11-01',
      [...results, { ok: false, file: 'innsendt/\uFFFFødelagt.xlsx', message: 'Kan ikke leses.', status: 'unusable' }],
      nb,
    );
    const xlsx = await writeOversiktWorkbook(oversikt, nb);
    expect(await workbookProblems(xlsx)).toEqual([]);
    const read = await texts(xlsx);
    for (const text of [...files, 'innsendt/\uFFFFødelagt.xlsx', HOSTILE.partnership]) expect(read).toContain(text);
    expect([...read].some((t) => t.startsWith('Regional ordning for kompetanseutvikling') && t.length === 300)).toBe(true);
  });
});

describe('template workbooks open without repair', () => {
  const created = new Date('2026-12-01T00:00:00Z');
  it.each(PROFILES.flatMap((p) => (['nb', 'nn'] as const).map((language) => [p.id, language, p] as const)))(
    '%s (%s)',
    async (_id, language, profile) => {
      const xlsx = await writeTemplateWorkbook(templateSpec(profile, { kind: 'builtin', id: profile.id }, textsFor(language)), created);
      expect(await workbookProblems(xlsx)).toEqual([]);
    },
  );

  it('from a profile file with long and hostile names', async () => {
    const long = (base: string) => `${base} ${'for kompetanseutvikling i barnehage og skole '.repeat(4)}`.trim();
    const profile: Profile = {
      ...KN,
      name: `Bob's _xFFFF_ runde \u0001 ${'x'.repeat(200)}`,
      vocabulary: {
        ...KN.vocabulary,
        ordninger: KN.vocabulary.ordninger.map((o) => ({ ...o, name: long(o.name), label: long(o.label) })),
        faser: KN.vocabulary.faser.map((f) => ({ ...f, name: long(f.name), label: long(`${f.label} "sitat", komma`) })),
      },
    };
    const xlsx = await writeTemplateWorkbook(templateSpec(profile, { kind: 'file', json: JSON.stringify(profile) }, nb), created);
    expect(await workbookProblems(xlsx)).toEqual([]);
  });
});

describe('workbookProblems finds what Excel would repair', () => {
  it('in a workbook exceljs writes as it is', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bob's plan");
    ws.getCell('A1').value = 'tittel \uFFFF';
    ws.getCell('A2').value = 'tittel _x0041_';
    ws.getCell('A3').value = { formula: `COUNTIF(B1:B9,"${'x'.repeat(300)}")`, result: 0 };
    ws.pageSetup.printArea = 'A1:B3';
    ws.getCell('B1').dataValidation = {
      type: 'list',
      formulae: [`"${Array.from({ length: 30 }, (_, i) => `valg nummer ${i}`).join(',')}"`],
      showInputMessage: true,
      promptTitle: 'En overskrift som er altfor lang for Excel',
      prompt: 'p'.repeat(256),
      showErrorMessage: true,
      error: 'e'.repeat(225),
    };
    const problems = await workbookProblems(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(problems).toEqual([
      expect.stringMatching(/^xl\/sharedStrings\.xml is not well-formed XML: .*invalid Char value 65535/),
      expect.stringMatching(/^defined name _xlnm\.Print_Area: «'Bob's plan'!\$A1:\$B3» is not a list of references/),
      'xl/worksheets/sheet1.xml: a string in a formula has 300 characters (at most 255)',
      'xl/worksheets/sheet1.xml: the validation of B1: its promptTitle has 42 characters (at most 32)',
      'xl/worksheets/sheet1.xml: the validation of B1: its prompt has 256 characters (at most 255)',
      'xl/worksheets/sheet1.xml: the validation of B1: its error has 225 characters (at most 224)',
      'xl/worksheets/sheet1.xml: the validation of B1 has an inline list of 439 characters (at most 255)',
      'xl/sharedStrings.xml: Excel reads «_x0041_» in a text as «A»',
    ]);
  });
});
