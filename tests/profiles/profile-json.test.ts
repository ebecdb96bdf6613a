import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseProfile, parseProfileJson } from '../../src/domain/profile';
import { PROFILES } from '../../src/domain/profiles';
import { checkWorkbook } from '../../src/table/check';
import { openWorkbookFile } from '../../src/xlsx/open';

const SAMPLE = resolve(__dirname, '../../assets/eksempel.xlsx');

describe('profiles as JSON', () => {
  it.each(PROFILES.map((p) => [p.id, p] as const))('%s round-trips through JSON with identical findings', async (_id, profile) => {
    const copy = parseProfileJson(JSON.stringify(profile, null, 2));
    if (!copy.ok) throw new Error(copy.message);
    expect(copy.profile).toEqual(profile);
    const opened = await openWorkbookFile(SAMPLE);
    if (!opened.ok) throw new Error(opened.message);
    for (const today of ['2023-11-01', '2026-12-03']) {
      const a = checkWorkbook(opened.grid, { profile, today });
      const b = checkWorkbook(opened.grid, { profile: copy.profile, today });
      expect(a.ok && b.ok).toBe(true);
      expect(b.ok && b.findings).toEqual(a.ok && a.findings);
      expect(a.ok && a.findings.length).toBeGreaterThan(0);
    }
  });

  it('names the path of the bad field, in Norwegian', () => {
    const base = JSON.parse(JSON.stringify(PROFILES[1])) as Record<string, any>;
    const bad = (change: (p: Record<string, any>) => void) => {
      const p = JSON.parse(JSON.stringify(base)) as Record<string, any>;
      change(p);
      const r = parseProfile(p);
      return r.ok ? 'ok' : r.message;
    };
    expect(bad((p) => (p.vocabulary.ordninger[0].key = 'Regional ordning'))).toBe(
      'Profilen er ikke gyldig: «vocabulary.ordninger.0.key» – Bruk små bokstaver a–z, sifre og bindestrek.',
    );
    expect(bad((p) => (p.parameters.deadline = '15.12.2023'))).toBe(
      'Profilen er ikke gyldig: «parameters.deadline» – Dato må skrives ÅÅÅÅ-MM-DD.',
    );
    expect(bad((p) => (p.parameters.maxTiltak = 5))).toMatch(/^Profilen er ikke gyldig: «parameters» – .*maxTiltak/);
    expect(bad((p) => (p.rules['finnes-ikke'] = p.rules['deadline-passed']))).toBe(
      'Profilen er ikke gyldig: «rules» – Ukjent nøkkel: "finnes-ikke".',
    );
    expect(bad((p) => (p.parameters.ownShare.ordning = 'kollektiv'))).toBe(
      'Profilen er ikke gyldig: «parameters.ownShare.ordning» – ordningen må være en av regional, desentralisert, kompetanseloftet.',
    );
    expect(bad((p) => (p.vocabulary.ordninger[0].spellings = ['regional ordning']))).toBe(
      'Profilen er ikke gyldig: «vocabulary.ordninger.0.spellings.0» – Skriv ett ord (eller begynnelsen av et ord), uten mellomrom.',
    );
    expect(bad((p) => (p.schemaVersion = 1))).toMatch(/^Profilen er ikke gyldig: «schemaVersion»/);
    expect(bad((p) => (p.status = 'foreløpig'))).toBe(
      'Profilen er ikke gyldig: «unconfirmed» – en foreløpig profil må si hva som ikke er bekreftet.',
    );
  });

  it('the test profile file is a valid profile (the CLI tests start from it)', () => {
    const r = parseProfile(JSON.parse(readFileSync(resolve(__dirname, '../cli/profile-base.json'), 'utf8')));
    expect(r.ok).toBe(true);
  });
});
