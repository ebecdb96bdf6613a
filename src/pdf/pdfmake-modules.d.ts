/** pdfmake's Node font table: absolute paths of the Roboto files it ships (not covered by @types/pdfmake). */
declare module 'pdfmake/fonts/Roboto.js' {
  import type { TFontDictionary } from 'pdfmake/interfaces';

  const fonts: TFontDictionary;
  export = fonts;
}
