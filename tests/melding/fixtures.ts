import { nb, type Texts } from '../../src/i18n';
import { buildMeldingDocument, type MeldingDocument } from '../../src/domain/melding';
import type { FieldValue, Period } from '../../src/domain/model';
import type { Profile } from '../../src/domain/profile';
import { findProfile } from '../../src/domain/profiles';
import { validate } from '../../src/domain/validate';
import { GOOD_PARTNERSHIP, GOOD_ROW, makePartnership, makeTable, type PartnershipInput, type RowInput } from '../domain/builders';

export const KN = findProfile('kompetansenettverk-2024')!;
export const OV = findProfile('oslo-viken-2024')!;
export const TODAY = '2023-11-01';

/** A period cell as typed, e.g. "høst 2024". */
export function period(raw: string, from: string, to: string): FieldValue<Period> {
  return { kind: 'ok', value: { from, to }, raw };
}
const HOST_2024 = period('høst 2024', '2024-08-01', '2024-12-31');
const VAR_2025 = period('vår 2025', '2025-01-01', '2025-07-31');

/** A melding as a partnership would write it: Norwegian letters, a coordinator, a long criterion. */
export const REALISTIC_ROWS: RowInput[] = [
  {
    ...GOOD_ROW,
    nr: '1',
    tittel: 'Lesing i alle fag på mellomtrinnet',
    beskrivelse: 'Skolebasert utvikling av leseopplæringen med samlinger, utprøving i klasserommet og veiledning fra USN.',
    ansvar: 'Kommunene organiserer team og fellestid; USN holder samlinger og veileder teamene.',
    eiere: ['Drammen', 'Lier', 'Øvre Eiker'],
    tilskuddEier: 400000,
    tilskuddUh: 250000,
    koordinator: 60000,
    koordinatorBegrunnelse: 'Tre kommuner og fjorten skoler krever felles plan, samlingsopplegg og oppfølging mellom samlingene.',
    egenandel: 130000,
    start: HOST_2024,
    slutt: VAR_2025,
    malgruppe: ['skole', 'ledere'],
    forankring:
      'Behovet er kartlagt i personalmøter og ledermøter på hver skole høsten 2023, og drøftet med USN i partnerskapsmøtet i oktober. ' +
      'Tillitsvalgte deltok i arbeidsgruppen som prioriterte lesing, og rektorene har forankret tiltaket i skolenes årshjul.',
    kollektiv: 'Hele personalet arbeider i team med felles refleksjon over egen praksis, utprøving og kollegaveiledning.',
    laererutdanning:
      'Lærerstudenter fra USN har praksis i tiltaket, og forskere bruker erfaringene i undervisningen på grunnskolelærerutdanningen.',
  },
  {
    ...GOOD_ROW,
    nr: '2',
    tittel: 'Vurdering for læring – ungdomstrinnet',
    fase: 'planlegging',
    beskrivelse: 'Utvikle felles praksis for underveisvurdering i ungdomsskolen.',
    ansvar: 'Rektorene leder arbeidet lokalt; USN bidrar med fagstoff og prosessledelse.',
    tilskuddEier: 300000,
    tilskuddUh: 200000,
    egenandel: 90000,
    start: HOST_2024,
    slutt: VAR_2025,
  },
];

export function buildDoc(
  rows: RowInput[] = REALISTIC_ROWS,
  options: { profile?: Profile; partnership?: PartnershipInput; texts?: Texts } = {},
): MeldingDocument {
  const table = makeTable(rows);
  const partnership = makePartnership(
    options.partnership ?? { ...GOOD_PARTNERSHIP, telefon: '32 04 70 00', avtaledato: { from: '2023-10-12', to: '2023-10-12' } },
  );
  const profile = options.profile ?? KN;
  const texts = options.texts ?? nb;
  const findings = validate({ table, partnership, profile, today: TODAY, texts });
  return buildMeldingDocument({ table, partnership, profile, findings, today: TODAY, texts });
}

/** `count` valid tiltak in one partnership and ordning (more than 5 adds too-many-measures findings). */
export function manyRows(count: number): RowInput[] {
  return Array.from({ length: count }, (_, i) => ({
    ...REALISTIC_ROWS[i % REALISTIC_ROWS.length]!,
    nr: String(i + 1),
    tittel: `Tiltak ${i + 1}: ${REALISTIC_ROWS[i % REALISTIC_ROWS.length]!.tittel as string}`,
  }));
}
