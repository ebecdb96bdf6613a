import type { RuleId } from '../../src/domain/catalogue';
import { formatSource } from '../../src/domain/format';
import { ruleSetting } from '../../src/domain/profile';
import { findProfile, PROFILES } from '../../src/domain/profiles';

/**
 * RULES.md, "Rules of the 2026 profile and their source", pasted as it stands there (shared/RULES.md,
 * December 2026). When RULES.md changes, paste the new table: the test reads it row by row.
 */
const RULES_MD_TABLE = `
| rule | severity in 2026 | source |
| --- | --- | --- |
| uh-missing (UH or fagskole) | error | S1, S2 |
| criterion-collective-missing | error | S1 "Gjennom kollektive kompetansetiltak …" |
| criterion-teacher-education-missing | warning; not on a tiltak whose only partner is a fagskole | S1 "Partnerskap skal også bidra til å gjøre lærerutdanningene …" |
| criterion-anchoring-missing | warning | S1 (local needs), S3 |
| staff-involvement-missing (medbestemmelse) | warning: the Partnerskap sheet does not say that staff and their representatives (tillitsvalgte) are involved | S3 "Medbestemmelse skal ivaretas …" |
| target-group-invalid | warning | S1 list (barnehage, grunnskole, SFO, PP-tjenesten, kulturskole, andre kommunale tjenester som samarbeider tett med barn og elever) |
| target-group-out-of-scope | warning: videregående | S3 |
| phase rules, description-required | warning (the 2024 phases are not confirmed for 2026) | 2024 guide, carried over |
| agreement-missing | warning (no 2026 source requires a written agreement) | the program's own check |
| contact-missing | warning | the program's own check |
`;

/** How each document of RULES.md's list of sources is named in a finding's source title. */
const DOCUMENTS = {
  S1: 'Statsforvalteren i Rogaland, Kollektiv kompetanseutvikling i barnehage og grunnskole (oppdatert 18.12.2025)',
  S2: 'Udir, Utkast til forskrifter for tre tilskuddsordninger',
  S3: 'Forskrift om tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole',
  guide: 'Brukerveiledning Behovsmeldinger 2024',
} as const;

const PHASE_RULES: RuleId[] = ['phase-missing', 'phase-invalid', 'phase-multiple'];

interface Row {
  rules: RuleId[];
  severity: 'error' | 'warning';
  documents: Array<keyof typeof DOCUMENTS>;
  ownCheck: boolean;
  quote?: string;
}

function parseTable(md: string): Row[] {
  return md
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => {
      const [rule, severity, source] = line
        .split('|')
        .slice(1, 4)
        .map((c) => c.trim()) as [string, string, string];
      const ids = rule.split(',').flatMap((part): RuleId[] => {
        const p = part.trim();
        return p === 'phase rules' ? PHASE_RULES : [p.split(' ')[0] as RuleId];
      });
      const quote = /"([^"]+?)(?: …)?"/.exec(source)?.[1];
      return {
        rules: ids,
        severity: severity.startsWith('error') ? 'error' : 'warning',
        documents: [
          ...(['S1', 'S2', 'S3'] as const).filter((s) => new RegExp(`\\b${s}\\b`).test(source)),
          ...(source.includes('2024 guide') ? (['guide'] as const) : []),
        ],
        ownCheck: source.includes("program's own check"),
        ...(quote ? { quote } : {}),
      };
    });
}

const K26 = findProfile('kollektiv-kompetanseutvikling-2026')!;
const rows = parseTable(RULES_MD_TABLE);

describe('the 2026 profile, rule by rule as RULES.md gives it', () => {
  it('reads every row of the table', () => {
    expect(rows.flatMap((r) => r.rules)).toHaveLength(13);
  });

  describe.each(rows.flatMap((row) => row.rules.map((rule) => [rule, row] as const)))('%s', (rule, row) => {
    const setting = ruleSetting(K26, rule);

    it(`runs as ${row.severity}`, () => {
      expect(setting).toMatchObject({ enabled: true, severity: row.severity });
    });

    it('names exactly the documents RULES.md gives, or says it is the program’s own check', () => {
      if (row.ownCheck) {
        expect(setting.source.title).toBe('Behovsmeldings egen kontroll');
        return;
      }
      for (const [doc, title] of Object.entries(DOCUMENTS)) {
        const named = setting.source.title.includes(title);
        expect([doc, named]).toEqual([doc, row.documents.includes(doc as keyof typeof DOCUMENTS)]);
      }
    });

    if (row.quote) {
      it('quotes the sentence RULES.md quotes', () => {
        expect(setting.source.quote.startsWith(row.quote!)).toBe(true);
      });
    }
  });

  it('lists S1, S2 and S3 as its sources, with their publishers', () => {
    expect(K26.sources.map((s) => [s.title, s.publisher])).toEqual([
      ['Kollektiv kompetanseutvikling i barnehage og grunnskole', 'Statsforvalteren i Rogaland, oppdatert 18.12.2025'],
      [
        'Utkast til forskrifter for tre tilskuddsordninger – Tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole',
        'Udir, svar til Kunnskapsdepartementet',
      ],
      [
        'Forskrift om tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole',
        'Udir, udatert utkast; vedtatt tekst ikke funnet',
      ],
    ]);
    expect(K26.sources[0]!.quote).toContain('Alle som jobber i barnehage, grunnskole, SFO, PP-tjenesten og kulturskole.');
    expect(K26.sources[2]!.quote).toContain('Forskrift om kollektiv kompetanseutvikling i videregående opplæring');
  });

  it('knows the S1 list of target groups and videregående as another scheme', () => {
    const groups = K26.vocabulary.targetGroups.map((g) => g.name);
    for (const g of [
      'barnehage',
      'grunnskole',
      'SFO',
      'PPT',
      'kulturskole',
      'andre kommunale tjenester som samarbeider tett med barn og elever',
    ])
      expect(groups).toContain(g);
    expect(K26.vocabulary.otherSchemeGroups.map((g) => g.scheme)).toEqual([
      'Forskrift om kollektiv kompetanseutvikling i videregående opplæring',
    ]);
  });
});

describe('sources of the program’s own checks', () => {
  const settings = PROFILES.flatMap((p) => [
    p.defaultSource,
    ...Object.values(p.rules).map((r) => r!.source),
    ...p.sources.map((s) => ({ title: s.title, quote: s.quote ?? '' })),
  ]);

  it('never name a file of this project', () => {
    for (const s of settings) expect(formatSource(s)).not.toMatch(/RULES|\.md\b|\.ts\b|\.json\b|regelkatalog/i);
  });

  it('say in words that they are the program’s own', () => {
    for (const p of PROFILES) expect(formatSource(p.defaultSource)).toMatch(/^Behovsmeldings egen kontroll: «.+»$/);
  });
});
