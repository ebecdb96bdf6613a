import type { CellValue } from '../grid';
import { parseCell } from './value';

/** Items separated by comma, semicolon, line break, " og " or " & ". */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n\r]|\s+og\s+|\s+&\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseList(value: CellValue) {
  return parseCell(value, (_v, text) => splitList(text));
}

/** Organisation numbers: a list, inner spaces removed (974 760 673 → 974760673). */
export function parseOrgnrList(value: CellValue) {
  return parseCell(value, (v, text) => (typeof v === 'number' ? [String(v)] : splitList(text).map((s) => s.replace(/[\s.]/g, ''))));
}

export function parseText(value: CellValue) {
  return parseCell(value, (_v, text) => text);
}
