import { basename, extname } from 'node:path';
import { buildMeldingDocument } from '../domain/melding';
import type { Profile } from '../domain/profile';
import type { FieldKey } from '../domain/model';
import type { Texts } from '../i18n';
import { renderMeldingPdf } from '../pdf/melding-pdf';
import { writeMeldingOnlyWorkbook } from '../xlsx/melding-workbook';
import { freeSheetNames } from '../sheet/generated';
import type { CliArgs } from './args';
import { checkFile } from './check-file';
import type { Io } from './io';
import { planOutputs, writeOutput } from './output';

/**
 * `behovsmelding melding`: one melding sheet per melding in a workbook of their own, written
 * to --out (never over the input), and with --pdf the meldinger as PDF. The user's file is
 * only read: a library's round trip of it would lose what the library does not model (the
 * 1904 date system, sheet protection, number-format escapes, macros).
 * Exit 0 when every melding is complete, 1 when some is a draft, 2 when nothing could be made
 * (also when the table holds no tiltak: an empty melding workbook would only mislead) or a file
 * could not be written.
 */
export async function runMelding(args: CliArgs, profile: Profile, today: string, io: Io, sample: string, texts: Texts): Promise<number> {
  const input = args.files[0] ?? sample;
  const name = basename(input, extname(input));
  // Checked before the work: no output may be the workbook, the profile file or the other output.
  const planned = await planOutputs(
    [
      { option: '--out', given: args.out, defaultName: `${name}-behovsmelding.xlsx` },
      ...(args.pdf === undefined ? [] : [{ option: '--pdf', given: args.pdf, defaultName: `${name}-behovsmelding.pdf` }]),
    ],
    [input, ...(args.profile ? [args.profile] : [])],
    texts,
  );
  if (!planned.ok) {
    io.err(planned.message);
    return 2;
  }
  const [xlsx, pdf] = planned.outputs;
  const result = await checkFile(input, basename(input), {
    profile,
    today,
    texts,
    sheet: args.sheet,
    map: args.map as Partial<Record<FieldKey, string>>,
  });
  if (!result.ok) {
    io.err(result.line);
    return 2;
  }
  const { table, partnership, findings } = result;
  const doc = buildMeldingDocument({ table, partnership, profile, findings, today, texts });
  if (doc.meldinger.length === 0) {
    const { headerRow, sheet } = result.table;
    io.err(texts.cli.meldingNoTiltak({ file: basename(input), row: headerRow, sheet }));
    return 2;
  }
  for (const [output, render] of [
    [xlsx!, () => writeMeldingOnlyWorkbook(doc, texts)],
    [pdf, () => renderMeldingPdf(doc, texts)],
  ] as const) {
    if (!output) continue;
    const written = await writeOutput(output, await render(), texts);
    if (!written.ok) {
      io.err(written.message);
      return 2;
    }
    io.out(texts.cli.wrote({ path: output.path }));
  }
  const names = freeSheetNames(doc);
  for (const [i, m] of doc.meldinger.entries()) {
    const status = m.status === 'komplett' ? texts.cli.meldingComplete : texts.cli.meldingDraft({ errors: m.errors });
    io.out(texts.cli.meldingSheet({ sheet: names[i]!, tiltak: m.tiltak.length, status }));
  }
  return doc.meldinger.some((m) => m.status === 'utkast') ? 1 : 0;
}
