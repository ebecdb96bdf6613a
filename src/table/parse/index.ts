import type { FieldKind } from '../../domain/fields';
import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { parseAmount } from './amount';
import { parseFase, parseInteger, parseOrdning, parseTargetGroups, parseYesNo } from './keywords';
import { parseList, parseOrgnrList, parseText } from './list';
import { parsePeriod } from './period';

/** One parser per field kind (domain/fields.ts). */
export const PARSERS: Record<FieldKind, (value: CellValue) => FieldValue<unknown>> = {
  text: parseText,
  list: parseList,
  amount: parseAmount,
  period: parsePeriod,
  ordning: parseOrdning,
  fase: parseFase,
  yesno: parseYesNo,
  integer: parseInteger,
  targetGroups: parseTargetGroups,
  orgnr: parseOrgnrList,
};
