/**
 * The workbook template as one host-independent description, like spec.ts for the melding: the
 * .xlsx writer (exceljs, for the command line) and the Excel add-in (Office.js, for the pane) both
 * render the same TemplateSpec, so a template made either way holds the same headers, lists, input
 * messages, formats and the same stored profile. Pure: no Office, no DOM, no Node.
 *
 * Conventions every renderer follows:
 * - A string value is text (also when it looks like a number or a formula), a number a number.
 * - `areas` style cells that hold no value yet: the rows a user will type into get their number
 *   format and wrapping ahead of time.
 * - A validation's formula is in English with comma separators and no leading `=`, its relative
 *   references relative to the top-left cell of its range, as both OOXML and Office.js take them.
 */
import type { CellStyle } from '../spec';

/** What a cell may hold. `any` puts only the input message on the cell. */
export type ValidationRule =
  | { kind: 'any' }
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'wholeNumber'; min: number }
  /** Both ends as ISO dates (YYYY-MM-DD), inclusive. */
  | { kind: 'date'; from: string; to: string }
  | { kind: 'custom'; formula: string };

/** Excel's limits on an input message and an error alert (characters). */
export const PROMPT_LIMITS = { title: 32, message: 255 } as const;

export interface CellValidation {
  /** A1 range on the sheet, e.g. `E2:E501`. */
  range: string;
  rule: ValidationRule;
  /** The input message Excel shows while the cell is selected: what belongs there and the rule it must meet. */
  prompt: { title: string; message: string };
  /**
   * What Excel says when a typed value breaks the rule: `stop` refuses it, `warning` lets the user
   * keep it after a question. Absent for `any`.
   */
  error?: { style: 'stop' | 'warning'; title: string; message: string };
}

export interface TemplateCell {
  address: string;
  value: string | number;
  style: TemplateStyleKey;
}

export interface TemplateSheet {
  name: string;
  /** Very hidden: not in Excel's Unhide list; only the add-in and our readers look at it. */
  veryHidden?: boolean;
  cells: TemplateCell[];
  /** Empty cells styled ahead of typing (number formats, wrapping), by A1 range. */
  areas: Array<{ range: string; style: CellStyle }>;
  /** Widths of columns A, B, … in Excel character units. */
  columnWidths: number[];
  /** Rows kept in view when scrolling (0: none). */
  freezeRows: number;
  /** An Excel Table over the header row and the rows below it. */
  table?: { name: string; range: string; style: string };
  validations: CellValidation[];
}

export interface TemplateSpec {
  sheets: TemplateSheet[];
  /** The sheet the workbook opens on. */
  activeSheet: string;
  styles: Record<TemplateStyleKey, CellStyle>;
}

const BODY = 10;

export const TEMPLATE_STYLES = {
  header: { font: { bold: true, size: BODY }, wrap: true, vertical: 'middle' },
  label: { font: { bold: true, size: BODY }, vertical: 'top' },
  title: { font: { bold: true, size: 14, color: '1F3864' } },
  heading: { font: { bold: true, size: 11, color: '1F3864' } },
  text: { font: { size: BODY }, wrap: true, vertical: 'top' },
  quote: { font: { size: BODY, italic: true }, wrap: true, vertical: 'top' },
  carrier: { font: { size: BODY } },
} satisfies Record<string, CellStyle>;

export type TemplateStyleKey = keyof typeof TEMPLATE_STYLES;

/** Whole kroner, shown the way Norwegian Excel shows `# ##0 kr` (the file stores the grouping comma; Excel shows the locale's space). */
export const WHOLE_NOK_FORMAT = '#,##0 "kr"';
export const DATE_FORMAT = 'dd.mm.yyyy';
/** Text: what is typed stays as typed (an org.nr or a phone number is not a number). */
export const TEXT_FORMAT = '@';
