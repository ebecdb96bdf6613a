import type { Texts } from '../i18n';

/** The dialog page beside the function file (webpack builds it from src/commands/message.html). */
const PAGE = 'ribbon-message.html';

/**
 * Show `text` in Office's dialog (DialogApi 1.1, in every Excel the manifest admits) and resolve
 * once the user has closed it with Lukk or its X. Where no dialog can open, it resolves at once.
 */
export function showMessage(text: string, texts: Texts): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = new URL(PAGE, globalThis.location?.href ?? 'https://localhost/commands.html');
  url.searchParams.set('tekst', text);
  url.searchParams.set('tittel', texts.excel.ribbon.title);
  url.searchParams.set('lukk', texts.excel.ribbon.close);
  url.searchParams.set('sprak', texts.language);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      const done = () => {
        try {
          dialog.close();
        } catch {
          // Closed already by the user.
        }
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  });
}

/** Office's display language ("nn-NO" for a nynorsk Office), or undefined where it cannot be read. */
export function displayLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage;
  } catch {
    return undefined;
  }
}
