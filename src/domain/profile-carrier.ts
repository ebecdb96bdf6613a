import type { Language } from '../i18n/language';
import type { StoredProfileRef } from './profile-choice';

/**
 * How a workbook template carries its profile and language: a very hidden sheet of key–value rows.
 *
 * Why a sheet: the pane keeps its choice in Office document settings, which live in the web
 * extension part that only Office writes (exceljs cannot), so a template made on the command line
 * needs another carrier that every reader here reads alike. A defined name cannot hold a profile
 * (a name's formula is limited to 8 192 characters, a string in it to 255); a custom XML part
 * (LibreOffice 7.4 keeps it in .xlsx, not in .ods) would need our own zip surgery after exceljs, a
 * second reader and a read of its own in the pane (customXmlParts, ExcelApi 1.5). A very hidden
 * sheet is written by exceljs and Office.js (ExcelApi 1.1), read by our .xlsx and .ods readers and
 * by the pane's read of the workbook as any other sheet, survives LibreOffice's save as .xlsx and
 * .ods (tests/template/fixtures), and is not in Excel's Unhide list. Long profiles are split over
 * rows (a cell holds at most 32 767 characters).
 */
export const PROFILE_CARRIER_SHEET = 'Behovsmelding_profil';

const MARKER = 'behovsmelding-mal';
const FORMAT = 1;
const CHUNK = 30_000;

export interface CarriedProfile {
  stored: StoredProfileRef;
  language: Language;
}

/** The carrier sheet's rows (column A key, column B value). */
export function carrierRows(carried: CarriedProfile): Array<[string, string | number]> {
  const rows: Array<[string, string | number]> = [
    [MARKER, FORMAT],
    ['sprak', carried.language],
    ['profil', carried.stored.kind],
  ];
  if (carried.stored.kind === 'builtin') rows.push(['id', carried.stored.id]);
  else for (let i = 0; i < carried.stored.json.length; i += CHUNK) rows.push(['json', carried.stored.json.slice(i, i + CHUNK)]);
  return rows;
}

/** The profile and language a carrier sheet's rows hold, or null when they are not a carrier this version reads. */
export function readCarrierRows(rows: ReadonlyArray<ReadonlyArray<unknown>>): CarriedProfile | null {
  const [first] = rows;
  if (first?.[0] !== MARKER || Number(first[1]) !== FORMAT) return null;
  const value = (key: string) => rows.filter((r) => r[0] === key).map((r) => (typeof r[1] === 'string' ? r[1] : String(r[1] ?? '')));
  const [language] = value('sprak');
  const [kind] = value('profil');
  if (language !== 'nb' && language !== 'nn') return null;
  if (kind === 'builtin') {
    const [id] = value('id');
    return id ? { stored: { kind, id }, language } : null;
  }
  if (kind === 'file') {
    const json = value('json').join('');
    return json ? { stored: { kind, json }, language } : null;
  }
  return null;
}
