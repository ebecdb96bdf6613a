import { writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { buildMeldingDocument } from '../domain/melding';
import type { Profile } from '../domain/profile';
import type { FieldKey } from '../domain/model';
import type { Texts } from '../i18n';
import { renderMeldingPdf } from '../pdf/melding-pdf';
import { writeMeldingOnlyWorkbook } from '../xlsx/melding-workbook';
import { freeSheetNames } from '../sheet/generated';
import type { CliArgs } from './args';
import { checkFile } from './check-file';
import type { Io } from './main';

/**
 * `behovsmelding melding`: one melding sheet per melding in a workbook of their own, written
 * to --out (never over the input), and with --pdf the meldinger as PDF. The user's file is
 * only read: a library's round trip of it would lose what the library does not model (the
 * 1904 date system, sheet protection, number-format escapes, macros).
 * Exit 0 when every melding is complete, 1 when some is a draft, 2 when nothing could be made
 * (also when the table holds no tiltak: an empty melding workbook would only mislead).
 */
export async function runMelding(args: CliArgs, profile: Profile, today: string, io: Io, sample: string, texts: Texts): Promise<number> {
  const input = args.files[0] ?? sample;
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
  const out = resolve(args.out ?? join(process.cwd(), `${basename(input, extname(input))}-behovsmelding.xlsx`));
  if (out === resolve(input)) {
    io.err('--out kan ikke være den samme filen som arbeidsboken; velg et annet navn.');
    return 2;
  }
  const doc = buildMeldingDocument({
    table: result.table,
    partnership: result.partnership,
    profile,
    findings: result.findings,
    today,
    texts,
  });
  if (doc.meldinger.length === 0) {
    const { headerRow, sheet } = result.table;
    io.err(
      `${basename(input)}: Fant ingen tiltak under overskriftene i rad ${headerRow} på arket «${sheet}», så det er ingen melding å lage.`,
    );
    return 2;
  }
  await writeFile(out, await writeMeldingOnlyWorkbook(doc));
  io.out(`Skrev ${out}`);
  if (args.pdf) {
    await writeFile(resolve(args.pdf), await renderMeldingPdf(doc));
    io.out(`Skrev ${resolve(args.pdf)}`);
  }
  const names = freeSheetNames(doc);
  for (const [i, m] of doc.meldinger.entries()) {
    const status = m.status === 'komplett' ? 'komplett' : `UTKAST – ${m.errors} feil må rettes (se behovsmelding validate)`;
    io.out(`  «${names[i]}»: ${m.tiltak.length} tiltak, ${status}`);
  }
  return doc.meldinger.some((m) => m.status === 'utkast') ? 1 : 0;
}
