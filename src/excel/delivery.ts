import type { DeliveryResult, ExportFile } from '../port/workbook-port';
import { isSupported } from './requirements';

/** What the pane's browser can do with a file; the Excel layer never touches the DOM itself. */
export interface BrowserDelivery {
  download(file: ExportFile): void;
  copyText(text: string): Promise<void>;
}

/**
 * Downloads from the pane work in Excel on the web only: Excel on Mac blocks them and the
 * Windows webview may drop them silently. So per `Office.context.platform`: the xlsx opens as a
 * new workbook everywhere (Excel.createWorkbook), PDF is saved from the print-ready melding
 * sheet with Excel's own PDF export, JSON goes to the clipboard.
 */
export async function deliverFile(file: ExportFile, browser?: BrowserDelivery): Promise<DeliveryResult> {
  const platform = String(Office.context.platform);
  if (file.name.endsWith('.xlsx') && isSupported('createWorkbook')) {
    await Excel.createWorkbook(toBase64(file.bytes));
    return { message: 'Meldingen er åpnet som en ny arbeidsbok i Excel. Lagre den der.' };
  }
  if (platform === 'OfficeOnline' && browser) {
    browser.download(file);
    return { message: `Filen ${file.name} er lastet ned.` };
  }
  if (file.name.endsWith('.pdf')) {
    const how =
      platform === 'Mac'
        ? 'velg Fil > Eksporter, og velg PDF som filformat'
        : 'velg Fil > Eksporter > Opprett PDF/XPS (eller Fil > Lagre som, filtype PDF)';
    return { message: `Excel tillater ikke nedlasting fra panelet her. Meldingsarket er klart til utskrift: gå til arket, ${how}.` };
  }
  if (file.name.endsWith('.json') && browser) {
    try {
      await browser.copyText(new TextDecoder().decode(file.bytes));
      return {
        message:
          'Excel tillater ikke nedlasting fra panelet her, så JSON-teksten er kopiert til utklippstavlen. Lim den inn i et tekstprogram og lagre den som .json.',
      };
    } catch {
      // Falls through to the sentence below.
    }
  }
  return { message: 'Excel tillater ikke å lagre denne filen fra panelet her. Bruk Excel på nettet for å eksportere den.' };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
