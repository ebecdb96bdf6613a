/** Bokmål. The workbook template (mal): headers, input messages, Veiledning. */
export const template = {};
