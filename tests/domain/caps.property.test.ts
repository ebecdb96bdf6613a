import fc from 'fast-check';
import { GOOD_ROW } from './builders';
import { only, run } from './run';

/** The caps hold at their exact edge for any amount, not just the examples. */
describe('caps at their edge, for any owner amount', () => {
  const owner = fc.integer({ min: 10, max: 50_000_000 });

  it('coordinator: floor(30 %) passes, one krone more than 30 % fails', () => {
    fc.assert(
      fc.property(owner, (eier) => {
        const row = { ...GOOD_ROW, tilskuddEier: eier, egenandel: eier, koordinatorBegrunnelse: 'Mange kommuner må samordnes tett' };
        const atCap = Math.floor(0.3 * eier * 100) / 100;
        expect(only(run([{ ...row, koordinator: atCap }]), 'coordinator-over-cap')).toEqual([]);
        expect(only(run([{ ...row, koordinator: atCap + 1 }]), 'coordinator-over-cap')).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('egenandel: ceil(30 %) passes, one krone less fails', () => {
    fc.assert(
      fc.property(owner, (eier) => {
        const row = { ...GOOD_ROW, tilskuddEier: eier };
        const atMin = Math.ceil(0.3 * eier * 100) / 100;
        expect(only(run([{ ...row, egenandel: atMin }]), 'own-share-below-minimum')).toEqual([]);
        expect(only(run([{ ...row, egenandel: atMin - 1 }]), 'own-share-below-minimum')).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
