import { PROFILES } from '../domain/profiles';
import { createExcelPort } from '../excel/port';
import { loadOverrides, loadStoredProfile } from '../excel/settings';
import { runCheck, todayIso } from '../taskpane/session';

/**
 * Ribbon "Valider": check and highlight without opening the pane. The profile is chosen as the
 * pane chooses it (domain/profile-choice): the one stored in the workbook, else the one that fits.
 */
export async function validateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runCheck(createExcelPort(), { profiles: PROFILES, stored: loadStoredProfile() }, loadOverrides(), todayIso());
  } finally {
    event.completed();
  }
}
