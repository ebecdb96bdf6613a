import type { Oversikt } from '../domain/oversikt/model';
import { freeOversiktNames } from '../domain/oversikt/sheet-names';
import type { Texts } from '../i18n';
import type { ExportFile } from '../port/workbook-port';
import type { ChartSpec } from '../sheet/oversikt-charts';
import { oversiktWorkbook, writeOversiktWorkbook } from '../xlsx/oversikt-workbook';

/** The overview as the pane hands it to Excel: the workbook, and how to make it again for this workbook. */
export interface OverviewFile {
  /** The overview workbook (its charts inside) for a new workbook. */
  bytes: Uint8Array;
  /** The same overview with sheet names free in this workbook (the names `taken` are), to insert. */
  insertable(taken: readonly string[]): Promise<{ bytes: Uint8Array; oversiktSheet: string }>;
  /** The charts of the Oversikt sheet, for Office.js to draw on inserted sheets (Excel leaves a file's charts out). */
  charts: readonly ChartSpec[];
}

/** The overview workbook the command line writes, made ready for Excel (excel/oversikt.ts writes it). */
export async function overviewFile(oversikt: Oversikt, texts: Texts): Promise<OverviewFile> {
  const { bytes, charts } = await oversiktWorkbook(oversikt, texts);
  return {
    bytes,
    charts,
    insertable: async (taken) => {
      const names = freeOversiktNames(taken);
      return { bytes: await writeOversiktWorkbook(oversikt, texts, names), oversiktSheet: names.oversikt };
    },
  };
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The overview as a file to hand over (demo mode): the workbook the command line writes, charts inside. */
export async function overviewDownload(oversikt: Oversikt, texts: Texts): Promise<ExportFile> {
  return { name: 'oversikt.xlsx', mime: XLSX_MIME, bytes: await writeOversiktWorkbook(oversikt, texts) };
}
