import type { Texts } from '../../i18n';
import { PARTNERSHIP_SHEET } from '../fields';
import { nameKey } from '../format';
import { cellOf, okValue, rowLabel, type RuleContext } from '../context';
import { countiesOf, countyName, ownerCounties, splitPlaces } from '../norway/places';
import type { PartnershipFacts, PartnershipKey } from '../model';

/** Norwegian organisation numbers: 9 digits, the last a MOD11 check digit (weights 3,2,7,6,5,4,3,2). */
export function isValidOrgnr(text: string): boolean {
  if (!/^\d{9}$/.test(text)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(text[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(text[8]);
}

/** Where a partnership fact lives: its value cell, or nowhere yet (label row or sheet missing). */
function place(facts: PartnershipFacts | null, key: PartnershipKey) {
  return { sheet: facts?.sheet ?? PARTNERSHIP_SHEET, cells: [facts?.cells[key]], field: key };
}

function whereToWrite(texts: Texts, facts: PartnershipFacts | null, key: PartnershipKey): string {
  const t = texts.domain.partnershipPlace;
  const label = texts.domain.partnershipFields[key];
  if (!facts) return t.noSheet({ sheet: PARTNERSHIP_SHEET, label });
  const cell = facts.cells[key];
  return cell ? t.cell({ label, cell, sheet: facts.sheet }) : t.noLabel({ label, sheet: facts.sheet });
}

function isFilled(facts: PartnershipFacts | null, key: PartnershipKey): boolean {
  return facts !== null && facts.values[key].kind === 'ok';
}

function isYes(facts: PartnershipFacts | null, key: 'skriftligAvtale' | 'ansatteInvolvert'): boolean {
  return facts !== null && okValue(facts.values[key]) === true;
}

/** Contact person, written agreement, staff involvement and organisation numbers. */
export function checkPartnership(ctx: RuleContext): void {
  const { partnership: facts, report, texts } = ctx;
  const t = texts.rules;
  const labels = texts.domain.partnershipFields;
  const missingSheet = facts ? undefined : PARTNERSHIP_SHEET;
  const where = (key: PartnershipKey) => whereToWrite(texts, facts, key);

  if (!isFilled(facts, 'kontaktperson')) {
    const message = t['contact-missing'].message({ severalOwners: severalOwners(ctx), missingSheet });
    report.add('contact-missing', place(facts, 'kontaktperson'), message, where('kontaktperson'));
  }

  if (report.runs('agreement-missing')) {
    if (!isYes(facts, 'skriftligAvtale')) {
      report.add(
        'agreement-missing',
        place(facts, 'skriftligAvtale'),
        t['agreement-missing'].message({ missingSheet }),
        facts ? t['agreement-missing'].hint({ label: labels.skriftligAvtale }) : where('skriftligAvtale'),
      );
    }
    // Without the sheet the finding above says so once: its fields are missing, not "tom".
    for (const key of facts ? (['avtaleHvem', 'avtaleHva', 'avtaleNar'] as const) : []) {
      if (isFilled(facts, key)) continue;
      const message = t['agreement-missing'].part({ part: key, label: labels[key], missingSheet });
      report.add('agreement-missing', place(facts, key), message, where(key));
    }
  }

  if (report.runs('staff-involvement-missing') && !isYes(facts, 'ansatteInvolvert')) {
    report.add(
      'staff-involvement-missing',
      place(facts, 'ansatteInvolvert'),
      t['staff-involvement-missing'].message({ missingSheet }),
      facts ? t['staff-involvement-missing'].hint({ label: labels.ansatteInvolvert }) : where('ansatteInvolvert'),
    );
  }

  const orgnr = facts?.values.organisasjonsnummer;
  if (facts && orgnr?.kind === 'ok') {
    for (const item of orgnr.value.filter((n) => !isValidOrgnr(n))) {
      report.add(
        'orgnr-invalid',
        place(facts, 'organisasjonsnummer'),
        t['orgnr-invalid'].message({ value: item }),
        t['orgnr-invalid'].hint,
      );
    }
  }
}

/** Two or more distinct owners on the sheet and in the rows; stops at the second. */
function severalOwners(ctx: RuleContext): boolean {
  let first: string | undefined;
  const differs = (name: string) => (first ??= nameKey(name)) !== nameKey(name);
  const fromSheet = ctx.partnership ? okValue(ctx.partnership.values.eiere) : undefined;
  for (const name of fromSheet ?? []) if (differs(name)) return true;
  for (const row of ctx.table.rows) for (const name of okValue(row.values.eiere) ?? []) if (differs(name)) return true;
  return false;
}

/** geography-outside-region: owners report only for units in their region's counties (municipality list 2024). */
export function checkGeography(ctx: RuleContext): void {
  const regions = ctx.profile.parameters.geography;
  if (!regions || !ctx.report.runs('geography-outside-region')) return;
  const placesOf = new Map<string, Array<{ name: string; counties: readonly string[] }>>();
  for (const row of ctx.table.rows) {
    const text = okValue(row.values.fylke);
    const owners = okValue(row.values.eiere);
    if (!text || !owners) continue;
    let places = placesOf.get(text);
    if (places === undefined) {
      places = [];
      // A name the list does not know cannot be placed, so it is never called outside.
      for (const name of splitPlaces(text)) {
        const counties = countiesOf(name);
        if (counties) places.push({ name, counties });
      }
      placesOf.set(text, places);
    }
    if (places.length === 0) continue;
    for (const owner of owners) {
      const home = ownerCounties(owner);
      const region = home && regions.find((r) => home.every((c) => r.ownerCounties.includes(c)));
      if (!home || !region) continue;
      const outside = places.filter((p) => !p.counties.every((c) => region.allowedCounties.includes(c)));
      if (outside.length === 0) continue;
      const shown = outside.map((p) =>
        nameKey(p.name) === nameKey(countyName(p.counties[0]!)) ? p.name : `${p.name} (${p.counties.map(countyName).join('/')})`,
      );
      const t = ctx.texts.rules['geography-outside-region'];
      ctx.report.add(
        'geography-outside-region',
        { cells: [cellOf(row, 'fylke'), cellOf(row, 'eiere')], row: row.row, field: 'fylke' },
        t.message({
          owner,
          home: home.map(countyName),
          allowed: region.allowedCounties.map(countyName),
          tiltak: rowLabel(ctx.texts, row),
          places: shown,
        }),
        t.hint,
      );
    }
  }
}
