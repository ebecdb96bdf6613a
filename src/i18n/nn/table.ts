import { formatsFor } from '../format';
import type { Catalogue } from '../texts';

const f = formatsFor('nn');
const quoted = (items: readonly string[]) => f.list(items.map((i) => `«${i}»`));

/** Nynorsk. Header detection and column mapping: what was found, what is missing. */
export const table: Catalogue['table'] = {
  noHeader: (p) =>
    `Fann inga overskriftsrad med kjende kolonnar (til dømes ${quoted(p.examples)}) ${p.sheet === undefined ? 'i arbeidsboka' : `på arket «${p.sheet}»`}; legg til overskrifter over tiltaka.`,
  fewHeaders: (p) =>
    `Fann berre ${p.found.length === 1 ? 'overskrifta' : 'overskriftene'} ${quoted(p.found)} i rad ${p.row} på arket «${p.sheet}», og ${
      p.needed > 0
        ? `ein tiltakstabell treng minst tre kjende kolonnar; legg til ${p.needed === 1 ? 'minst éin til' : `minst ${p.needed} til`} i same rad`
        : 'ingen av dei er ein kolonne tabellen må ha; legg til ein i same rad'
    }, til dømes ${quoted(p.examples)}.`,
  unknownField: (p) => `«${p.field}» er ikkje eit felt som kan koplast til ein kolonne; felta er ${f.list(p.fields)}.`,
  noSheet: (p) => `Fann ikkje arket «${p.sheet}». Arka i fila er ${quoted(p.sheets)}.`,
  noColumn: (p) => `Fann ingen kolonne «${p.target}» for feltet «${p.field}» i overskriftsrada, rad ${p.row} på arket «${p.sheet}».`,
};
