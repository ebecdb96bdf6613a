import { PARTNERSHIP_FIELDS } from '../../src/domain/fields';
import { readPartnership } from '../../src/table/read';
import { HEADERS, sheet } from './grids';

describe('readPartnership', () => {
  const facts = readPartnership({
    sheets: [
      sheet('Tiltak', [HEADERS]),
      sheet('partnerskap', [
        ['Opplysninger om partnerskapet'],
        ['Partnerskap:', 'Vest-Viken'],
        ['KONTAKTPERSON', 'Kari Nordmann'],
        ['Organisasjonsnummer', '974 760 673; 964 338 531'],
        ['Eiere', 'Drammen, Lier og Modum'],
        ['Skriftlig avtale (ja/nei)', 'Ja'],
        ['Avtaledato', '15.11.2023'],
        ['Avtale - hvem', 'Drammen og USN'],
        ['Avtale – hva', 'Tre tiltak'],
        ['Ansatte og tillitsvalgte involvert (ja/nei)', 'kanskje'],
        ['Kontaktperson', 'Duplikat'],
        ['Ukjent', 'x'],
      ]),
    ],
  });

  it('matches labels in column A loosely and points at the value in column B', () => {
    expect(facts?.sheet).toBe('partnerskap');
    expect(facts?.values.partnerskap).toEqual({ kind: 'ok', value: 'Vest-Viken', raw: 'Vest-Viken' });
    expect(facts?.cells.partnerskap).toBe('B2');
    expect(facts?.values.kontaktperson).toMatchObject({ value: 'Kari Nordmann' });
    expect(facts?.cells.kontaktperson).toBe('B3');
  });

  it('parses each value by its kind', () => {
    expect(facts?.values.organisasjonsnummer).toMatchObject({ value: ['974760673', '964338531'] });
    expect(facts?.values.eiere).toMatchObject({ value: ['Drammen', 'Lier', 'Modum'] });
    expect(facts?.values.skriftligAvtale).toMatchObject({ value: true });
    expect(facts?.values.avtaledato).toMatchObject({ value: { from: '2023-11-15', to: '2023-11-15' } });
    expect(facts?.values.avtaleHvem).toMatchObject({ value: 'Drammen og USN' });
    expect(facts?.values.avtaleHva).toMatchObject({ value: 'Tre tiltak' });
    expect(facts?.values.ansatteInvolvert).toMatchObject({ kind: 'invalid', reason: 'unreadable', raw: 'kanskje' });
  });

  it('gives every key a value, empty and without a cell when its label is absent', () => {
    expect(Object.keys(facts!.values).sort()).toEqual(PARTNERSHIP_FIELDS.map((f) => f.key).sort());
    expect(facts?.values.epost).toEqual({ kind: 'empty' });
    expect(facts?.cells.epost).toBeUndefined();
  });

  it('points at an empty value cell when the label is there but the value is not', () => {
    const f = readPartnership({ sheets: [sheet('Partnerskap', [['Kontaktperson'], ['E-post', '  ']])] });
    expect(f?.values.kontaktperson).toEqual({ kind: 'empty' });
    expect(f?.cells.kontaktperson).toBe('B1');
    expect(f?.cells.epost).toBe('B2');
  });

  it('reads column A and B of the sheet even when the used range starts lower', () => {
    const f = readPartnership({ sheets: [sheet('Partnerskap', [['Telefon', '99 99 99 99']], { origin: { row: 3, col: 0 } })] });
    expect(f?.cells.telefon).toBe('B4');
    expect(f?.values.telefon).toMatchObject({ value: '99 99 99 99' });
  });

  it('is null when the workbook has no Partnerskap sheet', () => {
    expect(readPartnership({ sheets: [sheet('Tiltak', [HEADERS])] })).toBeNull();
  });
});
