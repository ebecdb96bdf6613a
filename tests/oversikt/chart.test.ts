/**
 * @jest-environment jsdom
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { chartData, MAX_CHART_ROWS } from '../../src/domain/oversikt/chart';
import type { Oversikt, OversiktMelding } from '../../src/domain/oversikt/model';
import { nb } from '../../src/i18n';
import { chartLayout } from '../../src/sheet/oversikt-charts';
import { writeOversiktWorkbook } from '../../src/xlsx/oversikt-workbook';

/** The overview's charts: which meldinger they show, and the chart parts the workbook carries. */
const share = (share: number | null, limit: number | null, ok = true) => ({ share, limit, ok });
function melding(partnerskap: string, eier: number, over = false): OversiktMelding {
  return {
    file: `${partnerskap.toLowerCase()}.xlsx`,
    partnerskap,
    ordning: 'regional',
    ordningNavn: 'Regional ordning',
    tiltak: 2,
    tilskuddEier: eier,
    tilskuddUh: eier / 2,
    shares: { koordinator: share(over ? 0.4 : 0.1, 0.3, !over), flerarig: share(0, 0.5), egenandel: share(null, null) },
    status: over ? 'utkast' : 'komplett',
    errors: over ? 1 : 0,
    warnings: 0,
  };
}
function oversikt(meldinger: OversiktMelding[]): Oversikt {
  return {
    profile: { id: 'kompetansenettverk-2024', name: 'Kompetansenettverk 2024', reason: 'Valgt med --profile.' },
    generated: '2023-11-01',
    files: meldinger.map((m) => ({ file: m.file, ok: true, status: 'used', meldinger: 1, tiltak: m.tiltak })),
    meldinger,
    findings: [],
    felles: [],
    perOrdning: [
      {
        ordning: 'regional',
        ordningNavn: 'Regional ordning',
        meldinger: meldinger.length,
        komplett: meldinger.filter((m) => m.status === 'komplett').length,
        tiltak: meldinger.length * 2,
        tilskuddEier: meldinger.reduce((s, m) => s + m.tilskuddEier, 0),
        tilskuddUh: meldinger.reduce((s, m) => s + m.tilskuddUh, 0),
      },
    ],
    repeats: [],
  };
}

describe('what the charts show', () => {
  test('meldinger over a cap first, then the largest, at most a screenful; caps only where the profile sets one', () => {
    const many = Array.from({ length: 40 }, (_, i) => melding(`P${i}`, 100000 + i * 1000, i === 3));
    const chart = chartData(oversikt(many));
    expect(chart.rows).toHaveLength(MAX_CHART_ROWS);
    expect(chart.of).toBe(40);
    expect(chart.rows.map((r) => r.label).slice(0, 3)).toEqual([
      'P3 – Regional ordning',
      'P39 – Regional ordning',
      'P38 – Regional ordning',
    ]);
    expect(chart.rows[0]).toMatchObject({
      eier: 103000,
      uh: 51500,
      koordinator: 0.4,
      koordinatorMaks: 0.3,
      egenandel: null,
      egenandelMin: null,
    });
    expect(chart.egenandel).toBe(false);
    const layout = chartLayout(chart, 5, 12, 'Oversikt', nb);
    expect(layout.caption).toBe(
      'Diagrammene viser 30 av 40 meldinger: først de som er over en grense, så de med mest midler. Tabellen under har alle.',
    );
    expect(layout.header).toEqual([
      'Melding',
      'Tilskudd eier',
      'Tilskudd UH',
      'Melding',
      'Koordinator',
      'Maks koordinator',
      'Flerårig',
      'Maks flerårig',
    ]);
    // Each chart draws from one rectangle of the block: label column, series by columns.
    expect(layout.charts.map((c) => c.source)).toEqual(['R5:T35', 'U5:Y35']);
  });

  test('a melding left out of the sums (the same melding in another file) is not drawn twice', () => {
    const a = melding('Ringerike', 100000);
    const copy = { ...a, file: 'kopi.xlsx' };
    const of = {
      partnerskap: 'Ringerike',
      ordning: 'regional' as const,
      ordningNavn: 'Regional ordning',
      files: [a.file, copy.file],
      identical: true,
    };
    a.repeat = { of, counted: true };
    copy.repeat = { of, counted: false };
    expect(chartData(oversikt([a, copy])).rows.map((r) => r.label)).toEqual(['Ringerike – Regional ordning']);
  });
});

describe('the charts in the workbook', () => {
  let parts: Record<string, string>;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const bytes = await writeOversiktWorkbook(oversikt([melding('Asker', 200000), melding("Bø & O'Neill", 100000, true)]), nb);
    parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  });

  test('every part is well-formed XML', () => {
    for (const [name, xml] of Object.entries(parts).filter(([n]) => /\.(xml|rels)$/.test(n))) {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      expect([name, doc.getElementsByTagName('parsererror').length]).toEqual([name, 0]);
    }
  });

  test('the Oversikt sheet links a drawing with two bar charts, declared in the content types', () => {
    const sheet = parts['xl/worksheets/sheet1.xml']!;
    const id = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)![1];
    // Where the schema puts it: before the table parts.
    expect(sheet.indexOf('<drawing ')).toBeLessThan(sheet.indexOf('<tableParts'));
    const rels = parts['xl/worksheets/_rels/sheet1.xml.rels']!;
    expect(rels).toContain(
      `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );
    expect(rels.match(new RegExp(`Id="${id}"`, 'g'))).toHaveLength(1);
    expect(parts['xl/drawings/_rels/drawing1.xml.rels']).toContain('Target="../charts/chart2.xml"');
    for (const part of ['/xl/drawings/drawing1.xml', '/xl/charts/chart1.xml', '/xl/charts/chart2.xml'])
      expect(parts['[Content_Types].xml']).toContain(`PartName="${part}"`);
    expect(parts['xl/charts/chart1.xml']).toContain('<c:grouping val="stacked"/>');
    expect(parts['xl/charts/chart2.xml']).toContain('<c:grouping val="clustered"/>');
  });

  test('the series are bound to the cells beside the table, which hold what the chart caches', () => {
    const ws = wb.getWorksheet('Oversikt')!;
    const chart = parts['xl/charts/chart1.xml']!;
    const refs = [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(refs[0]).toMatch(/^'Oversikt'!\$S\$\d+$/);
    const values = /'Oversikt'!\$S\$(\d+):\$S\$(\d+)/.exec(refs.find((r) => r.includes(':$S$'))!)!;
    const [first, last] = [Number(values[1]), Number(values[2])];
    const cached = [...chart.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0]![0];
    const points = [...cached.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]));
    const cells = Array.from({ length: last - first + 1 }, (_, i) => ws.getCell(`S${first + i}`).value);
    expect(cells).toEqual(points);
    // Over the cap first: Bø & O'Neill before the larger Asker; the label's characters escaped, not lost.
    expect(ws.getCell(`R${first}`).value).toBe("Bø & O'Neill – Regional ordning");
    expect(chart).toContain('<c:v>Bø &amp; O&apos;Neill – Regional ordning</c:v>');
    expect(ws.getCell(`S${first - 1}`).value).toBe('Tilskudd eier');
  });
});
