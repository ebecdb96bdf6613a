import { nb } from '../i18n';
import type { ExportFile } from '../port/workbook-port';

/** Save a file through the browser's download: a blob URL on a temporary link. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Put text on the clipboard: the Clipboard API where the webview allows it, else a selected textarea. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Office webviews may refuse the Clipboard API without a permission prompt: the older route.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  // The delivery falls back to its own sentence; this one is for a caller that shows it.
  if (!copied) throw new Error(nb.pane.failed.clipboard);
}
