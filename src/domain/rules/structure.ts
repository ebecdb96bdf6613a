import { TILTAK_FIELDS } from '../fields';
import { isMapped, type RuleContext } from '../context';
import { uncomputedFormula } from '../uncomputed';

/** header-missing: required columns the table layer could not place. */
export function checkColumns({ table, report, profile }: RuleContext): void {
  const place = { cells: [table.freeHeaderCell] };
  // With a single ordning every row belongs to it: the column is optional.
  const optional = profile.vocabulary.ordninger.length === 1 ? 'ordning' : undefined;
  for (const spec of TILTAK_FIELDS) {
    if (!spec.required || spec.key === optional || isMapped(table, spec.key)) continue;
    if (spec.key === 'tilskuddEier' || spec.key === 'tilskuddUh') continue;
    report.add(
      'header-missing',
      { ...place, field: spec.key },
      `Fant ingen kolonne for «${spec.label}» i overskriftsraden (rad ${table.headerRow}).`,
      `Legg til kolonnen «${spec.synonyms[0]}», eller velg hvilken kolonne som er «${spec.label}».`,
    );
  }
  if (!isMapped(table, 'tilskuddEier') && !isMapped(table, 'tilskuddUh')) {
    report.add(
      'header-missing',
      { ...place, field: 'tilskuddEier' },
      `Fant ingen kolonne for tilskudd (verken «Tilskudd eier» eller «Tilskudd UH») i rad ${table.headerRow}.`,
      'Legg til kolonnene «Tilskudd eier» og «Tilskudd UH» med beløp i kroner.',
    );
  }
}

/** no-measures: the table has its headers but no tiltak under them yet. */
export function checkNoMeasures({ table, report }: RuleContext): void {
  const first = table.headerRow + 1;
  const column = table.mapping.tittel?.column;
  report.add(
    'no-measures',
    { cells: column ? [`${column}${first}`] : [] },
    `Tabellen har ingen tiltak ennå.`,
    `Skriv det første tiltaket i rad ${first}, ett tiltak per rad.`,
  );
}

/**
 * cell-error on every mapped cell holding an Excel error, formula-no-value on a formula saved
 * without its value (the amount or text is unknown, so an error); value-invalid for unreadable
 * optional values.
 */
export function checkCellValues({ table, report }: RuleContext): void {
  // Unmapped fields are empty in every row.
  const mapped = TILTAK_FIELDS.filter((spec) => isMapped(table, spec.key));
  for (const row of table.rows) {
    for (const spec of mapped) {
      const value = row.values[spec.key];
      const formula = value.kind === 'error' ? uncomputedFormula(value.code) : undefined;
      if (formula !== undefined) {
        report.onRow(
          'formula-no-value',
          row,
          spec.key,
          `Formelen ${formula} i «${spec.label}» er lagret uten beregnet verdi, så innholdet er ukjent.`,
          'Åpne filen i Excel eller LibreOffice og lagre den, så får formelen sin verdi; eller skriv verdien direkte i cellen.',
        );
      } else if (value.kind === 'error') {
        report.onRow(
          'cell-error',
          row,
          spec.key,
          `Cellen for «${spec.label}» viser feilverdien ${value.code}, så innholdet kan ikke leses.`,
          'Rett formelen eller skriv inn verdien direkte.',
        );
      } else if (value.kind === 'invalid' && (spec.kind === 'yesno' || spec.kind === 'integer')) {
        const expected = spec.kind === 'yesno' ? '«ja» eller «nei»' : 'et helt tall';
        report.onRow(
          'value-invalid',
          row,
          spec.key,
          `«${value.raw}» i «${spec.label}» kan ikke leses som ${expected}.`,
          `Skriv ${expected}.`,
        );
      }
    }
  }
}
