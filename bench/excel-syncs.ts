import { nb } from '../src/i18n';
import { findProfile } from '../src/domain/profiles';
import { writeMeldingSheets } from '../src/excel/melding';
import { createExcelPort } from '../src/excel/port';
import { checkWorkbook } from '../src/table/check';
import { buildDoc, manyRows } from '../tests/melding/fixtures';
import { validateCommand } from '../src/commands/validate';
import { createExcelHost, type ExcelHost } from '../tests/office-host/host';
import { PROFILES, type HostProfile } from '../tests/office-host/profiles';
import { reopen } from '../tests/office-host/reopen';
import { HostWorkbook } from '../tests/office-host/workbook';
import { syntheticGrid } from './grid';

const KN = findProfile('kompetansenettverk-2024')!;

/** Syncs, largest request and largest response of one action, as the real Office.js client serialised them. */
async function measure(host: ExcelHost, action: () => Promise<unknown>): Promise<string> {
  host.stats.reset();
  const failed = await action().then(
    () => '',
    (e: unknown) => ` – FEILET: ${(e as { code?: string }).code ?? String(e)}`,
  );
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const saves = host.stats.settingsSaves ? `, lagret innstillinger ${host.stats.settingsSaves} ganger` : '';
  return `${host.stats.syncs} syncs, største forespørsel ${mb(host.stats.largestRequest())}, største svar ${mb(host.stats.largestResponse())}${saves}${failed}`;
}

function tableHost(profile: HostProfile, rows: number): ExcelHost {
  const book = new HostWorkbook();
  const sheet = book.addSheet('Tiltak');
  syntheticGrid(rows).sheets[0]!.cells.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null && typeof v !== 'object') sheet.put(r, c, { value: v });
    }),
  );
  const host = createExcelHost(profile, book);
  host.install();
  return host;
}

const check = (grid: Parameters<typeof checkWorkbook>[0]) => {
  const r = checkWorkbook(grid, { profile: KN, today: '2023-11-01', texts: nb });
  return r.ok ? r.findings : [];
};

/**
 * `npm run bench -- syncs`: each action on the simulated Excel host (tests/office-host) under
 * every host profile, the oldest the manifest admits included. Valider is counted after the pane
 * has learned the structure (prepare). A line says so when an action saved the document's
 * settings (none should: a save clears Excel's undo list).
 */
export async function benchExcelSyncs(): Promise<string[]> {
  const lines = ['Office.js per handling, målt med den ekte Office.js-klienten mot den simulerte Excel-verten:'];
  for (const profile of PROFILES) {
    lines.push(`  ${profile.name} (ExcelApi 1.${profile.excelApi}${profile.payloadLimit ? ', grense 5 MB' : ''}):`);
    for (const rows of [10, 1_000, 2_000, 50_000]) {
      const host = tableHost(profile, rows);
      const port = createExcelPort(host.run);
      await port.prepare();
      const validate = await measure(host, () => port.check(check));
      host.userEdit('Tiltak', 'F4', 'Skolebasert utvikling med samlinger og veiledning hele året');
      const live = await measure(host, () => port.check(check, { onlyIfChanged: true }));
      const goTo = await measure(host, () => port.select('Tiltak', ['E4', 'K4', 'Q4']));
      const clear = await measure(host, () => port.clearHighlights());
      lines.push(`    ${String(rows).padStart(6)} rader: Valider ${validate}`);
      lines.push(`                  sjekk på nytt ${live}`);
      lines.push(`                  Gå til ${goTo}`);
      lines.push(`                  Fjern markering ${clear}`);
      if (rows === 1_000) {
        await port.check(check);
        const next = createExcelHost(profile, reopen(host.book));
        next.install();
        const reopened = await measure(next, () => createExcelPort(next.run).check(check));
        lines.push(`                  Valider etter lagre og åpne igjen (nye id-er) ${reopened}`);
        const ribbon = createExcelHost(profile, next.book);
        ribbon.install();
        const ribbonValidate = await measure(ribbon, () =>
          validateCommand({ completed: () => undefined } as unknown as Office.AddinCommands.Event, { today: '2023-11-01' }),
        );
        lines.push(`                  Valider i båndet (egen kjøretid, lærer strukturen selv) ${ribbonValidate}`);
      }
    }
    for (const count of [5, 50, 200]) {
      const book = new HostWorkbook();
      book.addSheet('Tiltak').set('A1', 'x');
      const host = createExcelHost(profile, book);
      host.install();
      const made = await measure(host, () => writeMeldingSheets(host.run, buildDoc(manyRows(count)), nb));
      lines.push(`    Lag behovsmelding, ${count} tiltak: ${made}`);
    }
  }
  return lines;
}
