import { nb } from '../../src/i18n';
import { TILTAK_FIELDS, PARTNERSHIP_FIELDS } from '../../src/domain/fields';
import type {
  FieldKey,
  FieldValue,
  PartnershipFacts,
  PartnershipKey,
  PartnershipValues,
  TiltakRow,
  TiltakTable,
  TiltakValues,
} from '../../src/domain/model';
import { columnLetter } from '../../src/table/grid';

/** Test input: a plain value becomes `ok`, a FieldValue is used as is, undefined is empty. */
export type RowInput = { [K in FieldKey]?: TiltakValues[K] | FieldValue<TiltakValues[K]> };

const isFieldValue = (v: unknown): v is FieldValue<unknown> =>
  typeof v === 'object' && v !== null && 'kind' in v && typeof (v as { kind: unknown }).kind === 'string';

function toFieldValue<T>(v: T | FieldValue<T> | undefined): FieldValue<T> {
  if (v === undefined) return { kind: 'empty' };
  if (isFieldValue(v)) return v as FieldValue<T>;
  return { kind: 'ok', value: v as T, raw: Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v) };
}

/** Columns in catalogue order: A = nr, B = tittel, … */
export const COLUMN: Record<FieldKey, string> = Object.fromEntries(TILTAK_FIELDS.map((f, i) => [f.key, columnLetter(i)])) as Record<
  FieldKey,
  string
>;

/** A complete, valid desentralisert tiltak; override what a test is about. */
export const GOOD_ROW: RowInput = {
  nr: '1',
  tittel: 'Lesing i alle fag',
  partnerskap: 'Vest-Viken',
  ordning: 'desentralisert',
  fase: 'gjennomforing',
  beskrivelse: 'Skolebasert utvikling av leseopplæring med veiledning fra UH',
  ansvar: 'Kommunen koordinerer, USN leder samlingene',
  eiere: ['Drammen', 'Lier'],
  uh: ['Universitetet i Sørøst-Norge'],
  fylke: 'Buskerud',
  tilskuddEier: 100000,
  tilskuddUh: 100000,
  egenandel: 30000,
  start: { from: '2024-08-01', to: '2024-12-31' },
  slutt: { from: '2025-01-01', to: '2025-07-31' },
  forankring: 'Ansatte og ledere har kartlagt behov sammen med UH',
  kollektiv: 'Hele personalet arbeider i team med felles refleksjon',
  laererutdanning: 'Studenter fra USN har praksis i tiltaket og forskere deltar',
};

export function makeRow(input: RowInput, row: number): TiltakRow {
  const values = Object.fromEntries(TILTAK_FIELDS.map((f) => [f.key, toFieldValue(input[f.key])])) as TiltakRow['values'];
  const cells = Object.fromEntries(TILTAK_FIELDS.map((f) => [f.key, `${COLUMN[f.key]}${row}`])) as TiltakRow['cells'];
  return { row, cells, values };
}

/** A table on sheet "Tiltak" with headers in row 1 and every column mapped unless `unmapped`. */
export function makeTable(rows: RowInput[], unmapped: FieldKey[] = []): TiltakTable {
  const mapping = Object.fromEntries(
    TILTAK_FIELDS.filter((f) => !unmapped.includes(f.key)).map((f) => [f.key, { column: COLUMN[f.key], header: nb.domain.fields[f.key] }]),
  );
  const built = rows.map((r, i) => makeRow(r, i + 2));
  for (const row of built) {
    for (const key of unmapped) {
      delete row.cells[key];
      row.values[key] = { kind: 'empty' };
    }
  }
  return { sheet: 'Tiltak', headerRow: 1, mapping, freeHeaderCell: `${columnLetter(TILTAK_FIELDS.length)}1`, rows: built };
}

export type PartnershipInput = { [K in PartnershipKey]?: PartnershipValues[K] | FieldValue<PartnershipValues[K]> };

export const GOOD_PARTNERSHIP: PartnershipInput = {
  partnerskap: 'Vest-Viken',
  eiere: ['Drammen', 'Lier'],
  uh: ['Universitetet i Sørøst-Norge'],
  organisasjonsnummer: ['974760673'],
  kontaktperson: 'Kari Nordmann',
  epost: 'kari@drammen.kommune.no',
  skriftligAvtale: true,
  avtaleHvem: 'Drammen, Lier og USN',
  avtaleHva: 'Lesing og skolebasert kompetanseutvikling',
  avtaleNar: '2024–2025',
  ansatteInvolvert: true,
};

export function makePartnership(input: PartnershipInput): PartnershipFacts {
  const values = Object.fromEntries(PARTNERSHIP_FIELDS.map((f) => [f.key, toFieldValue(input[f.key])])) as PartnershipFacts['values'];
  const cells = Object.fromEntries(PARTNERSHIP_FIELDS.map((f, i) => [f.key, `B${i + 1}`])) as PartnershipFacts['cells'];
  return { sheet: 'Partnerskap', cells, values };
}
