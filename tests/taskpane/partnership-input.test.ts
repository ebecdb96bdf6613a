import { partnershipInputProblems, partnershipRows } from '../../src/taskpane/partnership-input';

describe('the Partnerskap form, checked before anything is written', () => {
  it('refuses an e-post without a domain, a bad check digit, a date that does not exist and "kanskje"', () => {
    const problems = partnershipInputProblems({
      epost: 'kari@',
      organisasjonsnummer: '974760673, 974760674',
      avtaledato: '2023-02-31',
      skriftligAvtale: 'kanskje',
    });
    expect(Object.keys(problems).sort()).toEqual(['avtaledato', 'epost', 'organisasjonsnummer', 'skriftligAvtale']);
    expect(problems.organisasjonsnummer).toBe('«974760674» er ikke et gyldig organisasjonsnummer (ni siffer).');
  });

  it('accepts good values and empty fields', () => {
    expect(
      partnershipInputProblems({
        epost: 'kari@drammen.kommune.no',
        organisasjonsnummer: '974 760 673',
        avtaledato: '2024-02-29',
        skriftligAvtale: 'ja',
        kontaktperson: '',
      }),
    ).toEqual({});
  });

  it('writes every label in order, the date as 15.11.2023', () => {
    const rows = partnershipRows({ avtaledato: '2023-11-15', skriftligAvtale: 'ja', epost: ' kari@usn.no ' });
    expect(rows[0]).toEqual(['Partnerskap', '']);
    expect(rows.find(([l]) => l === 'Avtaledato')).toEqual(['Avtaledato', '15.11.2023']);
    expect(rows.find(([l]) => l === 'Skriftlig avtale')).toEqual(['Skriftlig avtale', 'ja']);
    expect(rows.find(([l]) => l === 'E-post')).toEqual(['E-post', 'kari@usn.no']);
  });
});
