import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Profile } from '../../domain/profile';
import { parseProfileJson } from '../../domain/profile-schema';
import { resolveStored } from '../../domain/profile-choice';
import { nb } from '../../i18n';
import { PROFILES } from '../../domain/profiles';
import type { StoredProfile, WorkbookPort } from '../../port/workbook-port';

/** The value of the picker's option for the profile loaded from a file. */
export const FILE_OPTION = 'fil';

/** A chosen file's text; FileReader, as Blob.text() is missing in older hosts (and jsdom). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('Filen kunne ikke leses.'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * The profile this workbook carries (document settings, through the port): a built-in one the
 * user picked, or a whole profile loaded from a file, so that a template workbook hands its
 * rules on. With nothing stored, each check chooses the profile that fits the table.
 */
export function useProfileSelection(port: WorkbookPort) {
  const [stored, setStored] = useState<StoredProfile | null>(null);
  /** The last profile file loaded or found in the workbook: it stays in the picker. */
  const [fileJson, setFileJson] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<StoredProfile | null>(null);
  /** Set once the user picks or loads: the workbook's answer must not undo that choice. */
  const chosen = useRef(false);

  useEffect(() => {
    void port.loadStoredProfile().then(
      (s) => {
        if (chosen.current) return;
        current.current = s;
        setStored(s);
        if (s?.kind === 'file') setFileJson(s.json);
      },
      () => undefined,
    );
  }, [port]);

  const remember = useCallback(
    async (next: StoredProfile) => {
      chosen.current = true;
      current.current = next;
      setStored(next);
      await port.saveStoredProfile(next);
    },
    [port],
  );

  /** A built-in id, or FILE_OPTION for the loaded file's profile. */
  const pick = useCallback(
    async (value: string) => {
      if (value === FILE_OPTION && fileJson !== null) await remember({ kind: 'file', json: fileJson });
      else await remember({ kind: 'builtin', id: value });
    },
    [fileJson, remember],
  );

  /** Load a profile file: kept in the workbook when valid, else a Norwegian sentence naming the bad field. */
  const loadFile = useCallback(
    async (file: File): Promise<boolean> => {
      let json: string;
      try {
        json = await readText(file);
      } catch {
        setError(`«${file.name}» kunne ikke leses.`);
        return false;
      }
      const parsed = parseProfileJson(json, nb);
      if (!parsed.ok) {
        setError(`«${file.name}»: ${parsed.message}`);
        return false;
      }
      setError(null);
      setFileJson(json);
      await remember({ kind: 'file', json });
      return true;
    },
    [remember],
  );

  const fileProfile = useMemo((): Profile | null => {
    const parsed = fileJson === null ? null : parseProfileJson(fileJson, nb);
    return parsed?.ok ? parsed.profile : null;
  }, [fileJson]);
  /** What each check chooses from, read at check time (a ref, so a pick counts at once). */
  const selection = useCallback(() => ({ profiles: PROFILES, stored: current.current }), []);
  const storedProfile = useMemo(() => (stored ? resolveStored(stored, PROFILES, nb) : null), [stored]);
  return {
    selection,
    storedProfile: storedProfile?.ok ? storedProfile.profile : null,
    storedKind: stored?.kind ?? null,
    fileProfile,
    pick,
    loadFile,
    error,
  };
}

export type ProfileSelectionState = ReturnType<typeof useProfileSelection>;
