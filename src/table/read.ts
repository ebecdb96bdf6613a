import { PARTNERSHIP_FIELDS, PARTNERSHIP_SHEET, TILTAK_FIELDS, tiltakField } from '../domain/fields';
import type { FieldKey, PartnershipFacts, PartnershipKey, TiltakTable } from '../domain/model';
import { cellAddress, type SheetGrid, type WorkbookGrid } from './grid';
import { findHeader } from './headers';
import { cellText, normalizeKey } from './normalize';
import { PARSERS } from './parse';
import { EMPTY } from './parse/value';
import { readRows } from './rows';
import type { TableVocabulary } from './vocabulary';

/** Kept for the task pane's column picker, which imports it from here. */
export { headerColumns } from './headers';

const PARTNERSHIP_KEY = normalizeKey(PARTNERSHIP_SHEET);
const isPartnershipSheet = (s: SheetGrid) => normalizeKey(s.name) === PARTNERSHIP_KEY;

/** Headers named when none is found: the ones nearly every table has. */
const EXAMPLE_HEADERS = '«Tiltak», «Ordning», «Fase» og «Tilskudd eier»';

/**
 * Find the tiltak table (the best header row over the sheets, or on `opts.sheet`), apply
 * the user's column choices (`opts.map`: field → header text or column letter) and read
 * every row under it. When the table cannot be used, `message` says why in one sentence.
 */
export function readTiltakTable(
  wb: WorkbookGrid,
  opts: { sheet?: string; map?: Partial<Record<FieldKey, string>>; vocabulary?: TableVocabulary } = {},
): { ok: true; table: TiltakTable } | { ok: false; message: string } {
  const map = opts.map ?? {};
  const unknown = Object.keys(map).find((k) => !TILTAK_FIELDS.some((f) => f.key === k));
  if (unknown !== undefined) {
    const known = TILTAK_FIELDS.map((f) => f.key).join(', ');
    return { ok: false, message: `«${unknown}» er ikke et felt som kan kobles til en kolonne; feltene er ${known}.` };
  }

  let sheets = wb.sheets.filter((s) => !isPartnershipSheet(s) && !s.generated);
  if (opts.sheet !== undefined) {
    const wanted =
      wb.sheets.find((s) => s.name === opts.sheet) ?? wb.sheets.find((s) => normalizeKey(s.name) === normalizeKey(opts.sheet!));
    if (!wanted) {
      return { ok: false, message: `Fant ikke arket «${opts.sheet}». Arkene i filen er: ${wb.sheets.map((s) => s.name).join(', ')}.` };
    }
    sheets = [wanted];
  }

  const header = findHeader(sheets, map, opts.vocabulary?.synonyms);
  if (!header) {
    const where = opts.sheet !== undefined ? `på arket «${sheets[0]!.name}»` : 'i arbeidsboken';
    return {
      ok: false,
      message: `Fant ingen overskriftsrad med kjente kolonner (for eksempel ${EXAMPLE_HEADERS}) ${where}; legg til overskrifter over tiltakene.`,
    };
  }
  const [missing] = header.missing;
  if (missing) {
    const [field, target] = missing;
    return {
      ok: false,
      message: `Fant ingen kolonne «${target}» for feltet «${tiltakField(field).label}» i overskriftsraden (rad ${header.row + 1} på arket «${header.sheet.name}»).`,
    };
  }
  return { ok: true, table: readRows(header, opts.vocabulary?.parsers) };
}

/** Synonyms of this length or more also match a label that starts with them: `Skriftlig avtale (ja/nei)`. */
const MIN_PREFIX = 6;
const LABELS = PARTNERSHIP_FIELDS.flatMap((spec) => spec.synonyms.map((s) => ({ spec, key: normalizeKey(s) }))).sort(
  (a, b) => b.key.length - a.key.length,
);

/**
 * Facts from the `Partnerskap` sheet: labels in column A, values in column B. Every key gets
 * a value (empty when its label is absent); the first row with a label wins.
 */
export function readPartnership(wb: WorkbookGrid): PartnershipFacts | null {
  const sheet = wb.sheets.find(isPartnershipSheet);
  if (!sheet) return null;
  const values = Object.fromEntries(PARTNERSHIP_FIELDS.map((f) => [f.key, EMPTY])) as Record<PartnershipKey, unknown>;
  const cells: Partial<Record<PartnershipKey, string>> = {};
  const a = 0 - sheet.origin.col;
  sheet.cells.forEach((own, i) => {
    const label = normalizeKey(cellText(own[a] ?? null));
    if (label === '') return;
    const match = LABELS.find((l) => l.key === label) ?? LABELS.find((l) => l.key.length >= MIN_PREFIX && label.startsWith(l.key));
    if (!match || cells[match.spec.key] !== undefined) return;
    const row = sheet.origin.row + i;
    cells[match.spec.key] = cellAddress(row, 1);
    values[match.spec.key] = PARSERS[match.spec.kind](own[a + 1] ?? null);
  });
  return { sheet: sheet.name, cells, values: values as PartnershipFacts['values'] };
}
