import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bomb, craftZip, entry, ods, workbookEntries, worksheet, wrap } from '../tests/xlsx/crafted';
import { buildCli } from './startup';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin/behovsmelding.js');
const PEAK = join(__dirname, 'peak-memory.cjs');
const ROW = '<row><c><v>1</v></c></row>';

const SHEET_HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SST_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';

/** Issue 23's files made to hurt, each small on disk. */
function bombs(): Array<{ name: string; what: string; bytes: Uint8Array }> {
  const sheet = (rows: string) => craftZip(workbookEntries(worksheet(rows)));
  const rows = bomb(ROW.repeat(40_000), 2_000);
  const sst = workbookEntries(worksheet(ROW));
  sst[2] = entry('xl/_rels/workbook.xml.rels', SST_RELS);
  return [
    {
      name: 'rader-2gb.xlsx',
      what: 'ark som pakker seg ut til 2,1 GB rader',
      bytes: craftZip(workbookEntries({ name: 'xl/worksheets/sheet1.xml', ...rows })),
    },
    {
      name: 'rader-lyver.xlsx',
      what: 'samme, men katalogen oppgir 200 MB',
      bytes: craftZip(workbookEntries({ name: 'xl/worksheets/sheet1.xml', data: rows.data, size: 200 << 20 })),
    },
    {
      name: 'mellomrom.xlsx',
      what: '200 MB mellomrom i et ark',
      bytes: craftZip(
        workbookEntries(wrap('xl/worksheets/sheet1.xml', [SHEET_HEAD, '</sheetData></worksheet>'], bomb(' '.repeat(1 << 16), 3_200))),
      ),
    },
    {
      name: 'delte-strenger.xlsx',
      what: '4,1 millioner delte strenger',
      bytes: craftZip([
        ...sst,
        wrap(
          'xl/sharedStrings.xml',
          ['<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', '</sst>'],
          bomb('<si/>'.repeat(100_000), 41),
        ),
      ]),
    },
    {
      name: 'ubrukte-deler.xlsx',
      what: '1 000 ubrukte deler på 4 MB',
      bytes: craftZip(
        workbookEntries(
          worksheet(ROW),
          Array.from({ length: 1_000 }, (_, i) => ({ name: `xl/media/image${i}.png`, ...bomb('\0'.repeat(1 << 16), 64) })),
        ),
      ),
    },
    {
      name: 'katalog.xlsx',
      what: '20 000 oppføringer i zip-katalogen',
      bytes: craftZip(
        workbookEntries(
          worksheet(ROW),
          Array.from({ length: 20_000 }, (_, i) => ({ name: `xl/x/${i}.xml`, data: new Uint8Array(0), size: 0, stored: true })),
        ),
      ),
    },
    {
      name: 'samme-ark.xlsx',
      what: 'én arkdel oppført 4 000 ganger',
      bytes: craftZip(
        workbookEntries(
          worksheet(ROW),
          [],
          Array.from({ length: 4_000 }, (_, i) => `<sheet name="A${i}" sheetId="${i + 1}" r:id="rId1"/>`).join(''),
        ),
      ),
    },
    { name: 'rad-2mrd.xlsx', what: '<row r="2000000000">', bytes: sheet('<row r="2000000000"><c><v>1</v></c></row>') },
    {
      name: 'million-rader.xlsx',
      what: 'et ark fylt til rad 1 048 576 (og én til)',
      bytes: craftZip(
        workbookEntries(wrap('xl/worksheets/sheet1.xml', [SHEET_HEAD, '</sheetData></worksheet>'], bomb(ROW.repeat(1 << 14), 65))),
      ),
    },
    { name: 'attributter.xlsx', what: 'en tagg på 1 MB uten =', bytes: sheet(`<row r="1"><c ${'a'.repeat(1 << 20)}/></row>`) },
    {
      name: 'si-uten-slutt.xlsx',
      what: 'et <is> som aldri lukkes',
      bytes: sheet(`<row r="1"><c t="inlineStr"><is><t>${'x'.repeat(100_000)}`),
    },
    {
      name: 'doctype.xlsx',
      what: 'DOCTYPE med entitetsutvidelse',
      bytes: craftZip(workbookEntries(`<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${worksheet('')}`)),
    },
    {
      name: 'kolonner.ods',
      what: 'number-columns-repeated="999999999" med verdi',
      bytes: ods(
        '<table:table-row><table:table-cell table:number-columns-repeated="999999999" office:value-type="float" office:value="1"/></table:table-row>',
      ),
    },
    {
      name: 'mellomrom.ods',
      what: 'text:s text:c="999999999"',
      bytes: ods(
        '<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="999999999"/></text:p></table:table-cell></table:table-row>',
      ),
    },
  ];
}

/** One `validate` process on one file: wall time, peak memory and its one sentence. */
function validate(file: string): { ms: number; mb: number; message: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', PEAK, BIN, 'validate', file, '--today', '2023-11-01'], { encoding: 'utf8' });
  const ms = performance.now() - start;
  const mb = Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1]) / 1024;
  const said = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('peak-rss-kb='));
  return { ms, mb, message: said.find((l) => l.startsWith('«')) ?? `lest; status ${r.status}: ${said[0] ?? ''}` };
}

/**
 * Files made to hurt (issue 23): how long `validate` takes and how much memory before it refuses
 * each (whole process, start-up included: ~0.2 s and ~60 MB of it), and `oversikt` over 500
 * owners' workbooks with one bomb among them.
 */
export async function benchBounds(): Promise<string[]> {
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-bounds-'));
  const lines = [`Filer laget for å skade: validate som hel prosess (tid, høyeste minne), belastning ${loadavg()[0]!.toFixed(1)}:`];
  try {
    for (const b of bombs()) {
      const file = join(dir, b.name);
      writeFileSync(file, b.bytes);
      const m = validate(file);
      lines.push(
        `  ${b.what} (${(b.bytes.length / 1024).toFixed(0)} KB): ${(m.ms / 1000).toFixed(2)} s, ${m.mb.toFixed(0)} MB`,
        `    ${m.message}`,
      );
    }
    const owners = join(dir, 'eiere');
    mkdirSync(owners);
    for (let i = 1; i <= 499; i++)
      copyFileSync(join(ROOT, 'assets/eksempel.xlsx'), join(owners, `eier-${String(i).padStart(3, '0')}.xlsx`));
    copyFileSync(join(dir, 'rader-2gb.xlsx'), join(owners, 'eier-250-bombe.xlsx'));
    const start = performance.now();
    const r = spawnSync(
      process.execPath,
      ['-r', PEAK, BIN, 'oversikt', owners, '--out', join(dir, 'oversikt.xlsx'), '--json', '--today', '2023-11-01'],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    const ms = performance.now() - start;
    const mb = Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1]) / 1024;
    const json = r.stdout.trim()
      ? (JSON.parse(r.stdout) as { meldinger?: unknown[]; files?: Array<{ ok: boolean; message?: string }> })
      : {};
    const unusable = (json.files ?? []).filter((f) => !f.ok);
    lines.push(
      '',
      `oversikt over 500 filer, én av dem bomben over: ${(ms / 1000).toFixed(1)} s, ${mb.toFixed(0)} MB, status ${r.status};` +
        ` ${json.meldinger?.length ?? '?'} meldinger fra ${(json.files?.length ?? 0) - unusable.length} filer, ${unusable.length} fil(er) ikke brukt:`,
      ...unusable.map((f) => `    ${f.message}`),
    );
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
