import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { formatText, type FileReport } from '../../src/cli/report';
import type { Finding } from '../../src/domain/model';

const finding = (rule: string, severity: Finding['severity'], cells: string[], row?: number, hint?: string): Finding => ({
  rule,
  severity,
  sheet: 'Tiltak',
  cells,
  ...(row === undefined ? {} : { row }),
  message: `Melding om ${rule}.`,
  ...(hint ? { hint } : {}),
});

const report = (findings: Finding[], summary: FileReport['summary']): FileReport => ({
  file: 'drammen.xlsx',
  profile: 'kompetansenettverk-2024',
  sheet: 'Tiltak',
  headerRow: 3,
  mapping: { tittel: 'B', fase: 'D' },
  findings,
  summary,
});

describe('formatText', () => {
  it('lists findings by row, then column, with the melding and other sheets last', () => {
    const text = formatText(
      report(
        [
          finding('coordinator-over-cap', 'error', ['M5', 'M7']),
          finding('criterion-text-thin', 'warning', ['Q5'], 5),
          finding('phase-multiple', 'error', ['D5'], 5, 'Del tiltaket i ett tiltak per fase.'),
          { ...finding('contact-missing', 'error', ['B5']), sheet: 'Partnerskap' },
          finding('target-group-invalid', 'info', ['I4'], 4),
        ],
        { rows: 2, errors: 3, warnings: 1, infos: 1 },
      ),
      24,
      nb,
    );
    expect(text.split('\n')).toEqual([
      'drammen.xlsx – ark «Tiltak», overskrifter i rad 3, 2 av 24 felt gjenkjent, profil kompetansenettverk-2024',
      '',
      '  RÅD      I4         target-group-invalid',
      '           Melding om target-group-invalid.',
      '  FEIL     D5         phase-multiple',
      '           Melding om phase-multiple.',
      '           → Del tiltaket i ett tiltak per fase.',
      '  ADVARSEL Q5         criterion-text-thin',
      '           Melding om criterion-text-thin.',
      '  FEIL     M5,M7      coordinator-over-cap',
      '           Melding om coordinator-over-cap.',
      '  FEIL     Partnerskap!B5 contact-missing',
      '           Melding om contact-missing.',
      '',
      '2 tiltak sjekket: 3 feil, 1 advarsel, 1 råd.',
    ]);
  });

  it('says so when nothing was found, and counts in plural', () => {
    const text = formatText(report([], { rows: 1, errors: 0, warnings: 2, infos: 0 }), 24, nb);
    expect(text).toContain('  Ingen funn. Tabellen følger reglene i profilen.');
    expect(text.endsWith('1 tiltak sjekket: 0 feil, 2 advarsler, 0 råd.')).toBe(true);
  });

  it('shortens a long list of cells', () => {
    const text = formatText(
      report([finding('too-many-measures', 'error', ['B4', 'B5', 'B6', 'B7', 'B8', 'B9'])], { rows: 6, errors: 1, warnings: 0, infos: 0 }),
      24,
      nb,
    );
    expect(text).toContain('  FEIL     B4,B5,B6,B7,… too-many-measures');
  });
});

describe('provenance and the chosen profile in the text output', () => {
  it('says why the profile was chosen and gives each finding its source', () => {
    const f = {
      ...finding('too-many-measures', 'error', ['B8'], 8),
      source: {
        title: 'Brukerveiledning Behovsmeldinger 2024',
        quote: 'Hvert partnerskap kan maksimalt levere behovsmelding for inntil 5 tiltak i hver ordning.',
      },
    };
    const text = formatText(
      report([f], { rows: 6, errors: 1, warnings: 0, infos: 0 }),
      24,
      nb,
      'Ordning-kolonnen nevner regional ordning.',
    );
    expect(text.split('\n').slice(0, 6)).toEqual([
      'drammen.xlsx – ark «Tiltak», overskrifter i rad 3, 2 av 24 felt gjenkjent, profil kompetansenettverk-2024',
      'Profilen kompetansenettverk-2024 er valgt: Ordning-kolonnen nevner regional ordning.',
      '',
      '  FEIL     B8         too-many-measures',
      '           Melding om too-many-measures.',
      '           Kilde: Brukerveiledning Behovsmeldinger 2024: «Hvert partnerskap kan maksimalt levere behovsmelding for inntil 5 tiltak i hver ordning.»',
    ]);
  });
});

describe('the text output in nynorsk', () => {
  it('speaks nynorsk in every line of its own', () => {
    const nn = textsFor('nn');
    const text = formatText(
      report([finding('criterion-text-thin', 'warning', ['Q5'], 5)], { rows: 1, errors: 0, warnings: 1, infos: 0 }),
      24,
      nn,
      'Ordning-kolonnen nemner regional ordning.',
    );
    expect(text.split('\n')).toEqual([
      'drammen.xlsx – ark «Tiltak», overskrifter i rad 3, 2 av 24 felt kjende att, profil kompetansenettverk-2024',
      'Profilen kompetansenettverk-2024 er vald: Ordning-kolonnen nemner regional ordning.',
      '',
      '  ÅTVARING Q5         criterion-text-thin',
      '           Melding om criterion-text-thin.',
      '',
      '1 tiltak sjekka: 0 feil, 1 åtvaring, 0 råd.',
    ]);
    expect(formatText(report([], { rows: 2, errors: 0, warnings: 0, infos: 0 }), 24, nn)).toContain(
      '  Ingen funn. Tabellen følgjer reglane i profilen.',
    );
  });
});
