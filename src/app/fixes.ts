import { closest, distance } from 'fastest-levenshtein';
import { PARTNERSHIP_FIELDS, TILTAK_FIELDS } from '../domain/fields';
import { foldText } from '../domain/format';
import type { Finding } from '../domain/model';
import type { Profile } from '../domain/profile';
import { parseAmount } from '../table/parse/amount';
import { faseParser } from '../table/parse/fase';
import { ordningParser } from '../table/parse/ordning';
import { parseYesNo } from '../table/parse/yesno';
import { parseAddress, type CellValue, type WorkbookGrid } from '../table/grid';

/** One value for one cell, proposed to the user. Only this cell is written, never its format. */
export interface Fix {
  sheet: string;
  address: string;
  /** The value as the user wrote it, for "old → new". */
  old: string;
  value: string | number;
  /** False when the user must confirm: the new value is a reading, not a certainty. */
  certain: boolean;
}

/** Words that make an amount an estimate: "ca. 200 000" is 200 000 only if the user says so. */
const APPROXIMATE = /^(?:ca\.?|cirka|omtrent|rundt|ungefær|~)\s*/i;
/** A misspelling this close to one name (and no closer to another) is offered for confirmation. */
const MAX_TYPO = 2;

const FIELDS = [...TILTAK_FIELDS, ...PARTNERSHIP_FIELDS];

function cellValue(grid: WorkbookGrid, sheet: string, address: string): CellValue {
  const s = grid.sheets.find((x) => x.name === sheet);
  const at = parseAddress(address);
  if (!s || !at) return null;
  return s.cells[at.row - s.origin.row]?.[at.col - s.origin.col] ?? null;
}

/**
 * The value a finding's cell should hold, when the pane can tell: a text amount as a number, a
 * phase or ordning as the profile names it, ja/nei as "ja"/"nei". Only text cells are fixed;
 * the table's own parsers decide what the text means, so a fix never reads a cell differently
 * from the check.
 */
export function proposeFix(finding: Finding, grid: WorkbookGrid | null, profile: Profile | null): Fix | null {
  const address = finding.cells[0];
  const kind = FIELDS.find((f) => f.key === finding.field)?.kind;
  if (!grid || !address || finding.cells.length !== 1 || !kind) return null;
  const raw = cellValue(grid, finding.sheet, address);
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const fix = (value: string | number, certain: boolean): Fix | null =>
    value === raw ? null : { sheet: finding.sheet, address, old: raw, value, certain };

  if (kind === 'amount') {
    const read = parseAmount(raw);
    if (read.kind === 'ok') return fix(read.value, true);
    const estimate = raw.trim().replace(APPROXIMATE, '');
    if (estimate === raw.trim()) return null;
    const rounded = parseAmount(estimate);
    return rounded.kind === 'ok' ? fix(rounded.value, false) : null;
  }
  if (kind === 'yesno') {
    const read = parseYesNo(raw);
    return read.kind === 'ok' ? fix(read.value ? 'ja' : 'nei', true) : null;
  }
  if ((kind === 'fase' || kind === 'ordning') && profile) {
    const names = kind === 'fase' ? profile.vocabulary.faser : profile.vocabulary.ordninger;
    const read = kind === 'fase' ? faseParser(profile.vocabulary.faser)(raw) : ordningParser(profile.vocabulary.ordninger)(raw);
    const labels = names.map(canonicalName);
    if (read.kind === 'ok') return fix(labels[names.findIndex((n) => n.key === read.value)]!, true);
    if (read.kind !== 'invalid' || read.reason === 'multiple') return null;
    return nearestName(raw, labels).map((label) => fix(label, false))[0] ?? null;
  }
  return null;
}

/** A phase or ordning as the fixes write it: the profile's label, capitalised. */
export const canonicalName = (name: { label: string }): string => name.label.charAt(0).toUpperCase() + name.label.slice(1);

/** The one name within a typo or two of the text (folded); none when two are as close. */
function nearestName(text: string, labels: readonly string[]): string[] {
  const folded = foldText(text.trim());
  const byFolded = new Map(labels.map((l) => [foldText(l), l]));
  const best = closest(folded, [...byFolded.keys()]);
  const d = distance(folded, best);
  const tied = [...byFolded.keys()].filter((k) => distance(folded, k) === d).length > 1;
  return d <= MAX_TYPO && !tied ? [byFolded.get(best)!] : [];
}
