import { useCallback, useEffect, useRef, useState } from 'react';
import { buildMeldingDocument, type MeldingDocument } from '../domain/melding';
import type { Finding } from '../domain/model';
import type { ColumnOverrides, WorkbookPort } from '../port/workbook-port';
import { useProfileSelection } from './components/useProfileSelection';
import { runCheck, todayIso, type CheckOutcome } from './session';

/** Re-check this long after the last edit. */
const LIVE_DELAY_MS = 600;

export type Status = 'idle' | 'checking' | 'done' | 'cleared' | 'failed';

/** The pane's state: the last check, live re-checking after the first Valider, the selected cell. */
export function useChecker(port: WorkbookPort) {
  const profile = useProfileSelection(port);
  const [status, setStatus] = useState<Status>('idle');
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<ColumnOverrides | null>(null);
  const [selected, setSelected] = useState<{ sheet: string; address: string } | null>(null);
  const [melding, setMelding] = useState<{ doc: MeldingDocument; sheets: string[] } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [delivered, setDelivered] = useState<string | null>(null);
  const live = useRef(false);
  const latest = useRef({ overrides });
  latest.current = { overrides };

  useEffect(() => {
    void port.prepare().catch(() => undefined);
    void port.loadOverrides().then(setOverrides, () => undefined);
  }, [port]);

  /** Valider; a live re-check leaves highlights alone when they would not change (undo stays). */
  const validate = useCallback(
    async (recheck = false) => {
      setStatus('checking');
      try {
        const result = await runCheck(port, profile.selection(), latest.current.overrides, todayIso(), {
          onlyIfChanged: recheck,
        });
        setOutcome(result);
        setFailure(null);
        setStatus('done');
        live.current = true;
      } catch (e) {
        setFailure(e instanceof Error ? e.message : 'Sjekken mislyktes.');
        setStatus('failed');
      }
    },
    [port, profile.selection],
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
      .onSelectionChanged((sheet, address) => setSelected({ sheet, address }))
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
    setOutcome(null);
    setStatus('cleared');
  }, [port]);

  const goTo = useCallback((finding: Finding) => port.select(finding.sheet, finding.cells), [port]);

  const changeOverrides = useCallback(
    async (next: ColumnOverrides) => {
      setOverrides(next);
      latest.current = { ...latest.current, overrides: next };
      await port.saveOverrides(next);
      if (live.current) await validate();
    },
    [port, validate],
  );

  const createPartnership = useCallback(
    async (values: ReadonlyArray<readonly [string, string]>) => {
      await port.createPartnershipSheet(values);
      await validate();
    },
    [port, validate],
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
    });
    try {
      setMelding({ doc, sheets: await port.writeMelding(doc) });
      setFailure(null);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : 'Meldingen kunne ikke lages.');
    }
  }, [outcome, port]);

  /** Eksporter: the melding as its own file, built from the model; the exporters load only now. */
  const exportAs = useCallback(
    async (kind: 'xlsx' | 'pdf' | 'json') => {
      if (!melding) return;
      setExporting(true);
      setDelivered(null);
      try {
        const { exportMelding } = await import(/* webpackChunkName: "export" */ './exports');
        setDelivered((await port.deliver(await exportMelding(melding.doc, kind))).message);
      } catch (e) {
        setFailure(e instanceof Error ? e.message : 'Eksporten mislyktes.');
      } finally {
        setExporting(false);
      }
    },
    [melding, port],
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
    goTo,
    selected,
    overrides,
    changeOverrides,
    createPartnership,
  };
}

export type Checker = ReturnType<typeof useChecker>;
