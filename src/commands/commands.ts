import { DEFAULT_PROFILE_ID, findProfile } from '../domain/profiles';
import { createExcelPort } from '../excel/port';
import { loadOverrides, loadStoredProfile } from '../excel/settings';
import { runCheck, todayIso } from '../taskpane/session';

/** Ribbon "Valider": check and highlight without opening the pane. */
export async function validateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const stored = loadStoredProfile();
    const id = stored?.kind === 'builtin' ? stored.id : DEFAULT_PROFILE_ID;
    const profile = findProfile(id) ?? findProfile(DEFAULT_PROFILE_ID)!;
    await runCheck(createExcelPort(), profile, loadOverrides(), todayIso());
  } finally {
    event.completed();
  }
}

Office.onReady(() => Office.actions.associate('validate', validateCommand));
