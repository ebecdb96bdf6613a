import type { Texts } from '../i18n';
import { PARTNERSHIP_FIELDS, PARTNERSHIP_SHEET, TILTAK_FIELDS } from '../domain/fields';
import type { FieldKey, PartnershipFacts, PartnershipKey, TiltakTable } from '../domain/model';
import { cellAddress, type SheetGrid, type WorkbookGrid } from './grid';
import { better, searchSheet, spellingsFor, type Candidate } from './headers';
import { cellText, normalizeKey } from './normalize';
import { PARSERS } from './parse';
import { EMPTY } from './parse/value';
import { readRows } from './rows';
import type { TableVocabulary } from './vocabulary';

/** Kept for the task pane's column picker, which imports it from here. */
export { headerColumns } from './headers';

/** The sheet CONTRACT.md names, and its nynorsk spelling, which a nynorsk user may well type. */
const PARTNERSHIP_KEYS = [normalizeKey(PARTNERSHIP_SHEET), 'partnarskap'];
const isPartnershipSheet = (s: SheetGrid) => PARTNERSHIP_KEYS.includes(normalizeKey(s.name));

/** Fields named when no header is found: the ones nearly every table has. */
const EXAMPLE_FIELDS: readonly FieldKey[] = ['tittel', 'ordning', 'fase', 'tilskuddEier'];

/**
 * Why no header row was found, without asking for headers that are there: the row nearest to
 * a header is named with what it has, and only missing example headers are suggested.
 */
function noHeaderMessage(texts: Texts, nearest: Candidate | undefined, sheet: string | undefined): string {
  const examples = (keys: readonly FieldKey[]) => keys.map((k) => texts.domain.fields[k]);
  if (!nearest) return texts.table.noHeader({ examples: examples(EXAMPLE_FIELDS), sheet });
  const found = [...nearest.assignment].filter(([, col]) => nearest.headers.has(col)).sort((a, b) => a[1] - b[1]);
  return texts.table.fewHeaders({
    found: found.map(([, col]) => nearest.headers.get(col)!),
    row: nearest.row + 1,
    sheet: nearest.sheet.name,
    needed: Math.max(0, 3 - found.length),
    examples: examples(EXAMPLE_FIELDS.filter((k) => !nearest.assignment.has(k))),
  });
}

/**
 * The table on the sheet that holds the tiltak: a sheet with tiltak rows wins over one without
 * (an empty template), then a visible sheet over a hidden one, then the better header row
 * (earlier sheets win ties).
 */
function chooseTable(
  sheets: readonly SheetGrid[],
  map: ColumnMap,
  vocabulary: TableVocabulary | undefined,
): { header: Candidate; table: TiltakTable } | { nearest: Candidate | undefined } {
  const spellings = spellingsFor(vocabulary?.synonyms);
  let chosen: { header: Candidate; table: TiltakTable; rank: number } | undefined;
  let nearest: Candidate | undefined;
  for (const sheet of sheets) {
    const search = searchSheet(sheet, map, spellings);
    if (!search.best) {
      if (search.nearest && search.nearest.named > (nearest?.named ?? 0)) nearest = search.nearest;
      continue;
    }
    const header = search.best;
    const table = readRows(header, vocabulary?.parsers);
    const rank = (table.rows.length > 0 ? 2 : 0) + (sheet.hidden ? 0 : 1);
    if (!chosen || rank > chosen.rank || (rank === chosen.rank && better(header, chosen.header))) chosen = { header, table, rank };
  }
  return chosen ?? { nearest };
}

type ColumnMap = Partial<Record<FieldKey, string>>;

/**
 * Find the tiltak table (the best header row over the sheets, or on `opts.sheet`), apply
 * the user's column choices (`opts.map`: field → header text or column letter) and read
 * every row under it. When the table cannot be used, `message` says why in one sentence.
 */
export function readTiltakTable(
  wb: WorkbookGrid,
  opts: { texts: Texts; sheet?: string; map?: Partial<Record<FieldKey, string>>; vocabulary?: TableVocabulary },
): { ok: true; table: TiltakTable } | { ok: false; message: string } {
  const { texts } = opts;
  const map = opts.map ?? {};
  const unknown = Object.keys(map).find((k) => !TILTAK_FIELDS.some((f) => f.key === k));
  if (unknown !== undefined) {
    return { ok: false, message: texts.table.unknownField({ field: unknown, fields: TILTAK_FIELDS.map((f) => f.key) }) };
  }

  let sheets = wb.sheets.filter((s) => !isPartnershipSheet(s) && !s.generated);
  if (opts.sheet !== undefined) {
    const wanted =
      wb.sheets.find((s) => s.name === opts.sheet) ?? wb.sheets.find((s) => normalizeKey(s.name) === normalizeKey(opts.sheet!));
    if (!wanted) return { ok: false, message: texts.table.noSheet({ sheet: opts.sheet, sheets: wb.sheets.map((s) => s.name) }) };
    sheets = [wanted];
  }

  const found = chooseTable(sheets, map, opts.vocabulary);
  if (!('header' in found)) {
    return { ok: false, message: noHeaderMessage(texts, found.nearest, opts.sheet !== undefined ? sheets[0]!.name : undefined) };
  }
  const { header, table } = found;
  const [missing] = header.missing;
  if (missing) {
    const [field, target] = missing;
    const message = texts.table.noColumn({ target, field: texts.domain.fields[field], row: header.row + 1, sheet: header.sheet.name });
    return { ok: false, message };
  }
  return { ok: true, table };
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
