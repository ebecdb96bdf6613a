import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { findProfile, PROFILES } from '../../src/domain/profiles';
import type { Profile } from '../../src/domain/profile';
import type { StoredProfileRef } from '../../src/domain/profile-choice';
import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { templateSpec } from '../../src/sheet/template/template';
import { checkWorkbookChoosing, profileCarriedBy } from '../../src/table/check';
import { join } from 'node:path';
import { openWorkbookFile } from '../../src/xlsx/open';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { writeTemplateWorkbook } from '../../src/xlsx/template-workbook';

const K26 = findProfile('kollektiv-kompetanseutvikling-2026')!;
const KN24 = findProfile('kompetansenettverk-2024')!;
const CREATED = new Date('2026-12-01T00:00:00Z');

async function template(profile: Profile, stored: StoredProfileRef = { kind: 'builtin', id: profile.id }, language: 'nb' | 'nn' = 'nb') {
  return writeTemplateWorkbook(templateSpec(profile, stored, textsFor(language)), CREATED);
}

function check(bytes: Uint8Array, today: string) {
  const result = checkWorkbookChoosing(readWorkbookGridSync(bytes), { profiles: PROFILES, today, texts: nb });
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A correct tiltak, by header, for any built-in round. */
const CORRECT: Record<string, ExcelJS.CellValue> = {
  'Nr.': '1',
  Tiltak: 'Lesing i alle fag',
  Ordning: 'regional',
  Fase: 'gjennomføring',
  Beskrivelse: 'Skolebasert arbeid med lesing i alle fag',
  'Hvem gjør hva': 'Kommunen organiserer, UH veileder teamene',
  Eiere: 'Drammen, Lier',
  UH: 'Universitetet i Sørøst-Norge',
  'UH/fagskole': 'Universitetet i Sørøst-Norge',
  Målgruppe: 'barnehage, skole',
  Enheter: 'Åssiden skole',
  'Tilskudd eier': 100000,
  'Tilskudd UH': 50000,
  Koordinator: 10000,
  'Begrunnelse koordinator': 'To kommuner og seks skoler må samordnes',
  Start: new Date(Date.UTC(2024, 7, 1)),
  Slutt: new Date(Date.UTC(2025, 5, 20)),
  Forankring: 'Ansatte og ledere har kartlagt behovet sammen med UH',
  'Kollektive prosesser': 'Hele personalet arbeider i lærende team hver uke',
  'Styrker lærerutdanningen': 'Studenter har praksis i tiltaket hele året',
  Egenandel: 20000,
};

const PARTNERSHIP: Record<string, ExcelJS.CellValue> = {
  Partnerskap: 'Vest',
  Eiere: 'Drammen, Lier',
  UH: 'Universitetet i Sørøst-Norge',
  Organisasjonsnummer: '974760673',
  Kontaktperson: 'Kari Nordmann',
  'E-post': 'kari.nordmann@drammen.kommune.no',
  Telefon: '32 04 00 00',
  'Skriftlig avtale': 'Ja',
  Avtaledato: new Date(Date.UTC(2024, 5, 1)),
  'Avtale – hvem': 'Drammen, Lier og USN',
  'Avtale – hva': 'Lesing i alle fag',
  'Avtale – når': '2024–2025',
  'Ansatte og tillitsvalgte involvert': 'Ja',
};

/** The template filled in with exceljs, as a user would fill it in Excel: row 2 and column B. */
async function filled(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const tiltak = wb.getWorksheet('Tiltak')!;
  tiltak.getRow(1).eachCell((cell, col) => {
    const value = CORRECT[String(cell.value)];
    if (value === undefined) throw new Error(`no value for ${String(cell.value)}`);
    tiltak.getCell(2, col).value = value;
  });
  const partnership = wb.getWorksheet('Partnerskap')!;
  partnership.getColumn(1).eachCell((cell, row) => {
    if (row > 1) partnership.getCell(row, 2).value = PARTNERSHIP[String(cell.value)]!;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('a new template, read back through our own reader', () => {
  it.each(PROFILES.map((p) => [p.id, p] as const))(
    '%s: no finding but «no tiltak yet», with the profile it carries',
    async (_id, profile) => {
      // A day before every built-in deadline: the round is open.
      const result = check(await template(profile), '2023-12-01');
      expect(result.choice).toMatchObject({ basis: 'stored', profile: { id: profile.id } });
      expect(result.table).toMatchObject({ sheet: 'Tiltak', headerRow: 1, rows: [] });
      expect(result.findings.map((f) => [f.rule, f.severity, f.cells])).toEqual([['no-measures', 'info', ['B2']]]);
    },
  );

  it('filled with a correct tiltak, a 2024 template is clean', async () => {
    const result = check(await filled(await template(KN24)), '2023-12-01');
    expect(result.table.rows).toHaveLength(1);
    expect(result.findings).toEqual([]);
  });

  it('filled with a correct tiltak, a 2026 template says only that its round is foreløpig', async () => {
    const result = check(await filled(await template(K26)), '2026-12-01');
    expect(result.findings.map((f) => f.rule)).toEqual(['profile-preliminary']);
  });

  it('carries a profile loaded from a file whole, and its language', async () => {
    const own = { ...K26, id: 'vestland-2026', name: 'Vestland 2026' };
    const bytes = await template(own, { kind: 'file', json: JSON.stringify(own) }, 'nn');
    const grid = readWorkbookGridSync(bytes);
    expect(profileCarriedBy(grid)).toEqual({ stored: { kind: 'file', json: JSON.stringify(own) }, language: 'nn' });
    expect(check(bytes, '2026-12-01').choice).toMatchObject({ basis: 'stored', profile: { id: 'vestland-2026' } });
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Tiltak', false],
      ['Partnerskap', false],
      ['Rettleiing', false],
      ['Behovsmelding_profil', true],
    ]);
  });

  it('yields to the profile the user chose in the pane', async () => {
    const result = checkWorkbookChoosing(readWorkbookGridSync(await template(K26)), {
      profiles: PROFILES,
      today: '2023-12-01',
      texts: nb,
      stored: { kind: 'builtin', id: 'kompetansenettverk-2024' },
    });
    expect(result.choice.profile.id).toBe('kompetansenettverk-2024');
  });
});

describe('the template after LibreOffice saved it (fixtures/make-libreoffice.sh)', () => {
  it.each(['lo-mal-oslo-viken.xlsx', 'lo-mal-oslo-viken.ods'])('%s still carries its profile and reads as an empty table', async (name) => {
    const opened = await openWorkbookFile(join(__dirname, 'fixtures', name));
    if (!opened.ok) throw new Error(opened.message);
    expect(profileCarriedBy(opened.grid)).toEqual({ stored: { kind: 'builtin', id: 'oslo-viken-2024' }, language: 'nb' });
    const result = checkWorkbookChoosing(opened.grid, { profiles: PROFILES, today: '2024-01-15', texts: nb });
    expect(result.choice.profile.id).toBe('oslo-viken-2024');
    expect(result.ok && result.findings.map((f) => f.rule)).toEqual(['no-measures']);
  });
});

describe('the file as Excel reads it', () => {
  const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&gt;/g, '>')
      .replace(/&lt;/g, '<')
      .replace(/&amp;/g, '&');

  /** Every <dataValidation> of a worksheet part: its attributes and formulas, entities decoded. */
  function dataValidations(xml: string) {
    return [
      ...xml.matchAll(
        /<dataValidation ([^>]*?)\/?>(?:<formula1>([^<]*)<\/formula1>(?:<formula2>([^<]*)<\/formula2>)?<\/dataValidation>)?/g,
      ),
    ].map((m) => ({
      ...Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2]!)])),
      formula1: m[2] === undefined ? undefined : decode(m[2]),
      formula2: m[3] === undefined ? undefined : decode(m[3]),
    }));
  }

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s: the sheets’ dataValidations are the spec’s, rule by rule', async (_id, profile) => {
    const spec = templateSpec(profile, { kind: 'builtin', id: profile.id }, textsFor('nb'));
    const bytes = await writeTemplateWorkbook(spec, CREATED);
    spec.sheets.forEach((sheet, i) => {
      const inFile = dataValidations(part(bytes, `xl/worksheets/sheet${i + 1}.xml`));
      expect(inFile).toHaveLength(sheet.validations.length);
      for (const v of sheet.validations) {
        const dv = inFile.find((d) => d.sqref === v.range)!;
        expect(dv).toMatchObject({ showInputMessage: '1', promptTitle: v.prompt.title, prompt: v.prompt.message });
        const rule = v.rule;
        const expected =
          rule.kind === 'any'
            ? { formula1: undefined }
            : rule.kind === 'list'
              ? { type: 'list', formula1: `"${rule.values.join(',')}"` }
              : rule.kind === 'wholeNumber'
                ? { type: 'whole', operator: 'greaterThanOrEqual', formula1: String(rule.min) }
                : rule.kind === 'date'
                  ? { type: 'date', formula1: '32874', formula2: '73415' }
                  : { type: 'custom', formula1: rule.formula };
        expect(dv).toMatchObject(expected);
        // An input message alone: no type attribute, Excel's "Any value".
        if (rule.kind === 'any') expect('type' in dv).toBe(false);
        if (v.error)
          expect(dv).toMatchObject({ showErrorMessage: '1', errorStyle: v.error.style, errorTitle: v.error.title, error: v.error.message });
      }
    });
  });

  it('freezes the header, makes the Tiltak sheet an Excel Table and hides the profile from Excel’s Unhide list', async () => {
    const bytes = await template(K26);
    expect(part(bytes, 'xl/worksheets/sheet1.xml')).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const table = part(bytes, 'xl/tables/table1.xml');
    expect(table).toMatch(/<table [^>]*name="Tiltakstabell" displayName="Tiltakstabell" ref="A1:P2"/);
    expect(table).toContain('<tableColumn id="7" name="UH/fagskole"');
    expect(part(bytes, 'xl/workbook.xml')).toContain('<sheet sheetId="4" name="Behovsmelding_profil" state="veryHidden"');
  });
});
