import { partnershipInputProblems, partnershipRows } from '../../src/app/partnership-form';

describe('the Partnerskap form, checked before anything is written', () => {
  it('refuses an e-post without a domain, a bad check digit, a date that does not exist and "kanskje"', () => {
    const problems = partnershipInputProblems({
      epost: 'kari@',
      organisasjonsnummer: '974760673, 974760674',
      avtaledato: '31.02.2023',
      skriftligAvtale: 'kanskje',
    });
    expect(problems).toEqual({
      epost: { kind: 'email' },
      organisasjonsnummer: { kind: 'orgnr-check-digit', numbers: ['974760674'] },
      avtaledato: { kind: 'date' },
      skriftligAvtale: { kind: 'yesno' },
    });
  });

  it('tells a number that is not nine digits from nine digits with a wrong check digit', () => {
    expect(partnershipInputProblems({ organisasjonsnummer: '97476067' }).organisasjonsnummer).toEqual({
      kind: 'orgnr-digits',
      numbers: ['97476067'],
    });
    expect(partnershipInputProblems({ organisasjonsnummer: '974 760 674' }).organisasjonsnummer).toEqual({
      kind: 'orgnr-check-digit',
      numbers: ['974760674'],
    });
  });

  it('reads dates day first, never month first, and refuses what it cannot read that way', () => {
    expect(partnershipInputProblems({ avtaledato: '15.11.2023' })).toEqual({});
    expect(partnershipInputProblems({ avtaledato: '11/15/2023' })).toEqual({ avtaledato: { kind: 'date' } });
    expect(partnershipInputProblems({ avtaledato: '15. nov' })).toEqual({ avtaledato: { kind: 'date' } });
  });

  it('accepts good values and empty fields', () => {
    expect(
      partnershipInputProblems({
        epost: 'kari@drammen.kommune.no',
        organisasjonsnummer: '974 760 673',
        avtaledato: '29.2.2024',
        skriftligAvtale: 'ja',
        kontaktperson: '',
      }),
    ).toEqual({});
  });

  it('writes every label in order, the date as 15.11.2023 however it was typed', () => {
    const rows = partnershipRows({ avtaledato: '15/11/2023', skriftligAvtale: 'ja', epost: ' kari@usn.no ' });
    expect(rows[0]).toEqual(['Partnerskap', '']);
    expect(rows.find(([l]) => l === 'Avtaledato')).toEqual(['Avtaledato', '15.11.2023']);
    expect(rows.find(([l]) => l === 'Skriftlig avtale')).toEqual(['Skriftlig avtale', 'ja']);
    expect(rows.find(([l]) => l === 'E-post')).toEqual(['E-post', 'kari@usn.no']);
  });
});
