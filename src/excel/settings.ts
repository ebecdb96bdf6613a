import { nb, type Texts } from '../i18n';
import type { ColumnOverrides, SelectionLists, StoredProfile } from '../port/workbook-port';

/**
 * The user's choices live in the workbook's document settings: the column overrides and the
 * profile, saved only when the user changes them (saving disables Excel's undo, office-js #3141).
 * Each runtime (pane, ribbon) has its own copy, read when it starts.
 */
const OVERRIDES_KEY = 'behovsmelding.kolonner';
const PROFILE_KEY = 'behovsmelding.profil';
const LANGUAGE_KEY = 'behovsmelding.sprak';
/** What Legg til utvalgslister added, so that Fjern utvalgslister removes exactly that, also in a later session. */
const SELECTION_LISTS_KEY = 'behovsmelding.utvalgslister';

type Settings = Office.Settings;

function settings(): Settings {
  return Office.context.document.settings;
}

function save(s: Settings, texts: Texts): Promise<void> {
  return new Promise((resolve, reject) =>
    s.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(texts.excel.settingsNotSaved)),
    ),
  );
}

/**
 * This runtime's copy read again from the document, so that the ribbon sees what the pane saved
 * after the ribbon's runtime started. Where that fails, the copy stays as it was.
 */
export function refreshSettings(s: Settings = settings()): Promise<void> {
  return new Promise((resolve) => {
    try {
      s.refreshAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

export function loadOverrides(s: Settings = settings()): ColumnOverrides | null {
  const value: unknown = s.get(OVERRIDES_KEY);
  if (!value || typeof value !== 'object') return null;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as ColumnOverrides;
}

export function saveOverrides(overrides: ColumnOverrides, s: Settings = settings(), texts: Texts = nb): Promise<void> {
  s.set(OVERRIDES_KEY, overrides);
  return save(s, texts);
}

export function loadStoredProfile(s: Settings = settings()): StoredProfile | null {
  const value: unknown = s.get(PROFILE_KEY);
  // Workbooks saved before profiles could come from files hold the built-in id as a string.
  if (typeof value === 'string') return { kind: 'builtin', id: value };
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.kind === 'builtin' && typeof v.id === 'string') return { kind: 'builtin', id: v.id };
  if (v.kind === 'file' && typeof v.json === 'string') return { kind: 'file', json: v.json };
  return null;
}

export function saveStoredProfile(profile: StoredProfile, s: Settings = settings(), texts: Texts = nb): Promise<void> {
  s.set(PROFILE_KEY, profile);
  return save(s, texts);
}

/** The pane's language as the user chose it for this workbook (`nb`, `nn`), or null. */
export function loadLanguage(s: Settings = settings()): string | null {
  const value: unknown = s.get(LANGUAGE_KEY);
  return typeof value === 'string' ? value : null;
}

export function saveLanguage(language: string, s: Settings = settings(), texts: Texts = nb): Promise<void> {
  s.set(LANGUAGE_KEY, language);
  return save(s, texts);
}

export function loadSelectionLists(s: Settings = settings()): SelectionLists | null {
  const value: unknown = s.get(SELECTION_LISTS_KEY);
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<SelectionLists>;
  return typeof v.sheet === 'string' && Array.isArray(v.added) && Array.isArray(v.kept) ? (v as SelectionLists) : null;
}

/** Keeps the record, or forgets it (null). */
export function saveSelectionLists(lists: SelectionLists | null, s: Settings = settings(), texts: Texts = nb): Promise<void> {
  if (lists) s.set(SELECTION_LISTS_KEY, lists);
  else s.remove(SELECTION_LISTS_KEY);
  return save(s, texts);
}
