/**
 * Lag mal: the round's template (sheet/template) into this workbook when it is empty, else as a
 * new workbook of its own, so that nothing of the user's is ever written over. The pane, and any
 * other front end with a WorkbookPort, share it.
 */
import type { Profile } from '../domain/profile';
import type { Texts } from '../i18n';
import type { StoredProfile, WorkbookPort } from '../port/workbook-port';
import { templateSpec } from '../sheet/template/template';
import type { WorkbookGrid } from '../table/grid';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Where the template goes: `here` when no sheet holds a value or a table and none has a name the
 * template needs (a new workbook's empty Ark1 is fine), otherwise `new`.
 */
export function templatePlace(grid: WorkbookGrid, templateSheets: readonly string[]): 'here' | 'new' {
  const taken = (name: string) => templateSheets.some((t) => t.toLowerCase() === name.toLowerCase());
  const empty = grid.sheets.every(
    (s) => !taken(s.name) && s.tables.length === 0 && s.cells.every((row) => (row ?? []).every((v) => v === null || v === '')),
  );
  return empty ? 'here' : 'new';
}

export type TemplateMade =
  /** The template's sheets were added to this workbook (the visible ones named). */
  | { place: 'here'; sheets: string[] }
  /** The workbook had content: the template went out as its own file; `message` says where. */
  | { place: 'new'; file: string; message: string };

/**
 * Reads the workbook, then adds the template to it if it is empty, or hands the template over as
 * a new workbook (Excel.createWorkbook; a download in a browser). `created` is the file's date.
 */
export async function makeTemplate(
  port: WorkbookPort,
  request: { profile: Profile; stored: StoredProfile; texts: Texts; created: Date },
): Promise<TemplateMade> {
  const { profile, stored, texts } = request;
  const spec = templateSpec(profile, stored, texts);
  const grid = await port.read();
  if (
    templatePlace(
      grid,
      spec.sheets.map((s) => s.name),
    ) === 'here'
  )
    return { place: 'here', sheets: await port.writeTemplate(profile, stored, texts) };
  // exceljs loads only now, in the same chunk as the exports.
  const { writeTemplateWorkbook } = await import(/* webpackChunkName: "export" */ '../xlsx/template-workbook');
  const file = `mal-${profile.id}.xlsx`;
  const bytes = await writeTemplateWorkbook(spec, request.created);
  const delivered = await port.deliver({ name: file, mime: XLSX_MIME, bytes }, 'template');
  return { place: 'new', file, message: delivered.message };
}
