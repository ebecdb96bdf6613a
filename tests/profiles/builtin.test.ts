import { ProfileSchema } from '../../src/domain/profile-schema';
import { PROFILES } from '../../src/domain/profiles';

/**
 * The built-in profiles are used as they are written, without parsing (the pane then loads zod only
 * to read a profile file): each must already be what the schema makes of it, every default
 * written out, nothing unknown, every refinement met.
 */
describe('the built-in profiles', () => {
  it.each(PROFILES.map((p) => [p.id, p] as const))('%s is exactly what the schema makes of it', (_id, profile) => {
    expect(ProfileSchema.parse(profile)).toStrictEqual(profile);
  });

  it('finds a default left out (a profile without the defaulted fields is not what the schema makes of it)', () => {
    const { headers: _headers, ...withoutHeaders } = PROFILES[0]!;
    expect(ProfileSchema.parse(withoutHeaders)).not.toStrictEqual(withoutHeaders);
  });
});
