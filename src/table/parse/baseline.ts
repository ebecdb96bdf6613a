import { findProfile } from '../../domain/profiles';

/**
 * The vocabulary of parsers used without a profile (the `PARSERS` table, tests): the first
 * built-in round's. Checking a workbook always reads it with the chosen profile's vocabulary
 * (table/vocabulary.ts).
 */
export const BASELINE_VOCABULARY = findProfile('kompetansenettverk-2024')!.vocabulary;
