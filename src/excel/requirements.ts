/**
 * Which ExcelApi version each feature needs. Everything essential stays at 1.14 or lower
 * (volume-licensed Office 2021 stops there); newer features are used only where present.
 */
export const FEATURES = {
  read: { set: 'ExcelApi', version: '1.9', label: 'lese arbeidsboken' },
  highlight: { set: 'ExcelApi', version: '1.9', label: 'markere celler' },
  merges: { set: 'ExcelApi', version: '1.13', label: 'lese sammenslåtte celler' },
  events: { set: 'ExcelApi', version: '1.9', label: 'sjekke på nytt mens du skriver' },
  melding: { set: 'ExcelApi', version: '1.9', label: 'lage meldingsark' },
  createWorkbook: { set: 'ExcelApi', version: '1.8', label: 'åpne meldingen som egen arbeidsbok' },
  /** Own overlays found again by id (ConditionalFormatCollection.getItemOrNullObject). */
  overlayIds: { set: 'ExcelApi', version: '1.14', label: 'finne igjen egne markeringer' },
  selectAreas: { set: 'ExcelApi', version: '1.18', label: 'markere flere områder samtidig' },
} as const;

export type Feature = keyof typeof FEATURES;

export function isSupported(feature: Feature): boolean {
  const { set, version } = FEATURES[feature];
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

/** A Norwegian sentence naming what this Excel cannot do, or null when everything is there. */
export function missingFeaturesMessage(features: readonly Feature[] = ['read', 'highlight', 'events']): string | null {
  const missing = features.filter((f) => !isSupported(f));
  if (missing.length === 0) return null;
  const what = missing.map((f) => FEATURES[f].label).join(', ');
  // "1.13" is newer than "1.9": compare the minor version as a number, never as text.
  const minor = (version: string) => Number(version.split('.')[1]);
  const version = missing.map((f) => FEATURES[f].version).reduce((a, b) => (minor(b) > minor(a) ? b : a));
  return `Denne versjonen av Excel kan ikke ${what} (krever ExcelApi ${version}). Oppdater Excel, eller bruk Excel på nettet.`;
}
