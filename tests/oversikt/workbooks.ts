import ExcelJS from 'exceljs';

/** One tiltak of an owner's workbook; the rest of the row is filled in as a complete tiltak. */
export interface TiltakSpec {
  tittel: string;
  beskrivelse: string;
  ordning?: string;
  fase?: string;
  eier?: number;
  uh?: number;
  koordinator?: number;
}

export interface OwnerSpec {
  partnerskap: string;
  eiere: string;
  uh?: string;
  tiltak: TiltakSpec[];
  /**
   * plain: header in row 1 on "Tiltak"; titled: two title rows above the header; table: an Excel
   * Table on a second sheet with the columns in another order and other header spellings.
   */
  layout?: 'plain' | 'titled' | 'table';
}

const COLUMNS: Array<{ header: string; alias: string; value: (t: TiltakSpec, o: OwnerSpec) => string | number | null }> = [
  { header: 'Tiltak', alias: 'Navn på tiltak', value: (t) => t.tittel },
  { header: 'Ordning', alias: 'Tilskuddsordning', value: (t) => t.ordning ?? 'Regional' },
  { header: 'Fase', alias: 'FASE:', value: (t) => t.fase ?? 'Gjennomføring' },
  { header: 'Beskrivelse', alias: 'Hva skal gjøres?', value: (t) => t.beskrivelse },
  { header: 'Hvem gjør hva', alias: 'Roller', value: () => 'Kommunene organiserer, UH veileder' },
  { header: 'Eiere', alias: 'Kommuner', value: (_t, o) => o.eiere },
  { header: 'UH', alias: 'UH-partner', value: (_t, o) => o.uh ?? 'USN' },
  { header: 'Tilskudd eier', alias: 'Midler eier', value: (t) => t.eier ?? 100000 },
  { header: 'Tilskudd UH', alias: 'Midler UH', value: (t) => t.uh ?? 50000 },
  { header: 'Koordinator', alias: 'Koordinatormidler', value: (t) => t.koordinator ?? null },
  {
    header: 'Begrunnelse koordinator',
    alias: 'Begrunnelse for koordinator',
    value: (t) => (t.koordinator ? 'Flere kommuner må samordnes' : null),
  },
  { header: 'Start', alias: 'Oppstart', value: () => 'høst 2024' },
  { header: 'Slutt', alias: 'Avslutning', value: () => 'vår 2025' },
  { header: 'Forankring', alias: 'Involvering', value: () => 'Ansatte og ledere har kartlagt behovet' },
  { header: 'Kollektive prosesser', alias: 'Kollektive prosesser', value: () => 'Hele personalet arbeider i lærende team' },
  { header: 'Lærerutdanning', alias: 'Styrker lærerutdanningen', value: () => 'Studenter har praksis i tiltaket hele året' },
];

/** An owner's workbook as a partnership would deliver it, in one of several layouts. */
export async function writeOwnerWorkbook(file: string, owner: OwnerSpec): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const rows = owner.tiltak.map((t) => COLUMNS.map((c) => c.value(t, owner)));
  const layout = owner.layout ?? 'plain';
  if (layout === 'table') {
    wb.addWorksheet('Les meg').addRow(['Fyll inn tiltakene på neste ark']);
    const order = [...COLUMNS.keys()].reverse();
    wb.addWorksheet('Data').addTable({
      name: 'Tiltak',
      ref: 'B2',
      headerRow: true,
      columns: order.map((i) => ({ name: COLUMNS[i]!.alias })),
      rows: rows.map((r) => order.map((i) => r[i]!)),
    });
  } else {
    const ws = wb.addWorksheet('Tiltak');
    if (layout === 'titled') {
      ws.addRow([`Behovsmelding 2024 – ${owner.partnerskap}`]);
      ws.addRow([]);
    }
    ws.addRow(COLUMNS.map((c) => c.header));
    rows.forEach((r) => ws.addRow(r));
  }
  const p = wb.addWorksheet('Partnerskap');
  for (const row of [
    ['Partnerskap', owner.partnerskap],
    ['Eiere', owner.eiere],
    ['Kontaktperson', 'Kari Nordmann'],
    ['Skriftlig avtale', 'ja'],
    ['Avtale – hvem', `${owner.eiere} og USN`],
    ['Avtale – hva', 'Kompetanseutvikling'],
    ['Avtale – når', '2024–2025'],
  ])
    p.addRow(row);
  await wb.xlsx.writeFile(file);
  return file;
}
