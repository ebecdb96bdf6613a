import { nb, type Texts } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseProfile, parseProfileJson } from '../../src/domain/profile-schema';
import { PROFILES } from '../../src/domain/profiles';
import { checkWorkbook } from '../../src/table/check';
import { openWorkbookFile } from '../../src/xlsx/open';

const SAMPLE = resolve(__dirname, '../../assets/eksempel.xlsx');

describe('profiles as JSON', () => {
  it.each(PROFILES.map((p) => [p.id, p] as const))('%s round-trips through JSON with identical findings', async (_id, profile) => {
    const copy = parseProfileJson(JSON.stringify(profile, null, 2), nb);
    if (!copy.ok) throw new Error(copy.message);
    expect(copy.profile).toEqual(profile);
    const opened = await openWorkbookFile(SAMPLE);
    if (!opened.ok) throw new Error(opened.message);
    for (const today of ['2023-11-01', '2026-12-03']) {
      const a = checkWorkbook(opened.grid, { profile, today, texts: nb });
      const b = checkWorkbook(opened.grid, { profile: copy.profile, today, texts: nb });
      expect(a.ok && b.ok).toBe(true);
      expect(b.ok && b.findings).toEqual(a.ok && a.findings);
      expect(a.ok && a.findings.length).toBeGreaterThan(0);
    }
  });

  const base = JSON.parse(JSON.stringify(PROFILES[1])) as Record<string, any>;
  const bad = (change: (p: Record<string, any>) => void, texts: Texts = nb) => {
    const p = JSON.parse(JSON.stringify(base)) as Record<string, any>;
    change(p);
    const r = parseProfile(p, texts);
    return r.ok ? 'ok' : r.message;
  };

  it('names the path of the bad field, in Norwegian', () => {
    expect(bad((p) => (p.vocabulary.ordninger[0].key = 'Regional ordning'))).toBe(
      'Profilen er ikke gyldig: «vocabulary › ordninger › nr. 1 › key» – bruk små bokstaver a–z, sifre og bindestrek.',
    );
    expect(bad((p) => (p.parameters.deadline = '15.12.2023'))).toBe(
      'Profilen er ikke gyldig: «parameters › deadline» – datoen skrives ÅÅÅÅ-MM-DD.',
    );
    expect(bad((p) => (p.parameters.maxTiltak = 5))).toBe('Profilen er ikke gyldig: «parameters» – ukjent nøkkel «maxTiltak».');
    expect(bad((p) => (p.rules['finnes-ikke'] = p.rules['deadline-passed']))).toBe(
      'Profilen er ikke gyldig: «rules» – ukjent nøkkel «finnes-ikke».',
    );
    expect(bad((p) => (p.surplus = 1))).toBe('Profilen er ikke gyldig: ukjent nøkkel «surplus».');
    expect(bad((p) => (p.parameters.ownShare.ordning = 'kollektiv'))).toBe(
      'Profilen er ikke gyldig: «parameters › ownShare › ordning» – ordningen må være regional, desentralisert eller kompetanseloftet.',
    );
    expect(bad((p) => (p.vocabulary.ordninger[0].spellings = ['regional ordning']))).toBe(
      'Profilen er ikke gyldig: «vocabulary › ordninger › nr. 1 › spellings › nr. 1» – skriv ett ord, eller begynnelsen av et ord, uten mellomrom.',
    );
    expect(bad((p) => (p.schemaVersion = 1))).toBe('Profilen er ikke gyldig: «schemaVersion» – skal være 2.');
    expect(bad((p) => (p.status = 'foreløpig'))).toBe(
      'Profilen er ikke gyldig: «unconfirmed» – en foreløpig profil må si hva som ikke er bekreftet.',
    );
  });

  it('says what a value should have been without the English words of zod (input, string)', () => {
    const messages = [
      bad((p) => (p.parameters.maxDurationYears = 'tre')),
      bad((p) => delete p.name),
      bad((p) => (p.name = ' ')),
      bad((p) => (p.parameters.maxTiltakPerPartnershipAndScheme = 2.5)),
      bad((p) => (p.parameters.coordinatorMaxShareOfOwnerFunds = 2)),
      bad((p) => (p.vocabulary.faser = [])),
      bad((p) => (p.groupBy = 'kommune')),
    ];
    expect(messages).toEqual([
      'Profilen er ikke gyldig: «parameters › maxDurationYears» – skal være et tall, ikke tekst.',
      'Profilen er ikke gyldig: «name» – mangler, skal være tekst.',
      'Profilen er ikke gyldig: «name» – kan ikke være tom.',
      'Profilen er ikke gyldig: «parameters › maxTiltakPerPartnershipAndScheme» – skal være et helt tall.',
      'Profilen er ikke gyldig: «parameters › coordinatorMaxShareOfOwnerFunds» – skal være høyst 1.',
      'Profilen er ikke gyldig: «vocabulary › faser» – skal ha minst 1 element.',
      'Profilen er ikke gyldig: «groupBy» – skal være "partnerskap+ordning", "partnerskap" eller "tiltak".',
    ]);
    for (const m of messages) expect(m).not.toMatch(/\b(input|string|number|expected)\b/);
  });

  it('says it in nynorsk too', () => {
    const nn = textsFor('nn');
    expect(bad((p) => (p.parameters.maxDurationYears = 'tre'), nn)).toBe(
      'Profilen er ikkje gyldig: «parameters › maxDurationYears» – skal vere eit tal, ikkje tekst.',
    );
    expect(bad((p) => (p.status = 'foreløpig'), nn)).toBe(
      'Profilen er ikkje gyldig: «unconfirmed» – ein førebels profil må seie kva som ikkje er stadfesta.',
    );
    expect(parseProfileJson('{', nn)).toEqual({ ok: false, message: 'Profilen er ikkje gyldig JSON.' });
  });

  it('the test profile file is a valid profile (the CLI tests start from it)', () => {
    const r = parseProfile(JSON.parse(readFileSync(resolve(__dirname, '../cli/profile-base.json'), 'utf8')), nb);
    expect(r.ok).toBe(true);
  });
});
