import fs from 'node:fs';
import path from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { checkManifest, parseXml, publishedManifest, readManifest, schemaProblems } from '../scripts/check-manifest.js';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST_PATH, 'utf8');
const manifest = readManifest(xml);

/** Width and height read straight from the PNG's IHDR chunk. */
function pixelSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('is a task-pane add-in for Excel that may read and write the workbook', () => {
    expect(manifest.type).toBe('TaskPaneApp');
    expect(manifest.hosts).toEqual(['Workbook']);
    expect(manifest.overridesHost).toBe('Workbook');
    expect(manifest.permissions).toBe('ReadWriteDocument');
    expect(manifest.displayName).toBe('Behovsmelding');
    expect(manifest.defaultLocale).toBe('nb-NO');
    expect(manifest.id).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(manifest.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('asks for no ExcelApi newer than 1.14, where volume-licensed Office 2021 stops', () => {
    const excelApi = manifest.requirements.find((r) => r.name === 'ExcelApi');
    const [major, minor] = (excelApi?.minVersion ?? '').split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeLessThanOrEqual(14);
  });

  it('puts a Behovsmelding group with Valider and Vis panel on the Home tab', () => {
    expect(manifest.groups.map((g) => [g.tab, g.label])).toEqual([['TabHome', 'Behovsmelding']]);
    const [validate, showPane] = manifest.groups[0]?.controls ?? [];
    expect(manifest.groups[0]?.controls).toHaveLength(2);
    expect(validate).toMatchObject({ type: 'Button', label: 'Valider', action: { type: 'ExecuteFunction', functionName: 'validate' } });
    expect(showPane).toMatchObject({
      type: 'Button',
      label: 'Vis panel',
      action: { type: 'ShowTaskpane', sourceLocation: 'https://localhost:3000/taskpane.html' },
    });
    expect(validate?.tooltip).toContain('markerer');
    expect(showPane?.tooltip).toContain('panelet');
    expect(manifest.functionFile).toBe('https://localhost:3000/commands.html');
  });

  it('ships every icon at its pixel size, and refers to each by its size', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pixelSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual([size, size]);
    }
    const referenced = manifest.groups.flatMap((g) => [g, ...g.controls]).flatMap((e) => e.icons);
    expect(referenced.length).toBeGreaterThanOrEqual(9);
    for (const { size, url } of referenced) expect(url).toBe(`https://localhost:3000/assets/icon-${size}.png`);
    expect(manifest.iconUrl).toBe('https://localhost:3000/assets/icon-32.png');
    expect(manifest.highResolutionIconUrl).toBe('https://localhost:3000/assets/icon-64.png');
  });

  it('passes every offline check: ids, resids, URLs in dist/, icon sizes, registered functions', () => {
    expect(checkManifest(ROOT).problems).toEqual([]);
  });

  it('reads the same way in office-addin-manifest', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    expect(info).toMatchObject({
      id: manifest.id,
      displayName: 'Behovsmelding',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      defaultLocale: 'nb-NO',
    });
  });
});

describe('the offline manifest check', () => {
  const problemsWith = (from: string, to: string) => {
    expect(xml).toContain(from);
    return checkManifest(ROOT, { manifestXml: xml.replace(from, to) }).problems;
  };

  it.each([
    [
      'a button calls a function commands.ts does not register',
      '<FunctionName>validate<',
      '<FunctionName>valider<',
      /«valider» er ikke registrert/,
    ],
    [
      'an icon has the wrong size',
      'Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png',
      'Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png',
      /er 32×32, skal være 16×16/,
    ],
    ['a URL points at nothing the build emits', 'assets/icon-80.png"', 'assets/icon-81.png"', /icon-81\.png finnes ikke i dist/],
    [
      'two controls share an id',
      'id="Behovsmelding.ShowPane"',
      'id="Behovsmelding.Validate"',
      /«Behovsmelding\.Validate» brukes to ganger/,
    ],
    ['a resid has no resource', 'resid="Validate.Tooltip"', 'resid="Validate.Tooltipp"', /«?Validate\.Tooltipp.*peker ikke/],
    ['ExcelApi goes past Office 2021', 'MinVersion="1.9"', 'MinVersion="1.15"', /ExcelApi 1\.15/],
    ['the XML is not well-formed', '</Hosts>', '</Hostz>', /Ugyldig XML på linje \d+/],
  ])('finds it when %s', (_case, from, to, expected) => {
    const problems = problemsWith(from, to);
    expect(problems).toHaveLength(problems.filter((p) => expected.test(p)).length);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  it('finds a ribbon function that commands.ts never registers', () => {
    const { problems } = checkManifest(ROOT, { commandsSource: "Office.actions.associate('other', () => {});" });
    expect(problems).toEqual(['FunctionName «validate» er ikke registrert med Office.actions.associate i src/commands/commands.ts.']);
  });

  it('parses attributes, entities and nesting, and names the line of a stray ampersand', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; 2"><!-- c --><b>&lt;ok&gt;</b><c/></a>');
    expect(root).toMatchObject({ name: 'a', attrs: { x: '1 & 2' }, children: [{ name: 'b', text: '<ok>' }, { name: 'c' }] });
    expect(() => parseXml('<a>\n<b>A & B</b></a>')).toThrow('linje 2');
    expect(() => parseXml('<a></a><b/>')).toThrow('etter rotelementet');
  });
});

describe("Microsoft's manifest schema (scripts/manifest-xsd, libxml2 as WebAssembly)", () => {
  it('accepts manifest.xml and the production rewrite of it', async () => {
    const published = publishedManifest(ROOT, xml, 'https://tillegg.example.no/behovsmelding/');
    expect(published).toContain('<SourceLocation DefaultValue="https://tillegg.example.no/behovsmelding/taskpane.html"/>');
    expect(await schemaProblems(xml)).toEqual([]);
    expect(await schemaProblems(published, 'produksjonsmanifestet')).toEqual([]);
  });

  it.each([
    [
      'elements out of order',
      '<ProviderName>Behovsmelding</ProviderName>\n  <DefaultLocale>nb-NO</DefaultLocale>',
      '<DefaultLocale>nb-NO</DefaultLocale>\n  <ProviderName>Behovsmelding</ProviderName>',
      /linje 9\).*DefaultLocale.*This element is not expected.*ProviderName/,
    ],
    [
      'a permission Office does not know',
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>ReadWrite</Permissions>',
      /linje 38\).*'ReadWrite' is not an element of the set/,
    ],
    [
      'a resid longer than 32 characters',
      'resid="Validate.Tooltip"',
      'resid="Validate.Tooltip.For.The.Validate.Button"',
      /has a length of '40'; this exceeds the allowed maximum length of '32'/,
    ],
    [
      'an element the schema does not have',
      '<Hosts>\n    <Host Name="Workbook"/>',
      '<Hosts>\n    <Vert Name="Workbook"/>',
      /Vert.*not expected/,
    ],
  ])('refuses a copy with %s', async (_case, from, to, expected) => {
    expect(xml).toContain(from);
    const problems = await schemaProblems(xml.replace(from, to), 'kopien');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^kopien følger ikke Microsofts skjema \(linje \d+\): /);
    expect(problems[0]).toMatch(expected);
  });
});
