import type { FieldKey, FieldValue, TiltakFields } from '../domain/model';

/*
 * A table of 10 000 rows builds 10 000 `values` and `cells` objects. Built with computed keys
 * (`obj[key] = …` over 24 keys) each store goes through V8's slow generic path and the
 * objects turn into dictionaries: several times the cost of the rest of the read. So the
 * keys are written out here, in TILTAK_FIELDS order (tests/table/read.test.ts checks it).
 */

/** A row's values as one object literal: one allocation and one shape for every row. */
export function tiltakFields(v: ReadonlyArray<FieldValue<unknown>>): TiltakFields {
  return {
    nr: v[0],
    tittel: v[1],
    partnerskap: v[2],
    ordning: v[3],
    fase: v[4],
    beskrivelse: v[5],
    ansvar: v[6],
    eiere: v[7],
    uh: v[8],
    malgruppe: v[9],
    enheter: v[10],
    fylke: v[11],
    tilskuddEier: v[12],
    tilskuddUh: v[13],
    koordinator: v[14],
    koordinatorBegrunnelse: v[15],
    start: v[16],
    slutt: v[17],
    forankring: v[18],
    kollektiv: v[19],
    laererutdanning: v[20],
    supplerende: v[21],
    egenandel: v[22],
    deltakere: v[23],
  } as TiltakFields;
}

export type RowCells = Partial<Record<FieldKey, string>>;

/** `cells[TILTAK_FIELDS[index].key] = address`, as a named store. */
export function setCell(cells: RowCells, index: number, address: string): void {
  switch (index) {
    case 0:
      cells.nr = address;
      return;
    case 1:
      cells.tittel = address;
      return;
    case 2:
      cells.partnerskap = address;
      return;
    case 3:
      cells.ordning = address;
      return;
    case 4:
      cells.fase = address;
      return;
    case 5:
      cells.beskrivelse = address;
      return;
    case 6:
      cells.ansvar = address;
      return;
    case 7:
      cells.eiere = address;
      return;
    case 8:
      cells.uh = address;
      return;
    case 9:
      cells.malgruppe = address;
      return;
    case 10:
      cells.enheter = address;
      return;
    case 11:
      cells.fylke = address;
      return;
    case 12:
      cells.tilskuddEier = address;
      return;
    case 13:
      cells.tilskuddUh = address;
      return;
    case 14:
      cells.koordinator = address;
      return;
    case 15:
      cells.koordinatorBegrunnelse = address;
      return;
    case 16:
      cells.start = address;
      return;
    case 17:
      cells.slutt = address;
      return;
    case 18:
      cells.forankring = address;
      return;
    case 19:
      cells.kollektiv = address;
      return;
    case 20:
      cells.laererutdanning = address;
      return;
    case 21:
      cells.supplerende = address;
      return;
    case 22:
      cells.egenandel = address;
      return;
    case 23:
      cells.deltakere = address;
      return;
  }
}
