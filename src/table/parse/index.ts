import type { FieldKind } from '../../domain/fields';
import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { parseAmount } from './amount';
import { parseFase } from './fase';
import { parseInteger } from './integer';
import { parseList } from './list';
import { parseOrdning } from './ordning';
import { parseOrgnr } from './orgnr';
import { parsePeriod } from './period';
import { parseTargetGroups } from './targetGroups';
import { parseText } from './text';
import { parseYesNo } from './yesno';

export type Parser = (value: CellValue) => FieldValue<unknown>;

/** One parser per field kind (domain/fields.ts). */
export const PARSERS: Record<FieldKind, Parser> = {
  text: parseText,
  list: parseList,
  amount: parseAmount,
  period: parsePeriod,
  ordning: parseOrdning,
  fase: parseFase,
  yesno: parseYesNo,
  integer: parseInteger,
  targetGroups: parseTargetGroups,
  orgnr: parseOrgnr,
};
