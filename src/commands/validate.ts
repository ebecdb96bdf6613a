import { runCheck } from '../app/check';
import { localToday } from '../app/dates';
import { PROFILES } from '../domain/profiles';
import { createExcelPort } from '../excel/port';
import { loadOverrides, loadStoredProfile } from '../excel/settings';

/**
 * Ribbon "Valider": check and highlight without opening the pane. The profile is chosen as the
 * pane chooses it (domain/profile-choice): the one stored in the workbook, else the one that fits.
 */
export async function validateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const selection = { profiles: PROFILES, stored: loadStoredProfile() };
    await runCheck(createExcelPort(), { selection, overrides: loadOverrides(), today: localToday() });
  } finally {
    event.completed();
  }
}
