import type { Finding } from '../../src/domain/model';
import { findProfile } from '../../src/domain/profiles';
import type { CellValue, WorkbookGrid } from '../../src/table/grid';
import { proposeFix } from '../../src/app/fixes';

const profile = findProfile('kompetansenettverk-2024')!;

/** One tiltak row (row 2) with the given value in column B. */
function grid(value: CellValue, sheet = 'Tiltak'): WorkbookGrid {
  return {
    sheets: [
      {
        name: sheet,
        cells: [
          ['h', 'h'],
          ['x', value],
        ],
        origin: { row: 0, col: 0 },
        merges: [],
        tables: [],
      },
    ],
  };
}
const finding = (field: string, sheet = 'Tiltak'): Finding =>
  ({ rule: 'value-invalid', severity: 'error', sheet, cells: ['B2'], row: 2, field, message: '' }) as Finding;
const propose = (field: string, value: CellValue) => proposeFix(finding(field), grid(value), profile);

describe('proposeFix', () => {
  it('turns a text amount into its number, certain, and an estimate into a number the user must confirm', () => {
    expect(propose('tilskuddEier', '150 000 kr')).toEqual({
      sheet: 'Tiltak',
      address: 'B2',
      old: '150 000 kr',
      value: 150000,
      certain: true,
    });
    expect(propose('tilskuddEier', 'ca. 200 000')).toMatchObject({ value: 200000, certain: false });
    expect(propose('egenandel', 'cirka 1,5 mill')).toMatchObject({ value: 1500000, certain: false });
  });

  it('offers nothing it cannot read exactly: ambiguous amounts, ranges, numbers already numbers', () => {
    expect(propose('tilskuddEier', '1,500')).toBeNull();
    expect(propose('tilskuddEier', 'ca. 150-200 000')).toBeNull();
    expect(propose('tilskuddEier', 150000)).toBeNull();
    expect(propose('tilskuddEier', '')).toBeNull();
  });

  it('writes phases and ordninger as the profile names them; a near miss asks, two as near offer nothing', () => {
    expect(propose('ordning', 'Dekom')).toMatchObject({ value: 'Desentralisert', certain: true });
    expect(propose('fase', 'Gjenomføring')).toMatchObject({ value: 'Gjennomføring', certain: false });
    expect(propose('fase', 'Vurdering og planlegging')).toBeNull();
    expect(propose('fase', 'Evaluering')).toBeNull();
    expect(proposeFix(finding('fase'), grid('Gjenomføring'), null)).toBeNull();
  });

  it('writes ja/nei variants as ja or nei, and leaves hedged answers alone', () => {
    expect(proposeFix(finding('skriftligAvtale', 'Partnerskap'), grid('Ja, signert 15.11.2023', 'Partnerskap'), profile)).toMatchObject({
      value: 'ja',
      certain: true,
    });
    expect(proposeFix(finding('skriftligAvtale', 'Partnerskap'), grid('Ja, delvis', 'Partnerskap'), profile)).toBeNull();
  });

  it('only names one cell, and only fields it knows', () => {
    expect(proposeFix({ ...finding('tilskuddEier'), cells: ['B2', 'C2'] }, grid('150 000 kr'), profile)).toBeNull();
    expect(propose('tittel', '150 000 kr')).toBeNull();
  });
});
