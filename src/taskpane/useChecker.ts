import { useCallback, useEffect, useRef, useState } from 'react';
import { buildMeldingDocument, type MeldingDocument } from '../domain/melding';
import { nb } from '../i18n';
import type { Finding } from '../domain/model';
import type { ColumnOverrides, WorkbookPort } from '../port/workbook-port';
import { describeChange, diffFindings } from './changes';
import { showValue, type Fix } from './fixes';
import type { SplitFix } from './split-fix';
import { useProfileSelection } from './components/useProfileSelection';
import { findingKey, goToLabel, groupFindings, step, walkOrder } from './finding-order';
import { runCheck, todayIso, type CheckOutcome } from './session';

/** Re-check this long after the last edit. */
const LIVE_DELAY_MS = 600;

export type Status = 'idle' | 'checking' | 'done' | 'failed';
export type ExportKind = 'xlsx' | 'pdf' | 'json';

const hasChange = (before: readonly Finding[], after: readonly Finding[]) => {
  const { fixed, added } = diffFindings(before, after);
  return fixed.length > 0 || added.length > 0;
};

/** The pane's state: the last check, live re-checking after the first Valider, the selected cell. */
export function useChecker(port: WorkbookPort) {
  const profile = useProfileSelection(port);
  const [status, setStatus] = useState<Status>('idle');
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<ColumnOverrides | null>(null);
  const [selected, setSelected] = useState<{ sheet: string; address: string } | null>(null);
  const [melding, setMelding] = useState<{ doc: MeldingDocument; sheets: string[] } | null>(null);
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  const [delivered, setDelivered] = useState<string | null>(null);
  /** Highlights removed by Fjern markering: the findings stay listed, live re-checking stops. */
  const [cleared, setCleared] = useState(false);
  /** The finding the user is at (findingKey), marked in the list. */
  const [current, setCurrent] = useState<string | null>(null);
  /** The live region's sentence; `n` makes the same sentence announce again. */
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const live = useRef(false);
  const latest = useRef({ overrides, outcome });
  latest.current = { overrides, outcome };

  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })), []);

  useEffect(() => {
    void port.prepare().catch(() => undefined);
    void port.loadOverrides().then(setOverrides, () => undefined);
  }, [port]);

  /**
   * Valider; a live re-check leaves highlights alone when they would not change (undo stays).
   * With `lead`, the live region says it and the totals instead of the change by cell.
   */
  const validate = useCallback(
    async (recheck = false, lead?: string) => {
      setStatus('checking');
      try {
        const before = latest.current.outcome;
        const result = await runCheck(port, profile.selection(), latest.current.overrides, todayIso(), {
          onlyIfChanged: recheck,
        });
        setOutcome(result);
        setFailure(null);
        setCleared(false);
        setStatus('done');
        live.current = true;
        const previous = before?.ok ? before.findings : null;
        // A live re-check that changed nothing stays quiet: typing elsewhere is not news.
        const quiet = recheck && !lead && result.ok && previous && !hasChange(previous, result.findings);
        const change = result.ok ? describeChange(lead ? null : previous, result.findings) : result.message;
        if (!quiet) announce(lead ? `${lead} ${change}` : change);
      } catch (e) {
        const message = e instanceof Error ? e.message : 'Sjekken mislyktes.';
        setFailure(message);
        setStatus('failed');
        announce(message);
      }
    },
    [port, profile.selection, announce],
  );

  // Live: after the first Valider, edits re-check once typing pauses.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    void port
      .onChanged(() => {
        if (!live.current) return;
        clearTimeout(timer);
        timer = setTimeout(() => void validate(true), LIVE_DELAY_MS);
      })
      .then(
        (off) => (disposed ? off() : (unsubscribe = off)),
        () => undefined,
      );
    return () => {
      disposed = true;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, validate]);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    void port
      .onSelectionChanged((sheet, address) => {
        setSelected({ sheet, address });
        // A cell picked in the sheet marks its finding, unless the current one is already there.
        const last = latest.current.outcome;
        if (!last?.ok) return;
        setCurrent((key) => {
          const at = (f: Finding) => f.sheet === sheet && f.cells.includes(address);
          if (last.findings.some((f) => findingKey(f) === key && at(f))) return key;
          const hit = last.findings.find(at);
          return hit ? findingKey(hit) : key;
        });
      })
      .then(
        (off) => (disposed ? off() : (unsubscribe = off)),
        () => undefined,
      );
    return () => {
      disposed = true;
      unsubscribe?.();
    };
  }, [port]);

  const clear = useCallback(async () => {
    await port.clearHighlights();
    live.current = false;
    setCleared(true);
    announce('Markeringene er fjernet. Verdiene dine er uendret.');
  }, [port, announce]);

  /** Select the finding's cells in the sheet, mark it in the list and say where the user is. */
  const goTo = useCallback(
    async (finding: Finding, prefix = '') => {
      const last = latest.current.outcome;
      setCurrent(findingKey(finding));
      await port.select(finding.sheet, finding.cells);
      const where = last?.ok ? goToLabel(finding, last.table).replace(/^Gå til /, '') : finding.cells.join(', ');
      announce(`${prefix}Markerte ${where}: ${finding.message}`);
    },
    [port, announce],
  );

  /** Neste feil / Forrige feil: walk the errors in the list's order, wrapping around. */
  const stepFinding = useCallback(
    async (direction: 1 | -1) => {
      const last = latest.current.outcome;
      if (!last?.ok) return;
      const order = walkOrder(groupFindings(last.findings, last.table));
      const next = step(order, current, direction);
      if (!next) return announce('Ingen feil å gå til.');
      const kind = next.severity === 'error' ? 'Feil' : 'Funn';
      await goTo(next, `${kind} ${order.indexOf(next) + 1} av ${order.length}. `);
    },
    [current, goTo, announce],
  );

  const changeOverrides = useCallback(
    async (next: ColumnOverrides) => {
      setOverrides(next);
      latest.current = { ...latest.current, overrides: next };
      await port.saveOverrides(next);
      if (live.current) await validate();
    },
    [port, validate],
  );

  /** A one-click fix: one value into one cell, then the re-check says what it changed. */
  const applyFix = useCallback(
    async (fix: Fix) => {
      try {
        await port.writeCellValue(fix.sheet, fix.address, fix.value);
        announce(`Skrev ${showValue(fix.value)} i ${fix.address} (var «${fix.old}»).`);
        await validate(true);
      } catch (e) {
        const message = e instanceof Error ? e.message : 'Verdien kunne ikke skrives.';
        setFailure(message);
        announce(message);
      }
    },
    [port, validate, announce],
  );

  /**
   * The split fix: copies of the row below it, one phase each. Rows below move, so the totals are
   * announced rather than a change by cell (every finding below would read as fixed and new).
   */
  const applySplit = useCallback(
    async (split: SplitFix) => {
      try {
        await port.splitRow(split.sheet, split.row, split.column, split.phases);
        const last = split.row + split.phases.length - 1;
        await validate(
          true,
          `Delte rad ${split.row} i ${split.phases.length} rader (rad ${split.row}–${last}): ${split.phases.join(' / ')} (var «${split.old}»).`,
        );
      } catch (e) {
        const message = e instanceof Error ? e.message : 'Raden kunne ikke deles.';
        setFailure(message);
        announce(message);
      }
    },
    [port, validate, announce],
  );

  const createPartnership = useCallback(
    async (values: ReadonlyArray<readonly [string, string]>) => {
      await port.createPartnershipSheet(values);
      await validate();
      announce('Laget arket Partnerskap og sjekket på nytt.');
    },
    [port, validate, announce],
  );

  /** After a profile is picked or loaded (and kept in the workbook): re-check when live. */
  const profileChanged = useCallback(() => {
    if (live.current) void validate();
  }, [validate]);

  /** Lag behovsmelding: the melding sheets from the last check; with errors it is a draft, marked so. */
  const makeMelding = useCallback(async () => {
    const last = outcome;
    if (!last?.ok || !last.choice) return;
    const doc = buildMeldingDocument({
      table: last.table,
      partnership: last.partnership,
      profile: last.choice.profile,
      findings: last.findings,
      today: todayIso(),
      texts: nb,
    });
    try {
      const sheets = await port.writeMelding(doc, nb);
      setMelding({ doc, sheets });
      setFailure(null);
      announce(`Laget ${sheets.length === 1 ? 'arket' : 'arkene'} ${sheets.map((s) => `«${s}»`).join(', ')}.`);
    } catch (e) {
      const message = e instanceof Error ? e.message : 'Meldingen kunne ikke lages.';
      setFailure(message);
      announce(message);
    }
  }, [outcome, port, announce]);

  /** Eksporter: the melding as its own file, built from the model; the exporters load only now. */
  const exportAs = useCallback(
    async (kind: ExportKind) => {
      if (!melding || exporting) return;
      setExporting(kind);
      setDelivered(null);
      try {
        const { exportMelding } = await import(/* webpackChunkName: "export" */ './exports');
        const { message } = await port.deliver(await exportMelding(melding.doc, kind, nb));
        setDelivered(message);
        announce(message);
      } catch (e) {
        const message = e instanceof Error ? e.message : 'Eksporten mislyktes.';
        setFailure(message);
        announce(message);
      } finally {
        setExporting(null);
      }
    },
    [melding, port, exporting, announce],
  );

  return {
    melding,
    makeMelding,
    exportAs,
    exporting,
    delivered,
    profile,
    profileChanged,
    status,
    outcome,
    failure,
    validate,
    clear,
    cleared,
    goTo,
    stepFinding,
    applyFix,
    applySplit,
    current,
    announcement,
    selected,
    overrides,
    changeOverrides,
    createPartnership,
  };
}

export type Checker = ReturnType<typeof useChecker>;
