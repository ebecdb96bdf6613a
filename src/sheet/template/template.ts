/**
 * The workbook template of a round (`behovsmelding mal`, the pane's "Lag mal"): a Tiltak sheet with
 * the profile's headers as an Excel Table, lists, number and date rules and an input message on
 * every column; the Partnerskap sheet with its labels; a short Veiledning; and the profile itself
 * on a very hidden sheet, so that Valider checks the workbook with the round it was made for.
 */
import { PARTNERSHIP_FIELDS, PARTNERSHIP_SHEET } from '../../domain/fields';
import type { PartnershipKey } from '../../domain/model';
import { partnerKinds } from '../../domain/partners';
import type { Profile } from '../../domain/profile';
import { carrierRows, PROFILE_CARRIER_SHEET } from '../../domain/profile-carrier';
import type { StoredProfileRef } from '../../domain/profile-choice';
import type { RuleId } from '../../domain/catalogue';
import type { Texts } from '../../i18n';
import { columnLetter } from '../../table/grid';
import { severityIn } from './columns';
import { templateColumns } from './columns';
import { fieldValidation } from './field-validation';
import {
  DATE_FORMAT,
  TEMPLATE_STYLES,
  TEXT_FORMAT,
  WHOLE_NOK_FORMAT,
  type CellValidation,
  type TemplateCell,
  type TemplateSheet,
  type TemplateSpec,
} from './spec';
import { alertStyle, DATE_SPAN, emailFormula, orgnrFormula, TEMPLATE_ROWS, validation } from './validations';

/** The Excel Table on the Tiltak sheet (a name of its own: table names share the workbook's namespace). */
export const TEMPLATE_TABLE = 'Tiltakstabell';

export function templateSpec(profile: Profile, stored: StoredProfileRef, texts: Texts): TemplateSpec {
  const tiltak = tiltakSheet(profile, texts);
  return {
    sheets: [tiltak, partnershipSheet(profile, texts), guideSheet(profile, texts), carrierSheet(stored, texts)],
    activeSheet: tiltak.name,
    styles: TEMPLATE_STYLES,
  };
}

const LAST_ROW = 1 + TEMPLATE_ROWS;

function tiltakSheet(profile: Profile, texts: Texts): TemplateSheet {
  const columns = templateColumns(profile, texts);
  const cells: TemplateCell[] = [];
  const areas: TemplateSheet['areas'] = [];
  const validations: CellValidation[] = [];
  columns.forEach((c, i) => {
    const col = columnLetter(i);
    const range = `${col}2:${col}${LAST_ROW}`;
    cells.push({ address: `${col}1`, value: c.header, style: 'header' });
    const kind = c.field.kind;
    const numberFormat = kind === 'amount' ? WHOLE_NOK_FORMAT : kind === 'period' ? DATE_FORMAT : undefined;
    if (numberFormat || c.longText)
      areas.push({ range, style: { ...(numberFormat ? { numberFormat } : {}), ...(c.longText ? { wrap: true } : {}), vertical: 'top' } });
    validations.push(fieldValidation(c.field.key, c.header, range, `${col}2`, profile, texts));
  });
  const last = columnLetter(columns.length - 1);
  return {
    name: texts.template.sheets.tiltak,
    cells,
    areas,
    columnWidths: columns.map((c) => c.width),
    freezeRows: 1,
    // One empty row under the header: Excel's smallest table, which grows as rows are typed below it.
    table: { name: TEMPLATE_TABLE, range: `A1:${last}2`, style: 'TableStyleMedium2' },
    validations,
  };
}

/** The rule that speaks when a Partnerskap fact is missing. */
const PARTNERSHIP_MISSING: Partial<Record<PartnershipKey, RuleId>> = {
  kontaktperson: 'contact-missing',
  skriftligAvtale: 'agreement-missing',
  avtaleHvem: 'agreement-missing',
  avtaleHva: 'agreement-missing',
  avtaleNar: 'agreement-missing',
  ansatteInvolvert: 'staff-involvement-missing',
};

function partnershipSheet(profile: Profile, texts: Texts): TemplateSheet {
  const t = texts.template;
  const cells: TemplateCell[] = [
    { address: 'A1', value: t.partnershipHeader.label, style: 'header' },
    { address: 'B1', value: t.partnershipHeader.value, style: 'header' },
  ];
  const areas: TemplateSheet['areas'] = [];
  const validations: CellValidation[] = [];
  PARTNERSHIP_FIELDS.forEach((field, i) => {
    const cell = `B${i + 2}`;
    const label = texts.domain.partnershipFields[field.key];
    cells.push({ address: `A${i + 2}`, value: label, style: 'label' });
    const missing = PARTNERSHIP_MISSING[field.key];
    const need = missing ? { need: severityIn(profile, missing) } : {};
    const p = t.partnershipPrompts;
    const prompt =
      field.key === 'uh'
        ? p.uh({ partners: texts.format.list(partnerKinds(profile).accepted, 'or') })
        : (p[field.key] as (params: typeof need) => string)(need);
    const alerts = t.alerts;
    switch (field.key) {
      case 'organisasjonsnummer':
        areas.push({ range: cell, style: { numberFormat: TEXT_FORMAT } });
        validations.push(
          validation(cell, { kind: 'custom', formula: orgnrFormula(cell) }, label, prompt, {
            style: alertStyle(severityIn(profile, 'orgnr-invalid')),
            ...alerts.orgnr,
          }),
        );
        break;
      case 'epost':
        validations.push(
          validation(cell, { kind: 'custom', formula: emailFormula(cell) }, label, prompt, {
            style: alertStyle(severityIn(profile, 'email-invalid')),
            ...alerts.email,
          }),
        );
        break;
      case 'telefon':
        areas.push({ range: cell, style: { numberFormat: TEXT_FORMAT } });
        validations.push(validation(cell, { kind: 'any' }, label, prompt));
        break;
      case 'skriftligAvtale':
      case 'ansatteInvolvert':
        validations.push(validation(cell, { kind: 'list', values: t.yesNo }, label, prompt, { style: 'stop', ...alerts.yesNo }));
        break;
      case 'avtaledato':
        areas.push({ range: cell, style: { numberFormat: DATE_FORMAT } });
        validations.push(
          validation(cell, { kind: 'date', ...DATE_SPAN }, label, prompt, {
            style: alertStyle(severityIn(profile, 'date-invalid')),
            ...alerts.agreementDate,
          }),
        );
        break;
      default:
        validations.push(validation(cell, { kind: 'any' }, label, prompt));
    }
  });
  return { name: PARTNERSHIP_SHEET, cells, areas, columnWidths: [34, 50], freezeRows: 1, validations };
}

function guideSheet(profile: Profile, texts: Texts): TemplateSheet {
  const g = texts.template.guide;
  const lines: Array<[string, TemplateCell['style']] | null> = [
    [g.title({ profile: profile.name }), 'title'],
    [g.round({ name: profile.name, version: profile.version, status: profile.status }), 'text'],
    profile.status === 'foreløpig' ? [g.preliminary({ items: profile.unconfirmed }), 'text'] : null,
    profile.parameters.deadline ? [g.deadline({ date: profile.parameters.deadline }), 'text'] : null,
    null,
    [g.stepsHeading, 'heading'],
    ...g.steps.map((step, i): [string, TemplateCell['style']] => [`${i + 1}. ${step}`, 'text']),
    [g.storedProfile, 'text'],
    null,
    [g.sourcesHeading, 'heading'],
    ...profile.sources.flatMap((s): Array<[string, TemplateCell['style']]> => [
      [g.source({ title: s.title, ...(s.publisher ? { publisher: s.publisher } : {}) }), 'label'],
      ...(s.quote ? [[`«${s.quote}»`, 'quote'] as [string, TemplateCell['style']]] : []),
    ]),
  ];
  const cells: TemplateCell[] = [];
  let row = 0;
  for (const line of lines) {
    row++;
    if (line) cells.push({ address: `A${row}`, value: line[0], style: line[1] });
  }
  return { name: texts.template.sheets.guide, cells, areas: [], columnWidths: [110], freezeRows: 0, validations: [] };
}

function carrierSheet(stored: StoredProfileRef, texts: Texts): TemplateSheet {
  const cells = carrierRows({ stored, language: texts.language }).flatMap(([key, value], i): TemplateCell[] => [
    { address: `A${i + 1}`, value: key, style: 'carrier' },
    { address: `B${i + 1}`, value, style: 'carrier' },
  ]);
  return { name: PROFILE_CARRIER_SHEET, veryHidden: true, cells, areas: [], columnWidths: [], freezeRows: 0, validations: [] };
}
