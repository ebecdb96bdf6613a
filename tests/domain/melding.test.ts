import { nb } from '../../src/i18n';
import { buildMeldingDocument } from '../../src/domain/melding';
import { uniqueSheetName } from '../../src/domain/sheet-names';
import { validate } from '../../src/domain/validate';
import type { Profile } from '../../src/domain/profile';
import { GOOD_PARTNERSHIP, GOOD_ROW, makePartnership, makeTable, type RowInput } from './builders';
import { KN, OV } from './run';

function build(rows: RowInput[], profile: Profile = KN) {
  const table = makeTable(rows);
  const partnership = makePartnership(GOOD_PARTNERSHIP);
  const today = '2023-11-01';
  const findings = validate({ table, partnership, profile, today, texts: nb });
  return buildMeldingDocument({ table, partnership, profile, findings, today, texts: nb });
}

const rows: RowInput[] = [
  { ...GOOD_ROW, tittel: 'Lesing', koordinator: 20000, koordinatorBegrunnelse: 'Tre kommuner må samordnes gjennom året' },
  { ...GOOD_ROW, tittel: 'Regning', tilskuddEier: 50000, tilskuddUh: 70000, egenandel: 15000 },
  { ...GOOD_ROW, tittel: 'Lek', ordning: 'regional', slutt: { from: '2026-08-01', to: '2026-12-31' } },
];

describe('melding document', () => {
  it('forms one melding per partnerskap and ordning under kompetansenettverk-2024', () => {
    const doc = build(rows);
    expect(doc.meldinger.map((m) => [m.title, m.sheetName, m.tiltak.map((t) => t.tittel)])).toEqual([
      ['Behovsmelding – Vest-Viken – desentralisert ordning', 'Melding Desentralisert ordning', ['Lesing', 'Regning']],
      ['Behovsmelding – Vest-Viken – regional ordning', 'Melding Regional ordning', ['Lek']],
    ]);
  });

  it('forms one melding per tiltak under oslo-viken-2024', () => {
    const doc = build(
      rows.map((r) => ({ ...r, fylke: 'Akershus' })),
      OV,
    );
    expect(doc.meldinger.map((m) => m.sheetName)).toEqual(['Melding 1 Lesing', 'Melding 2 Regning', 'Melding 3 Lek']);
    expect(doc.meldinger.every((m) => m.tiltak.length === 1)).toBe(true);
  });

  it('adds up totals and shares against the profile caps', () => {
    const [dekom, rekom] = build(rows).meldinger;
    expect(dekom!.totals).toEqual({
      tilskuddEier: 150000,
      tilskuddUh: 170000,
      total: 320000,
      koordinator: 20000,
      egenandel: 45000,
      flerarig: 0,
    });
    expect(dekom!.shares.koordinator).toEqual({ share: 20000 / 150000, limit: 0.3, ok: true });
    expect(dekom!.shares.egenandel).toEqual({ share: 0.3, limit: 0.3, ok: true });
    expect(rekom!.totals.flerarig).toBe(200000);
    expect(rekom!.shares.flerarig).toEqual({ share: 1, limit: 0.5, ok: false });
    expect(rekom!.shares.egenandel.limit).toBeNull();
    expect(rekom!.tiltak[0]!.flerarig).toBe(true);
  });

  it('marks a melding with errors as a draft and keeps the other complete', () => {
    const [dekom, rekom] = build(rows).meldinger;
    expect(dekom!.status).toBe('komplett');
    expect(dekom!.errors).toBe(0);
    expect(rekom!.status).toBe('utkast');
    expect(rekom!.findings.map((f) => f.rule)).toEqual(['multi-year-over-cap']);
  });

  it('carries the partnership, the phase name and the criteria texts', () => {
    const m = build(rows).meldinger[0]!;
    expect(m.partnerskap).toMatchObject({
      navn: 'Vest-Viken',
      kontaktperson: 'Kari Nordmann',
      avtale: { skriftlig: true, hvem: 'Drammen, Lier og USN' },
    });
    expect(m.tiltak[0]).toMatchObject({ faseNavn: 'Gjennomføring av kompetansetiltak', tilskuddEier: 100000, koordinator: 20000, row: 2 });
    expect(m.tiltak[0]!.kriterier.laererutdanning).toContain('Studenter fra USN');
  });

  it('keeps unreadable amounts as unknown, never as zero', () => {
    const m = build([{ ...GOOD_ROW, tilskuddUh: { kind: 'invalid', raw: 'ca. 5000', reason: 'unreadable' } }]).meldinger[0]!;
    expect(m.tiltak[0]!.tilskuddUh).toBeNull();
    expect(m.status).toBe('utkast');
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without forbidden characters, unique ignoring case', () => {
    const used = new Set<string>();
    const a = uniqueSheetName('Melding 1 Lesing/skriving: [alle] fag i barnehagen', used);
    const b = uniqueSheetName('MELDING 1 LESING SKRIVING ALLE FAG I BARNEHAGEN', used);
    expect(a.length).toBeLessThanOrEqual(31);
    expect(a).not.toMatch(/[[\]:*?/\\]/);
    expect(b.endsWith('(2)')).toBe(true);
    expect(b.length).toBeLessThanOrEqual(31);
  });
});
