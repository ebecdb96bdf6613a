import { PROFILE_CARRIER_SHEET, carrierRows, readCarrierRows } from '../../src/domain/profile-carrier';
import { findProfile, PROFILES } from '../../src/domain/profiles';
import type { Profile } from '../../src/domain/profile';
import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { PROMPT_LIMITS, type CellValidation, type TemplateSheet } from '../../src/sheet/template/spec';
import { templateSpec } from '../../src/sheet/template/template';
import { readTiltakTable } from '../../src/table/read';
import { tableVocabulary } from '../../src/table/vocabulary';

const K26 = findProfile('kollektiv-kompetanseutvikling-2026')!;
const KN24 = findProfile('kompetansenettverk-2024')!;
const OV24 = findProfile('oslo-viken-2024')!;

const spec = (profile: Profile, language: 'nb' | 'nn' = 'nb') =>
  templateSpec(profile, { kind: 'builtin', id: profile.id }, textsFor(language));
const sheet = (profile: Profile, name: string, language: 'nb' | 'nn' = 'nb') =>
  spec(profile, language).sheets.find((s) => s.name === name)!;
const headers = (s: TemplateSheet) => s.cells.filter((c) => /^[A-Z]+1$/.test(c.address)).map((c) => String(c.value));

/** The validation on the Tiltak column with this header. */
function column(profile: Profile, header: string, language: 'nb' | 'nn' = 'nb'): CellValidation {
  const s = sheet(profile, 'Tiltak', language);
  const cell = s.cells.find((c) => c.value === header && /^[A-Z]+1$/.test(c.address));
  if (!cell) throw new Error(`no column ${header}`);
  const col = cell.address.slice(0, -1);
  return s.validations.find((v) => v.range === `${col}2:${col}501`)!;
}

describe.each(PROFILES.map((p) => [p.id, p] as const))('the template of %s', (_id, profile) => {
  it('lists exactly the profile’s faser, and ordninger only when it has more than one; each item reads back as its key', () => {
    const vocab = tableVocabulary(profile);
    const fase = column(profile, 'Fase');
    expect(fase.rule).toEqual({ kind: 'list', values: profile.vocabulary.faser.map((f) => f.label) });
    if (fase.rule.kind !== 'list') throw new Error('no list');
    expect(fase.rule.values.map((v) => vocab.parsers.fase(v))).toEqual(
      profile.vocabulary.faser.map((f) => ({ kind: 'ok', value: f.key, raw: f.label })),
    );
    const tiltak = sheet(profile, 'Tiltak');
    if (profile.vocabulary.ordninger.length > 1) {
      const ordning = column(profile, 'Ordning');
      expect(ordning.rule).toEqual({ kind: 'list', values: profile.vocabulary.ordninger.map((o) => o.label) });
      if (ordning.rule.kind !== 'list') throw new Error('no list');
      expect(ordning.rule.values.map((v) => vocab.parsers.ordning(v))).toEqual(
        profile.vocabulary.ordninger.map((o) => ({ kind: 'ok', value: o.key, raw: o.label })),
      );
    } else {
      expect(headers(tiltak)).not.toContain('Ordning');
    }
  });

  it('gives Målgruppe a hint naming every target group, not a list', () => {
    const malgruppe = column(profile, 'Målgruppe');
    expect(malgruppe.rule).toEqual({ kind: 'any' });
    for (const g of profile.vocabulary.targetGroups) expect(malgruppe.prompt.message).toContain(g.name);
  });

  it('takes whole kroner from 0 in every amount column and a date in Start and Slutt, with their formats', () => {
    const tiltak = sheet(profile, 'Tiltak');
    for (const header of ['Tilskudd eier', 'Tilskudd UH', ...(headers(tiltak).includes('Koordinator') ? ['Koordinator'] : [])]) {
      expect(column(profile, header)).toMatchObject({ rule: { kind: 'wholeNumber', min: 0 }, error: { style: 'stop' } });
    }
    for (const header of ['Start', 'Slutt'])
      expect(column(profile, header).rule).toEqual({ kind: 'date', from: '1990-01-01', to: '2100-12-31' });
    const formats = tiltak.areas.map((a) => [a.range, a.style.numberFormat]).filter(([, f]) => f);
    const col = (h: string) => String.fromCharCode(65 + headers(tiltak).indexOf(h));
    expect(formats).toContainEqual([`${col('Tilskudd eier')}2:${col('Tilskudd eier')}501`, '#,##0 "kr"']);
    expect(formats).toContainEqual([`${col('Start')}2:${col('Start')}501`, 'dd.mm.yyyy']);
  });

  it.each(['nb', 'nn'] as const)(
    'keeps every input message and alert within Excel’s limits (%s), and says something on every column',
    (language) => {
      for (const s of spec(profile, language).sheets) {
        for (const v of s.validations) {
          expect(v.prompt.title.length).toBeLessThanOrEqual(PROMPT_LIMITS.title);
          expect(v.prompt.message.length).toBeLessThanOrEqual(PROMPT_LIMITS.message);
          expect(v.prompt.message.endsWith('…')).toBe(false);
          if (v.error) {
            expect(v.error.title.length).toBeLessThanOrEqual(PROMPT_LIMITS.title);
            expect(v.error.message.length).toBeLessThanOrEqual(PROMPT_LIMITS.message);
          }
          if (v.rule.kind === 'custom') expect(v.rule.formula.length).toBeLessThanOrEqual(255);
          if (v.rule.kind === 'list') expect(v.rule.values.join(',').length).toBeLessThanOrEqual(255);
        }
      }
      const tiltak = sheet(profile, 'Tiltak', language);
      expect(tiltak.validations).toHaveLength(headers(tiltak).length);
    },
  );

  it('writes headers the reader maps to their fields, with nothing left over, as an Excel Table with a frozen header', () => {
    const tiltak = sheet(profile, 'Tiltak');
    const grid = { sheets: [{ name: 'Tiltak', cells: [headers(tiltak)], origin: { row: 0, col: 0 }, merges: [], tables: [] }] };
    const read = readTiltakTable(grid, { texts: nb, vocabulary: tableVocabulary(profile) });
    if (!read.ok) throw new Error(read.message);
    expect(Object.values(read.table.mapping).map((m) => m!.header)).toEqual(headers(tiltak));
    expect(tiltak.table).toEqual({
      name: 'Tiltakstabell',
      range: `A1:${String.fromCharCode(64 + headers(tiltak).length)}2`,
      style: 'TableStyleMedium2',
    });
    expect(tiltak.freezeRows).toBe(1);
  });

  it('carries the profile on a very hidden sheet', () => {
    const carrier = sheet(profile, PROFILE_CARRIER_SHEET);
    expect(carrier.veryHidden).toBe(true);
    const rows = [1, 2, 3, 4].map((r) => carrier.cells.filter((c) => c.address.endsWith(String(r))).map((c) => c.value));
    expect(readCarrierRows(rows)).toEqual({ stored: { kind: 'builtin', id: profile.id }, language: 'nb' });
  });
});

describe('columns follow the round', () => {
  it('2026: its own partner header, no Ordning, no coordinator, egenandel, fylke or supplerende', () => {
    expect(headers(sheet(K26, 'Tiltak'))).toEqual([
      'Nr.',
      'Tiltak',
      'Fase',
      'Beskrivelse',
      'Hvem gjør hva',
      'Eiere',
      'UH/fagskole',
      'Målgruppe',
      'Enheter',
      'Tilskudd eier',
      'Tilskudd UH',
      'Start',
      'Slutt',
      'Forankring',
      'Kollektive prosesser',
      'Styrker lærerutdanningen',
    ]);
  });

  it('kompetansenettverk-2024: Ordning, coordinator with its justification and egenandel', () => {
    const h = headers(sheet(KN24, 'Tiltak'));
    for (const header of ['Ordning', 'Koordinator', 'Begrunnelse koordinator', 'Egenandel']) expect(h).toContain(header);
    expect(h).not.toContain('Fylke');
    expect(h).not.toContain('Supplerende');
  });

  it('oslo-viken-2024: Fylke for its geography rule, Supplerende as Ja/Nei, no coordinator', () => {
    const h = headers(sheet(OV24, 'Tiltak'));
    expect(h).toContain('UH/nasjonalt senter');
    expect(h).toContain('Fylke');
    expect(h).not.toContain('Koordinator');
    expect(column(OV24, 'Supplerende').rule).toEqual({ kind: 'list', values: ['Ja', 'Nei'] });
    expect(column(OV24, 'Fylke').prompt.message).toContain('Oslo, Viken');
  });
});

describe('input messages say the rule of the round', () => {
  it('an error rule refuses, a warning rule only asks: Fase is stop in 2024 and warning in 2026', () => {
    expect(column(KN24, 'Fase').error?.style).toBe('stop');
    expect(column(K26, 'Fase').error?.style).toBe('warning');
    expect(column(KN24, 'Tiltak').prompt.message).toMatch(/Må fylles ut\.$/);
    expect(column(K26, 'Fase').prompt.message).toMatch(/Bør fylles ut\.$/);
  });

  it('names the round’s caps and the fagskole exception where the profile has them', () => {
    expect(column(KN24, 'Koordinator').prompt.message).toBe(
      'Del av eiers midler til koordinator, i hele kroner. Høyst 30 % av eiers midler i meldingen. Krever minst 2 kommuner. Begrunn det i kolonnen for begrunnelse.',
    );
    expect(column(KN24, 'Slutt').prompt.message).toContain('Høyst 3 år etter start. Slutter det etter 31.7.2025, er tiltaket flerårig.');
    expect(column(K26, 'Slutt').prompt.message).toBe('Siste dag, skrevet dd.mm.åååå: 31.07.2027. Må fylles ut.');
    expect(column(K26, 'Styrker lærerutdanningen').prompt.message).toContain('Ikke nødvendig når eneste partner er fagskole.');
    expect(column(KN24, 'Styrker lærerutdanningen').prompt.message).not.toContain('fagskole');
    expect(column(K26, 'Målgruppe').prompt.message).toContain('Videregående opplæring hører til en annen ordning.');
  });

  it('counts words of a criterion the way Valider does, as a warning', () => {
    expect(column(K26, 'Forankring')).toMatchObject({
      rule: {
        kind: 'custom',
        formula: 'LEN(TRIM(SUBSTITUTE(N2,CHAR(10)," ")))-LEN(SUBSTITUTE(TRIM(SUBSTITUTE(N2,CHAR(10)," "))," ",""))+1>=4',
      },
      error: { style: 'warning' },
    });
  });

  it('is nynorsk in a nynorsk template, with the same lists and headers', () => {
    expect(column(K26, 'Fase', 'nn').prompt.message).toBe(
      'Vel éin fase frå lista: vurdering, planlegging eller gjennomføring. Eit tiltak er berre i éin fase. Planlegging og gjennomføring krev ei skildring. Bør fyllast ut.',
    );
    expect(column(K26, 'Fase', 'nn').rule).toEqual(column(K26, 'Fase').rule);
    expect(spec(K26, 'nn').sheets.map((s) => s.name)).toEqual(['Tiltak', 'Partnerskap', 'Rettleiing', PROFILE_CARRIER_SHEET]);
  });
});

describe('the Partnerskap sheet', () => {
  const partnership = sheet(KN24, 'Partnerskap');
  const at = (label: string) => {
    const row = partnership.cells.find((c) => c.value === label)!.address.slice(1);
    return partnership.validations.find((v) => v.range === `B${row}`)!;
  };

  it('has the contract’s labels in column A, in order, under a header row', () => {
    expect(partnership.cells.filter((c) => c.address.startsWith('A')).map((c) => c.value)).toEqual([
      'Opplysning',
      'Partnerskap',
      'Eiere',
      'UH',
      'Organisasjonsnummer',
      'Kontaktperson',
      'E-post',
      'Telefon',
      'Skriftlig avtale',
      'Avtaledato',
      'Avtale – hvem',
      'Avtale – hva',
      'Avtale – når',
      'Ansatte og tillitsvalgte involvert',
    ]);
  });

  it('validates e-post, organisasjonsnummer, avtaledato and the ja/nei answers', () => {
    expect(at('E-post').rule.kind).toBe('custom');
    expect(at('Organisasjonsnummer').rule.kind).toBe('custom');
    expect(at('Avtaledato').rule).toEqual({ kind: 'date', from: '1990-01-01', to: '2100-12-31' });
    expect(at('Skriftlig avtale').rule).toEqual({ kind: 'list', values: ['Ja', 'Nei'] });
    expect(at('Ansatte og tillitsvalgte involvert').rule).toEqual({ kind: 'list', values: ['Ja', 'Nei'] });
    expect(at('Organisasjonsnummer').error?.style).toBe('stop');
    expect(at('E-post').error?.style).toBe('warning');
    expect(partnership.areas).toContainEqual({ range: at('Organisasjonsnummer').range, style: { numberFormat: '@' } });
  });
});

describe('the Veiledning sheet', () => {
  const text = (profile: Profile) => sheet(profile, 'Veiledning').cells.map((c) => String(c.value));

  it('names the round, its deadline where it has one, and where the rules come from', () => {
    expect(text(KN24)).toContain('Frist: 15.12.2023.');
    expect(text(K26).some((t) => t.startsWith('Frist'))).toBe(false);
    expect(text(K26)).toContain('Profilen er foreløpig. Ikke bekreftet: ' + K26.unconfirmed.join(', ') + '.');
    for (const s of K26.sources) expect(text(K26)).toContain(`${s.title} (${s.publisher})`);
  });
});

describe('the carrier', () => {
  it('splits a long profile over rows and puts it together again', () => {
    const json = JSON.stringify({ ...K26, id: 'lang', unconfirmed: Array.from({ length: 3000 }, (_, i) => `punkt ${i}`) });
    expect(json.length).toBeGreaterThan(30_000);
    const rows = carrierRows({ stored: { kind: 'file', json }, language: 'nn' });
    expect(rows.filter(([key]) => key === 'json').length).toBeGreaterThan(1);
    for (const [, value] of rows) expect(String(value).length).toBeLessThanOrEqual(32_767);
    expect(readCarrierRows(rows)).toEqual({ stored: { kind: 'file', json }, language: 'nn' });
  });

  it('is not read from a sheet that only looks like one', () => {
    expect(
      readCarrierRows([
        ['behovsmelding-mal', 2],
        ['sprak', 'nb'],
        ['profil', 'builtin'],
        ['id', 'x'],
      ]),
    ).toBeNull();
    expect(readCarrierRows([['Tiltak', 'Fase']])).toBeNull();
    expect(
      readCarrierRows([
        ['behovsmelding-mal', 1],
        ['sprak', 'en'],
        ['profil', 'builtin'],
        ['id', 'x'],
      ]),
    ).toBeNull();
  });
});
