import type { ColumnOverrides } from '../port/workbook-port';

/** Column overrides and the chosen profile live in the workbook's document settings. */
const OVERRIDES_KEY = 'behovsmelding.kolonner';
const PROFILE_KEY = 'behovsmelding.profil';

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

export function loadProfileId(s: Settings = settings()): string | null {
  const value: unknown = s.get(PROFILE_KEY);
  return typeof value === 'string' ? value : null;
}

export function saveProfileId(id: string, s: Settings = settings()): Promise<void> {
  s.set(PROFILE_KEY, id);
  return save(s);
}
