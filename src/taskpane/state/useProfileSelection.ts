import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Profile } from '../../domain/profile';
import { parseProfileJson } from '../../domain/profile-schema';
import { resolveStored } from '../../domain/profile-choice';
import { nb } from '../../i18n';
import { PROFILES } from '../../domain/profiles';
import type { Texts } from '../../i18n';
import type { StoredProfile, WorkbookPort } from '../../port/workbook-port';
import type { Attempt, Fail } from './failures';

/** The value of the picker's option for the profile loaded from a file. */
export const FILE_OPTION = 'fil';

/** A chosen file's text; FileReader, as Blob.text() is missing in older hosts (and jsdom). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error());
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * The profile this workbook carries (document settings, through the port): a built-in one the
 * user picked, or a whole profile loaded from a file, so that a template workbook hands its
 * rules on. With nothing stored, each check chooses the profile that fits the table. Failures go
 * to the pane's one failure channel, so they are announced.
 */
export function useProfileSelection(port: WorkbookPort, attempt: Attempt, fail: Fail, texts: () => Texts) {
  const [stored, setStored] = useState<StoredProfile | null>(null);
  /** The last profile file loaded or found in the workbook: it stays in the picker. */
  const [fileJson, setFileJson] = useState<string | null>(null);
  const current = useRef<StoredProfile | null>(null);
  /** Set once the user picks or loads: the workbook's answer must not undo that choice. */
  const chosen = useRef(false);

  useEffect(() => {
    void attempt(async () => {
      const s = await port.loadStoredProfile();
      if (chosen.current) return;
      current.current = s;
      setStored(s);
      if (s?.kind === 'file') setFileJson(s.json);
    }, texts().pane.failed.settings);
  }, [port, attempt, texts]);

  /** Keep the choice (for this check and the ribbon's); false when the workbook would not store it. */
  const remember = useCallback(
    async (next: StoredProfile): Promise<boolean> => {
      chosen.current = true;
      current.current = next;
      setStored(next);
      return (await attempt(() => port.saveStoredProfile(next), texts().pane.failed.save, 'profile')) !== undefined;
    },
    [port, attempt, texts],
  );

  /** A built-in id, or FILE_OPTION for the loaded file's profile. */
  const pick = useCallback(
    (value: string) =>
      remember(value === FILE_OPTION && fileJson !== null ? { kind: 'file', json: fileJson } : { kind: 'builtin', id: value }),
    [fileJson, remember],
  );

  /** Load a profile file: kept in the workbook when valid; otherwise a sentence naming the bad field, announced. */
  const loadFile = useCallback(
    async (file: File): Promise<Profile | null> => {
      const t = texts().pane.profile;
      let json: string;
      try {
        json = await readText(file);
      } catch (error) {
        fail(error, t.unreadable({ file: file.name }), 'profile');
        return null;
      }
      const parsed = parseProfileJson(json, nb);
      if (!parsed.ok) {
        fail(new Error(t.invalid({ file: file.name, message: parsed.message })), '', 'profile');
        return null;
      }
      setFileJson(json);
      await remember({ kind: 'file', json });
      return parsed.profile;
    },
    [remember, fail, texts],
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
    /** The stored choice itself (a template carries it on). */
    stored,
    fileProfile,
    pick,
    loadFile,
  };
}

export type ProfileSelectionState = ReturnType<typeof useProfileSelection>;
