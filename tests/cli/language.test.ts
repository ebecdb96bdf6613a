import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, type CommandId } from '../../src/cli/args';
import { main, SAMPLE_WORKBOOK } from '../../src/cli/main';
import { nb, type Texts } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { tempDir } from './workbooks';

const TODAY = ['--today', '2023-11-01'];

/**
 * Each command's ordinary run over the sample workbook, in a folder of its own; for a command that
 * writes a workbook, its file name and a text the workbook must hold (a catalogue entry).
 */
const RUNS: Record<CommandId, { argv: (dir: string) => string[]; writes?: { file: string; text: (t: Texts) => string } }> = {
  validate: { argv: () => ['validate', ...TODAY] },
  melding: {
    argv: (dir) => ['melding', '--out', join(dir, 'melding.xlsx'), ...TODAY],
    writes: { file: 'melding.xlsx', text: (t) => t.sheet.columns.hva },
  },
  oversikt: {
    argv: (dir) => {
      mkdirSync(join(dir, 'inn'));
      copyFileSync(SAMPLE_WORKBOOK, join(dir, 'inn', 'eksempel.xlsx'));
      return ['oversikt', join(dir, 'inn'), '--out', join(dir, 'oversikt.xlsx'), ...TODAY];
    },
    writes: { file: 'oversikt.xlsx', text: (t) => t.oversikt.sheet.title },
  },
  profiles: { argv: () => ['profiles'] },
  mal: {
    argv: (dir) => ['mal', '--out', join(dir, 'mal.xlsx')],
    writes: { file: 'mal.xlsx', text: (t) => t.template.guide.sourcesHeading },
  },
};

/** Words only bokmål writes. */
const BOKMAL = /\b(ikke|hva|hvor|hvilke|fra|sjekket|Fant|Skrev|nevner|hører|peker|lagret|arbeidsboken|meldinger|fastsatt)\b/;

/** What the user reads that is ours: not the lines quoting a profile's sources, not names and quotes in «». */
const ours = (said: string) =>
  said
    .split('\n')
    .filter((line) => !/^\s*(Kilde|Kjelde):/.test(line))
    .join('\n')
    .replace(/«[^»]*»/g, '«»');

async function runIn(argv: (dir: string) => string[], language: string[]) {
  const dir = tempDir();
  const lines: string[] = [];
  const say = (t: string) => void lines.push(t);
  const status = await main([...argv(dir), ...language], { out: say, err: say });
  return { status, dir, said: lines.join('\n').replaceAll(dir, 'DIR') };
}

/** Every text cell of a workbook a command wrote. */
const textCells = (file: string) =>
  readWorkbookGridSync(new Uint8Array(readFileSync(file))).sheets.flatMap((s) => s.cells.flat().filter((v) => typeof v === 'string'));

describe('--sprak and --language on every command', () => {
  it('has a run here for every command there is', () => {
    expect(Object.keys(RUNS).sort()).toEqual(COMMANDS.map((c) => c.id).sort());
    for (const command of COMMANDS) expect(command.options).toContain('language');
  });

  it.each(COMMANDS.map((c) => c.id))('%s says and writes nynorsk with --sprak nn, and the same with --language=nn', async (id) => {
    const { argv, writes } = RUNS[id];
    const bokmal = await runIn(argv, []);
    const sprak = await runIn(argv, ['--sprak', 'nn']);
    const language = await runIn(argv, ['--language=nn']);

    expect([sprak.status, language.status]).toEqual([bokmal.status, bokmal.status]);
    expect(language.said).toBe(sprak.said);
    expect(ours(bokmal.said)).toMatch(BOKMAL);
    expect(ours(sprak.said)).not.toMatch(BOKMAL);
    if (writes) {
      const nn = textsFor('nn');
      expect(writes.text(nn)).not.toBe(writes.text(nb));
      expect(textCells(join(bokmal.dir, writes.file))).toContain(writes.text(nb));
      const cells = textCells(join(sprak.dir, writes.file));
      expect(cells).toContain(writes.text(nn));
      expect(cells).not.toContain(writes.text(nb));
    }
  });
});
