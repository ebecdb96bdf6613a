import { nb, type Texts } from '../i18n';

/**
 * Excel's RichApi errors carry English messages; the user reads Norwegian. Each known code gets a
 * sentence from the catalogue saying what happened and what to do; the code stays on the error for
 * logs and tests.
 */
export class ExcelActionError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ExcelActionError';
  }
}

export function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The Norwegian sentence for an error from Excel.run. */
export function describeExcelError(error: unknown, texts: Texts = nb): string {
  const code = codeOf(error);
  const sentences: Partial<Record<string, string>> = texts.excel.errors;
  return (code && sentences[code]) || texts.excel.fallback;
}

/**
 * Errors from Excel become ExcelActionError; the add-in's own Norwegian errors (plain Error
 * without a code) pass unchanged.
 */
export function toUserError(error: unknown, texts: Texts = nb): Error {
  if (error instanceof ExcelActionError) return error;
  const code = codeOf(error);
  if (code === undefined && error instanceof Error && error.name === 'Error') return error;
  return new ExcelActionError(describeExcelError(error, texts), code);
}

export function isItemNotFound(error: unknown): boolean {
  return codeOf(error) === 'ItemNotFound';
}
