import { runCheck } from '../app/check';
import { localToday } from '../app/dates';
import { PROFILES } from '../domain/profiles';
import { chooseLanguage, loadTexts, type Texts } from '../i18n';
import { displayLanguage, showMessage } from '../excel/dialog';
import { createExcelPort } from '../excel/port';
import { loadOverrides, loadStoredProfile, refreshSettings } from '../excel/settings';

/**
 * Ribbon "Valider": check and highlight without opening the pane. The profile is chosen as the
 * pane chooses it (domain/profile-choice): the one stored in the workbook, else the one that fits.
 * The ribbon runs in a runtime of its own with its own copy of the document settings, so it reads
 * them again first (the pane may have saved a profile since). When it cannot check, it says why
 * in a small dialog, and completes once the user has closed it: nothing else the ribbon does is seen.
 */
export async function validateCommand(event: Office.AddinCommands.Event, options: { today?: string } = {}): Promise<void> {
  const texts = await ribbonTexts();
  let problem: string | undefined;
  try {
    await refreshSettings();
    const port = createExcelPort(undefined, undefined, texts);
    const selection = { profiles: PROFILES, stored: loadStoredProfile() };
    const outcome = await runCheck(port, { selection, overrides: loadOverrides(), today: options.today ?? localToday(), texts });
    if (!outcome.ok) problem = outcome.message;
  } catch (e) {
    problem = e instanceof Error && e.message ? e.message : texts.excel.fallback;
  }
  try {
    if (problem) await showMessage(texts.excel.ribbon.failed({ reason: problem }), texts);
  } finally {
    event.completed();
  }
}

/** Office's display language decides (nynorsk for a nynorsk Office); bokmål when it cannot be read. */
function ribbonTexts(): Promise<Texts> {
  return loadTexts(chooseLanguage(null, displayLanguage()));
}
