import type { Profile } from '../profile';

/*
 * Vocabulary the built-in rounds share, as data. A new round copies what still holds and
 * changes the rest (`behovsmelding profiles --json ID` writes a whole profile out).
 */

type Vocabulary = Profile['vocabulary'];

/** The three schemes of the 2024 rounds (seed 000: "regional ordning, … desentralisert ordning og … kompetanseløftet"). */
export const ORDNINGER_2024: Vocabulary['ordninger'] = [
  { key: 'regional', name: 'regional ordning', label: 'regional', spellings: ['rekom', 'regional'] },
  { key: 'desentralisert', name: 'desentralisert ordning', label: 'desentralisert', spellings: ['dekom', 'desentral'] },
  {
    key: 'kompetanseloftet',
    name: 'kompetanseløftet',
    label: 'kompetanseløftet',
    spellings: ['kompetanseløft', 'spesialped', 'inkluderende'],
  },
];

/** Seed 000: "Vurdering av kompetansebehov • Planlegging og utvikling av kompetansetiltak • Gjennomføring av kompetansetiltak". */
export const FASER_2024: Vocabulary['faser'] = [
  {
    key: 'vurdering',
    name: 'Vurdering av kompetansebehov',
    label: 'vurdering',
    spellings: ['vurdering', 'kartlegg', 'behov'],
    descriptionRequired: false,
  },
  {
    key: 'planlegging',
    name: 'Planlegging og utvikling av kompetansetiltak',
    label: 'planlegging',
    spellings: ['planlegg'],
    exact: ['utvikling'],
    descriptionRequired: true,
  },
  {
    key: 'gjennomforing',
    name: 'Gjennomføring av kompetansetiltak',
    label: 'gjennomføring',
    spellings: ['gjennomf'],
    descriptionRequired: true,
  },
];

const UH_HEADERS = ['UH', 'UH-partner', 'Universitet/høgskole', 'UH-institusjon', 'Universitet', 'Høgskole'];

export const UH = { key: 'uh', name: 'universitet eller høgskole', headers: UH_HEADERS, spellings: [], teacherEducation: true };
export const FAGSKOLE = {
  key: 'fagskole',
  name: 'fagskole',
  headers: ['Fagskole', 'Fagskolepartner'],
  spellings: ['fagskole'],
  teacherEducation: true,
};
export const NASJONALT_SENTER = {
  key: 'nasjonalt-senter',
  name: 'nasjonalt senter',
  headers: ['Nasjonalt senter', 'UH/nasjonalt senter'],
  spellings: ['nasjonalt senter', 'nasjonale senter', 'nasjonalt kompetansesenter', 'Statped', 'Lesesenteret', 'Skrivesenteret'],
  teacherEducation: true,
};

/** RULES.md: "barnehage, skole, PPT, laget rundt barnet, ledere, eiere". */
export const TARGET_GROUPS_2024: Vocabulary['targetGroups'] = [
  { name: 'barnehage', spellings: ['barnehage', 'barnehager', 'barnehagen', 'barnehagene'] },
  { name: 'skole', spellings: ['skole', 'skoler', 'skolen', 'skolene'] },
  { name: 'PPT', spellings: ['PPT', 'PP-tjeneste', 'PP-tjenesten', 'PP-tjenester', 'pedagogisk-psykologisk tjeneste'] },
  {
    name: 'laget rundt barnet',
    spellings: [
      'laget rundt barnet',
      'laget rundt barna',
      'laget rundt eleven',
      'laget rundt barnet og eleven',
      'laget rundt barna og elevene',
    ],
  },
  { name: 'ledere', spellings: ['leder', 'ledere', 'lederne'] },
  { name: 'eiere', spellings: ['eier', 'eiere', 'eierne'] },
];

/**
 * A check of the program's own, not a round's terms: said so in words, so that no finding claims
 * a source it does not have (RULES.md). Never names a file of the project.
 */
export const OWN_CHECK = 'Behovsmeldings egen kontroll';
export const ownCheck = (quote: string) => ({ title: OWN_CHECK, quote });

/** Source of the checks that make a table readable (columns, cell values, titles, repeats). */
export const PROGRAM_SOURCE = ownCheck('Det som ikke kan leses nøyaktig, er et funn på cellen – aldri en stille null.');

/** No grant document says how e-post and dates are written on the Partnerskap sheet. */
export const PARTNERSHIP_SHEET_SOURCE = ownCheck(
  'Kontaktpersonens e-post og avtalens dato på arket Partnerskap må kunne leses, så meldingen kan brukes.',
);

/** orgnr-invalid: the register's number format, in our words. */
export const ORGNR_SOURCE = {
  title: 'Enhetsregisteret, Brønnøysundregistrene (omskrevet)',
  quote: 'Organisasjonsnummeret har ni siffer; det siste er et kontrollsiffer (modulus 11).',
};

/** The desentralisert ordning's egenandel: Statsforvalteren's published terms, paraphrased (no seed text holds them). */
export const OWN_SHARE_TITLE = 'Statsforvalterens vilkår for desentralisert ordning (omskrevet, ikke ordrett)';
