import { formatsFor } from '../format';

const f = formatsFor('nb');
const quoted = (items: readonly string[]) => f.list(items.map((i) => `«${i}»`));

/** Bokmål. Header detection and column mapping: what was found, what is missing. */
export const table = {
  /** No row looks like a header; `examples` are headers nearly every table has. */
  noHeader: (p: { examples: readonly string[]; sheet?: string }) =>
    `Fant ingen overskriftsrad med kjente kolonner (for eksempel ${quoted(p.examples)}) ${p.sheet === undefined ? 'i arbeidsboken' : `på arket «${p.sheet}»`}; legg til overskrifter over tiltakene.`,
  /**
   * The row nearest to a header: what it has, and what to add. `needed` more known headers are
   * needed (0: enough headers, but none the table must have).
   */
  fewHeaders: (p: { found: readonly string[]; row: number; sheet: string; needed: number; examples: readonly string[] }) =>
    `Fant bare ${p.found.length === 1 ? 'overskriften' : 'overskriftene'} ${quoted(p.found)} i rad ${p.row} på arket «${p.sheet}», og ${
      p.needed > 0
        ? `en tiltakstabell trenger minst tre kjente kolonner; legg til ${p.needed === 1 ? 'minst én til' : `minst ${p.needed} til`} i samme rad`
        : 'ingen av dem er en kolonne tabellen må ha; legg til en i samme rad'
    }, for eksempel ${quoted(p.examples)}.`,
  unknownField: (p: { field: string; fields: readonly string[] }) =>
    `«${p.field}» er ikke et felt som kan kobles til en kolonne; feltene er ${f.list(p.fields)}.`,
  noSheet: (p: { sheet: string; sheets: readonly string[] }) => `Fant ikke arket «${p.sheet}». Arkene i filen er ${quoted(p.sheets)}.`,
  noColumn: (p: { target: string; field: string; row: number; sheet: string }) =>
    `Fant ingen kolonne «${p.target}» for feltet «${p.field}» i overskriftsraden, rad ${p.row} på arket «${p.sheet}».`,
};
