import { TILTAK_FIELDS } from '../fields';
import { isMapped, type RuleContext } from '../context';
import { uncomputedFormula } from '../uncomputed';

/**
 * header-missing: required columns the table layer could not place, each on its own free cell of
 * the header row (the first right of the headers, then the next), where it could be added.
 */
export function checkColumns({ table, report, profile, texts }: RuleContext): void {
  let free = 0;
  const next = () => ({ cells: [shiftColumn(table.freeHeaderCell, free++)] });
  // With a single ordning every row belongs to it: the column is optional.
  const optional = profile.vocabulary.ordninger.length === 1 ? 'ordning' : undefined;
  for (const spec of TILTAK_FIELDS) {
    if (!spec.required || spec.key === optional || isMapped(table, spec.key)) continue;
    if (spec.key === 'tilskuddEier' || spec.key === 'tilskuddUh') continue;
    const column = texts.domain.fields[spec.key];
    report.add(
      'header-missing',
      { ...next(), field: spec.key },
      texts.rules['header-missing'].message({ column, row: table.headerRow }),
      texts.rules['header-missing'].hint({ column }),
    );
  }
  if (!isMapped(table, 'tilskuddEier') && !isMapped(table, 'tilskuddUh')) {
    report.add(
      'header-missing',
      { ...next(), field: 'tilskuddEier' },
      texts.rules['header-missing'].amounts({ row: table.headerRow }),
      texts.rules['header-missing'].amountsHint,
    );
  }
}

/** The A1 address `by` columns right of `address` ("I1", 2 → "K1"). */
function shiftColumn(address: string, by: number): string {
  const [, letters = 'A', row = '1'] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  let n = [...letters].reduce((sum, c) => sum * 26 + c.charCodeAt(0) - 64, 0) + by;
  let shifted = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) shifted = String.fromCharCode(65 + ((n - 1) % 26)) + shifted;
  return `${shifted}${row}`;
}

/** no-measures: the table has its headers but no tiltak under them yet. */
export function checkNoMeasures({ table, report, texts }: RuleContext): void {
  const first = table.headerRow + 1;
  const column = table.mapping.tittel?.column;
  report.add(
    'no-measures',
    { cells: column ? [`${column}${first}`] : [] },
    texts.rules['no-measures'].message,
    texts.rules['no-measures'].hint({ row: first }),
  );
}

/**
 * cell-error on every mapped cell holding an Excel error, formula-no-value on a formula saved
 * without its value (the amount or text is unknown, so an error); value-invalid for unreadable
 * optional values.
 */
export function checkCellValues({ table, report, texts }: RuleContext): void {
  // Unmapped fields are empty in every row.
  const mapped = TILTAK_FIELDS.filter((spec) => isMapped(table, spec.key));
  const t = texts.rules;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    for (let f = 0; f < mapped.length; f++) {
      const spec = mapped[f]!;
      const value = row.values[spec.key];
      if (value.kind !== 'error' && value.kind !== 'invalid') continue;
      const column = texts.domain.fields[spec.key];
      const formula = value.kind === 'error' ? uncomputedFormula(value.code) : undefined;
      if (formula !== undefined) {
        report.onRow('formula-no-value', row, spec.key, t['formula-no-value'].message({ formula, column }), t['formula-no-value'].hint);
      } else if (value.kind === 'error') {
        report.onRow('cell-error', row, spec.key, t['cell-error'].message({ column, code: value.code }), t['cell-error'].hint);
      } else if (value.kind === 'invalid' && (spec.kind === 'yesno' || spec.kind === 'integer')) {
        const expected = spec.kind;
        report.onRow(
          'value-invalid',
          row,
          spec.key,
          t['value-invalid'].message({ value: value.raw, column, expected }),
          t['value-invalid'].hint({ expected }),
        );
      }
    }
  }
}
