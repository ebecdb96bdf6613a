import { nb, type Texts } from '../i18n';

/**
 * Which ExcelApi version each feature needs. Everything essential stays at 1.9, the lowest the
 * manifest admits (Microsoft 365 Version 1903, Mac 16.24); newer features are used only where
 * present, each with a fallback.
 */
export const FEATURES = {
  read: { set: 'ExcelApi', version: '1.9' },
  highlight: { set: 'ExcelApi', version: '1.9' },
  merges: { set: 'ExcelApi', version: '1.13' },
  events: { set: 'ExcelApi', version: '1.9' },
  melding: { set: 'ExcelApi', version: '1.9' },
  createWorkbook: { set: 'ExcelApi', version: '1.8' },
  /** The overview's sheets into this workbook when no new one can be opened (oversikt.ts). */
  insertSheets: { set: 'ExcelApi', version: '1.13' },
  /** WorksheetChangedEventArgs.triggerSource: below it, the add-in's own writes are told apart by place (echoes.ts). */
  triggerSource: { set: 'ExcelApi', version: '1.14' },
  selectAreas: { set: 'ExcelApi', version: '1.18' },
} as const;

export type Feature = keyof typeof FEATURES;

export function isSupported(feature: Feature): boolean {
  const { set, version } = FEATURES[feature];
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

/** Features the user is told about when missing (the others have a fallback that needs no word). */
type Told = Exclude<Feature, 'triggerSource'>;

/** A Norwegian sentence naming what this Excel cannot do, or null when everything is there. */
export function missingFeaturesMessage(
  features: readonly Told[] = ['read', 'highlight', 'events', 'merges'],
  texts: Texts = nb,
): string | null {
  const missing = features.filter((f) => !isSupported(f));
  if (missing.length === 0) return null;
  // "1.13" is newer than "1.9": compare the minor version as a number, never as text.
  const minor = (version: string) => Number(version.split('.')[1]);
  const version = missing.map((f) => FEATURES[f].version as string).reduce((a, b) => (minor(b) > minor(a) ? b : a));
  return texts.excel.missingFeatures({ what: missing.map((f) => texts.excel.features[f]), version });
}
