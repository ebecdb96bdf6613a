/**
 * Loads pdfmake 0.3 with the Roboto fonts (they cover æøå), never over the network.
 *
 * One import serves both hosts: package resolution picks the build. webpack follows pdfmake's
 * `browser` field to its browser build, which reads fonts from a virtual file system
 * (`pdfmake/build/vfs_fonts`, loaded lazily with it); Node gets the server build, which reads
 * the font files pdfmake ships (`pdfmake/fonts/Roboto.js` holds their paths). Nothing here
 * imports a Node module, so the pane can load this lazily.
 */
import type { TDocumentDefinitions, TFontDictionary, TVirtualFileSystem } from 'pdfmake/interfaces';

/** What both pdfmake builds offer that is used here. */
export interface PdfMake {
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  /** Browser build only. */
  addVirtualFileSystem?(vfs: TVirtualFileSystem): void;
  /** Server build only. */
  setLocalAccessPolicy?(allow: (path: string) => boolean): void;
}

type Module<T> = T | { default: T };
const unwrap = <T>(mod: Module<T>): T => (typeof mod === 'object' && mod !== null && 'default' in mod ? mod.default : mod) as T;

/** Names of the Roboto files inside pdfmake's virtual file system. */
const ROBOTO_VFS: TFontDictionary = {
  Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
};

let loading: Promise<PdfMake> | undefined;

/** The pdfmake of this host, ready to use; loaded once. */
export function loadPdfMake(): Promise<PdfMake> {
  loading ??= import('pdfmake').then((mod) => preparePdfMake(unwrap(mod as unknown as Module<PdfMake>)));
  return loading;
}

/** Gives either pdfmake build its fonts and shuts off every URL. */
export async function preparePdfMake(pdfMake: PdfMake): Promise<PdfMake> {
  pdfMake.setUrlAccessPolicy(() => false);
  if (pdfMake.addVirtualFileSystem) {
    const vfs = unwrap(await import('pdfmake/build/vfs_fonts'));
    pdfMake.addVirtualFileSystem(vfs);
    pdfMake.setFonts(ROBOTO_VFS);
  } else {
    const fonts = unwrap<TFontDictionary>(await import('pdfmake/fonts/Roboto.js'));
    const files = new Set(Object.values(fonts).flatMap((family) => Object.values(family)));
    pdfMake.setFonts(fonts);
    pdfMake.setLocalAccessPolicy?.((path) => files.has(path));
  }
  return pdfMake;
}
