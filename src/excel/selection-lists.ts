/**
 * "Legg til utvalgslister": the template's validation and input messages (sheet/template
 * field-validation) on the columns of the user's own tiltak table that Valider recognised. Data
 * validation changes no value and no format; a column that already has a validation of the user's
 * is left as it is and named. What was added is returned, so that the caller can keep it (document
 * settings) and "Fjern utvalgslister" removes exactly that, never a validation of the user's.
 */
import type { FieldKey, TiltakTable } from '../domain/model';
import type { Profile } from '../domain/profile';
import type { Texts } from '../i18n';
import type { SelectionLists } from '../port/workbook-port';
import { selectionListRows } from '../app/selection-lists';
import { fieldValidation } from '../sheet/template/field-validation';
import { applyValidation } from './template';

export async function addSelectionLists(
  context: Excel.RequestContext,
  table: TiltakTable,
  profile: Profile,
  texts: Texts,
): Promise<SelectionLists> {
  const ws = context.workbook.worksheets.getItem(table.sheet);
  const { first, last } = selectionListRows(table);
  const columns = (Object.entries(table.mapping) as Array<[FieldKey, { column: string; header: string }]>).map(([field, ref]) => ({
    field,
    header: ref.header,
    range: `${ref.column}${first}:${ref.column}${last}`,
    first: `${ref.column}${first}`,
  }));
  const types = columns.map((c) => loaded(ws.getRange(c.range), 'type'));
  await context.sync();
  const result: SelectionLists = { sheet: table.sheet, added: [], kept: [] };
  columns.forEach((c, i) => {
    if (types[i]!.type !== 'None') {
      result.kept.push({ field: c.field, header: c.header });
      return;
    }
    const validation = fieldValidation(c.field, c.header, c.range, c.first, profile, texts);
    applyValidation(ws.getRange(c.range), validation);
    result.added.push({ field: c.field, header: c.header, range: c.range, title: validation.prompt.title });
  });
  await context.sync();
  return result;
}

/**
 * Removes the validations `addSelectionLists` added (as it returned them) and nothing else: a range
 * whose validation no longer has the input message it got (the user set another) is left alone.
 * Returns the ranges removed and those left.
 */
export async function removeSelectionLists(
  context: Excel.RequestContext,
  added: Pick<SelectionLists, 'sheet' | 'added'>,
): Promise<{ removed: string[]; left: string[] }> {
  const ws = context.workbook.worksheets.getItemOrNullObject(added.sheet);
  await context.sync();
  if (ws.isNullObject) return { removed: [], left: added.added.map((a) => a.range) };
  const validations = added.added.map((a) => loaded(ws.getRange(a.range), 'type, prompt'));
  await context.sync();
  const ours = added.added.filter((a, i) => validations[i]!.type !== 'Inconsistent' && validations[i]!.prompt.title === a.title);
  for (const a of ours) ws.getRange(a.range).dataValidation.clear();
  await context.sync();
  return { removed: ours.map((a) => a.range), left: added.added.filter((a) => !ours.includes(a)).map((a) => a.range) };
}

/** A range's data validation with `properties` queued for loading. */
function loaded(range: Excel.Range, properties: string): Excel.DataValidation {
  const dv = range.dataValidation;
  dv.load(properties);
  return dv;
}
