import { countiesOf, countyName, ownerCounties, splitPlaces } from '../../src/domain/norway/places';
import { GOOD_PARTNERSHIP, GOOD_ROW } from './builders';
import { OV, only, run } from './run';

const partnership = { ...GOOD_PARTNERSHIP, ansatteInvolvert: true };
const outside = (eiere: string[], fylke: string) =>
  only(run([{ ...GOOD_ROW, eiere, fylke }], { profile: OV, partnership }), 'geography-outside-region');

describe('places from the municipality list (1 January 2024)', () => {
  it('places owners by their municipality or county, whatever follows the name', () => {
    expect(ownerCounties('Oslo kommune v/ Utdanningsetaten')).toEqual(['03']);
    expect(ownerCounties('Lillestrøm kommune')).toEqual(['32']);
    expect(ownerCounties('Akershus fylkeskommune')).toEqual(['32']);
    expect(ownerCounties('Drammen')).toEqual(['33']);
    expect(ownerCounties('Herøy kommune')).toEqual(['15', '18']);
    expect(ownerCounties('Læringsverkstedet AS')).toBeUndefined();
  });

  it('reads Viken as the three counties it became, and keeps "og" inside county names', () => {
    expect(countiesOf('Viken')).toEqual(['31', '32', '33']);
    expect(countyName('31')).toBe('Østfold');
    expect(splitPlaces('Møre og Romsdal, Drammen og Lillestrøm')).toEqual(['Møre og Romsdal', 'Drammen', 'Lillestrøm']);
    expect(splitPlaces('Guovdageaidnu; Oslo')).toEqual(['Guovdageaidnu', 'Oslo']);
    expect(countiesOf('Guovdageaidnu')).toEqual(['56']);
  });
});

describe('geography-outside-region (oslo-viken-2024)', () => {
  it('takes "Oslo kommune v/ Utdanningsetaten" as an Oslo owner', () => {
    expect(outside(['Oslo kommune v/ Utdanningsetaten'], 'Oslo')).toEqual([]);
    const f = outside(['Oslo kommune v/ Utdanningsetaten'], 'Bærum');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe(
      'Oslo kommune v/ Utdanningsetaten ligger i Oslo og kan bare melde behov for virksomheter i Oslo, men «Lesing i alle fag» (rad 2) gjelder Bærum (Akershus).',
    );
  });

  it('reads a Sted column of towns as their counties: Drammen and Lillestrøm are in the Viken region', () => {
    expect(outside(['Drammen kommune', 'Lillestrøm kommune'], 'Drammen, Lillestrøm')).toEqual([]);
    expect(outside(['Asker'], 'Viken')).toEqual([]);
    const f = outside(['Drammen kommune'], 'Drammen, Oslo');
    expect(f.map((x) => x.message)).toEqual([
      'Drammen kommune ligger i Buskerud og kan bare melde behov for virksomheter i Østfold, Akershus og Buskerud, men «Lesing i alle fag» (rad 2) gjelder Oslo.',
    ]);
  });

  it('never places an owner from elsewhere in Viken, and never flags a place it cannot find', () => {
    expect(outside(['Bergen kommune'], 'Buskerud')).toEqual([]);
    expect(outside(['Drammen kommune'], 'Sentrum')).toEqual([]);
    const all = run([{ ...GOOD_ROW, eiere: ['Bergen kommune', 'Oslo kommune'], fylke: 'Vestland' }], { profile: OV, partnership });
    expect(all.map((x) => x.message).join(' ')).not.toMatch(/Bergen kommune (hører|ligger)/);
    expect(only(all, 'geography-outside-region')).toHaveLength(1);
  });
});

describe('messages in Norwegian', () => {
  it('shows dates as Norwegian dates, never ISO', () => {
    const f = run([
      {
        ...GOOD_ROW,
        start: { kind: 'ok', value: { from: '2025-01-01', to: '2025-01-01' }, raw: '2025-01-01' },
        slutt: { kind: 'ok', value: { from: '2024-12-31', to: '2024-12-31' }, raw: '2024-12-31' },
      },
    ]);
    const message = only(f, 'period-invalid')[0]!.message;
    expect(message).toBe('Slutt (31.12.2024) er før start (1.1.2025) i «Lesing i alle fag» (rad 2).');
    expect(f.map((x) => x.message).join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('does not call a negative amount "til sammen 0 kr"', () => {
    const f = run([{ ...GOOD_ROW, tilskuddEier: -5000, tilskuddUh: undefined }]);
    expect(only(f, 'amount-invalid').map((x) => x.message)).toEqual(['«Tilskudd eier» er negativt (−5 000 kr).']);
    expect(f.map((x) => x.message).join(' ')).not.toContain('0 kr.');
    expect(only(f, 'amount-missing')).toEqual([]);
  });
});
