import { nb, type Texts } from '../i18n';
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
 * sheet with Excel's own PDF export, JSON goes to the clipboard. The message says where the file
 * went: on a Mac the new workbook opens behind the current window (office-js #6943), and where
 * Excel refuses to open it (the extension-hardening policy, #3568) it says how to copy the melding
 * sheet out by hand, or downloads the file on the web.
 */
export async function deliverFile(
  file: ExportFile,
  browser?: BrowserDelivery,
  texts: Texts = nb,
  meldingSheets: readonly string[] = [],
  subject: 'melding' | 'template' = 'melding',
): Promise<DeliveryResult> {
  const t = texts.excel.delivery;
  // A template's sentences name the template; where it cannot open, it is made in an empty workbook instead.
  const opened = subject === 'template' ? texts.excel.templateDelivery : t;
  const platform = String(Office.context.platform);
  const online = platform === 'OfficeOnline';
  if (file.name.endsWith('.xlsx') && isSupported('createWorkbook')) {
    try {
      await Excel.createWorkbook(toBase64(file.bytes));
      return { message: online ? opened.openedWeb : platform === 'Mac' ? opened.openedMac : opened.openedPC };
    } catch {
      if (online && browser) {
        browser.download(file);
        return { message: opened.refusedDownloaded({ file: file.name }) };
      }
      return { message: subject === 'template' ? texts.excel.templateDelivery.refused : t.refused({ sheets: meldingSheets }) };
    }
  }
  if (online && browser) {
    browser.download(file);
    return { message: t.downloaded({ file: file.name }) };
  }
  if (file.name.endsWith('.pdf')) return { message: t.pdfFromSheet({ how: platform === 'Mac' ? t.pdfHowMac : t.pdfHowPC }) };
  if (file.name.endsWith('.json') && browser) {
    try {
      await browser.copyText(new TextDecoder().decode(file.bytes));
      return { message: t.jsonCopied };
    } catch {
      // Falls through to the sentence below.
    }
  }
  return { message: t.notHere };
}

/** Base64 of a file, in pieces small enough for String.fromCharCode's argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
