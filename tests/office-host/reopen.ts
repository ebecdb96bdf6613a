/** Save and open again: what Excel keeps, and which ids it hands out anew. */
import { copyConditionalStyle } from './conditional-style';
import { HostSheet, HostWorkbook } from './workbook';

const openings = new WeakMap<HostWorkbook, number>();

/**
 * The workbook as Excel opens it again after a save: the same cells, names, tables and saved
 * document settings, but ids Excel hands out anew. Worksheet ids are reported to change on reopen
 * and between versions (office-js #1390; on the web every new workbook's first sheet has the same
 * id, #552): `renumbered` gives out ids no earlier opening used. Conditional formats are numbered again from the lowest priority up, so an old
 * id may name another format, or none.
 */
export function reopen(book: HostWorkbook, options: { sheetIds: 'kept' | 'renumbered' } = { sheetIds: 'renumbered' }): HostWorkbook {
  const next = new HostWorkbook();
  // Fresh ids in the new opening's own series: no old id names a sheet any more.
  const generation = openings.get(book) ?? 1;
  const ids = book.sheets.map((s, i) => (options.sheetIds === 'kept' ? s.id : `{sheet-${generation}-${i + 1}}`));
  const sheets = new Map<HostSheet, HostSheet>();
  book.sheets.forEach((old, i) => {
    const sheet = new HostSheet(old.name, ids[i]!);
    old.rows.forEach((line, r) => line?.forEach((cell, c) => cell && sheet.put(r, c, { ...cell })));
    old.numberFormats.forEach((format, key) => sheet.numberFormats.set(key, format));
    sheet.merges = old.merges.map((m) => ({ ...m }));
    sheet.styles.push(...old.styles);
    Object.assign(sheet.page, old.page);
    sheet.showGridlines = old.showGridlines;
    sheet.visibility = old.visibility;
    next.sheets.push(sheet);
    sheets.set(old, sheet);
  });
  next.skipIds(book.sheets.length);
  for (const [old, sheet] of sheets) {
    sheet.formats = old.formats.map((f) => ({ ...f, areas: f.areas.map((a) => ({ ...a })) }));
    old.formats.forEach((f, i) => copyConditionalStyle(f, sheet.formats[i]!));
  }
  for (const sheet of sheets.values()) for (const f of [...sheet.formats].reverse()) f.id = next.newId('cf');
  next.names.push(...book.names.map((n) => ({ ...n })));
  next.tables.push(...book.tables.map((t) => ({ ...t, sheet: sheets.get(t.sheet)!, area: { ...t.area } })));
  Object.assign(next.settings, structuredClone(book.settings));
  openings.set(next, generation + 1);
  return next;
}
