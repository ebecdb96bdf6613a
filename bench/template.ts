/**
 * The workbook template: its size per built-in round, the time of `behovsmelding mal` as a whole
 * process and of the writing alone, and how many of the sample workbook's findings the template's
 * validation would have stopped (or questioned) while the values were typed.
 *
 * The last is worked out, not watched: each finding's cell value, as the sample stores it, is put to
 * the rule the template sets on that column (list, whole number, date, word count), the way Excel
 * applies it to a typed value. A blank cell passes (allowBlank), as it does in Excel.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkFile } from '../src/cli/check-file';
import { PROFILES } from '../src/domain/profiles';
import { textsFor } from '../src/i18n/all';
import { fieldRule } from '../src/sheet/template/field-validation';
import type { ValidationRule } from '../src/sheet/template/spec';
import { templateSpec } from '../src/sheet/template/template';
import { cellText } from '../src/table/normalize';
import { parseAddress, type CellValue } from '../src/table/grid';
import { openWorkbookFile } from '../src/xlsx/open';
import { writeTemplateWorkbook } from '../src/xlsx/template-workbook';
import { medianAsync, middle, ms } from './measure';

const ROOT = resolve(__dirname, '..');
const SAMPLE = join(ROOT, 'assets/eksempel.xlsx');
/** Before every built-in deadline: the findings of the round itself, not of a late check. */
const TODAY = '2023-12-01';

/**
 * The findings a column's rule is about: a value it refuses or questions is counted only for these
 * (a semester in Slutt is questioned as "not a date", which does not prevent duration-too-long).
 */
const PREVENTS: Record<ValidationRule['kind'], readonly string[]> = {
  any: [],
  list: ['phase-invalid', 'phase-multiple', 'scheme-invalid', 'value-invalid'],
  wholeNumber: ['amount-invalid', 'value-invalid'],
  date: ['period-invalid'],
  custom: ['criterion-text-thin'],
};

/** What Excel does with a stored value under a rule: pass it, or refuse or question it. */
function excelSays(rule: ValidationRule, value: CellValue): 'pass' | 'fails' {
  if (value === null || cellText(value).trim() === '') return 'pass';
  switch (rule.kind) {
    case 'any':
      return 'pass';
    case 'list':
      return rule.values.some((v) => v.toLowerCase() === cellText(value).trim().toLowerCase()) ? 'pass' : 'fails';
    case 'wholeNumber':
      return typeof value === 'number' && Number.isInteger(value) && value >= rule.min ? 'pass' : 'fails';
    case 'date': {
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
      return iso !== undefined && iso >= rule.from && iso <= rule.to ? 'pass' : 'fails';
    }
    case 'custom': {
      // The only custom rule on a tiltak column is the word count (validations.ts minWordsFormula).
      const min = Number(/>=(\d+)$/.exec(rule.formula)?.[1]);
      return cellText(value).trim().split(/\s+/).length >= min ? 'pass' : 'fails';
    }
  }
}

async function caughtAtTyping(): Promise<string[]> {
  const texts = textsFor('nb');
  const opened = await openWorkbookFile(SAMPLE);
  const checked = await checkFile(SAMPLE, 'eksempel.xlsx', { profiles: PROFILES, today: TODAY, texts });
  if (!opened.ok || !checked.ok || !checked.choice) return ['eksempel.xlsx kunne ikke leses'];
  const profile = checked.choice.profile;
  const sheet = opened.grid.sheets.find((s) => s.name === checked.table.sheet)!;
  const valueAt = (a1: string): CellValue => {
    const at = parseAddress(a1)!;
    return sheet.cells[at.row - sheet.origin.row]?.[at.col - sheet.origin.col] ?? null;
  };
  const byRule = new Map<string, { total: number; stopped: number; asked: number }>();
  for (const f of checked.findings) {
    const entry = byRule.get(f.rule) ?? { total: 0, stopped: 0, asked: 0 };
    byRule.set(f.rule, entry);
    entry.total++;
    const field = f.field;
    const cell = field && checked.table.mapping[field as keyof typeof checked.table.mapping] ? f.cells[0] : undefined;
    if (!cell || f.sheet !== sheet.name) continue;
    const rule = fieldRule(field as never, field!, cell, profile, texts);
    if (!rule || !PREVENTS[rule.rule.kind].includes(f.rule) || excelSays(rule.rule, valueAt(cell)) === 'pass') continue;
    if (rule.error.style === 'stop') entry.stopped++;
    else entry.asked++;
  }
  const total = checked.findings.length;
  const stopped = [...byRule.values()].reduce((n, e) => n + e.stopped, 0);
  const asked = [...byRule.values()].reduce((n, e) => n + e.asked, 0);
  return [
    `eksempel.xlsx (${profile.id}, ${TODAY}): ${total} funn; malen ville ha stoppet ${stopped} og spurt om ${asked} mens verdien ble skrevet`,
    ...[...byRule.entries()].map(([rule, e]) => `  ${rule.padEnd(34)} ${e.total} funn: ${e.stopped} stoppet, ${e.asked} spurt`),
  ];
}

export async function benchTemplate(): Promise<string[]> {
  const lines: string[] = [];
  const texts = textsFor('nb');
  for (const profile of PROFILES) {
    const spec = templateSpec(profile, { kind: 'builtin', id: profile.id }, texts);
    const bytes = await writeTemplateWorkbook(spec, new Date());
    const write = await medianAsync(5, () => writeTemplateWorkbook(spec, new Date()));
    lines.push(`mal ${profile.id}: ${(bytes.length / 1024).toFixed(1)} KiB, skriving ${ms(write)} (median av 5)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-mal-'));
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const out = join(dir, `mal-${i}.xlsx`);
      const start = performance.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/behovsmelding.js'), 'mal', '--out', out], { encoding: 'utf8' });
      times.push(performance.now() - start);
      if (r.status !== 0) throw new Error(r.stderr);
      statSync(out);
    }
    lines.push(`behovsmelding mal --out mal.xlsx (hel prosess, bygget CLI): ${ms(middle(times))} (median av 5)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [...lines, ...(await caughtAtTyping())];
}

if (require.main === module) {
  void benchTemplate().then((out) => out.forEach((line) => console.log(line)));
}
