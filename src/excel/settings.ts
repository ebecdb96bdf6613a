import type { ColumnOverrides, StoredProfile } from '../port/workbook-port';

/** Column overrides and the chosen profile live in the workbook's document settings. */
const OVERRIDES_KEY = 'behovsmelding.kolonner';
const PROFILE_KEY = 'behovsmelding.profil';
const LANGUAGE_KEY = 'behovsmelding.sprak';

type Settings = Office.Settings;

function settings(): Settings {
  return Office.context.document.settings;
}

function save(s: Settings): Promise<void> {
  return new Promise((resolve, reject) =>
    s.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error('Kunne ikke lagre innstillingene i arbeidsboken.')),
    ),
  );
}

export function loadOverrides(s: Settings = settings()): ColumnOverrides | null {
  const value: unknown = s.get(OVERRIDES_KEY);
  if (!value || typeof value !== 'object') return null;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as ColumnOverrides;
}

export function saveOverrides(overrides: ColumnOverrides, s: Settings = settings()): Promise<void> {
  s.set(OVERRIDES_KEY, overrides);
  return save(s);
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

export function saveStoredProfile(profile: StoredProfile, s: Settings = settings()): Promise<void> {
  s.set(PROFILE_KEY, profile);
  return save(s);
}

/** The pane's language as the user chose it for this workbook (`nb`, `nn`), or null. */
export function loadLanguage(s: Settings = settings()): string | null {
  const value: unknown = s.get(LANGUAGE_KEY);
  return typeof value === 'string' ? value : null;
}

export function saveLanguage(language: string, s: Settings = settings()): Promise<void> {
  s.set(LANGUAGE_KEY, language);
  return save(s);
}

/** The ids of the add-in's own overlays per worksheet id, so that they are found without reading user rules. */
const OVERLAYS_KEY = 'behovsmelding.markeringer';

export type OverlayIds = Record<string, string[]>;

export function loadOverlayIds(s: Settings = settings()): OverlayIds {
  const value: unknown = s.get(OVERLAYS_KEY);
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).map(([sheet, ids]) => [
      sheet,
      Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [],
    ]),
  );
}

export function saveOverlayIds(ids: OverlayIds, s: Settings = settings()): Promise<void> {
  s.set(OVERLAYS_KEY, ids);
  return save(s);
}
