import { createExcelPort } from '../excel/port';
import { loadOverrides, loadStoredProfile } from '../excel/settings';
import { profileFromStore } from '../port/stored-profile';
import { runCheck, todayIso } from '../taskpane/session';

/** Ribbon "Valider": check and highlight without opening the pane, with the profile the pane chose. */
export async function validateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runCheck(createExcelPort(), profileFromStore(loadStoredProfile()), loadOverrides(), todayIso());
  } finally {
    event.completed();
  }
}
