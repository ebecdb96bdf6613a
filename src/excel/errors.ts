/**
 * Excel's RichApi errors carry English messages; the user reads Norwegian. Each known code gets a
 * sentence saying what happened and what to do; the code stays on the error for logs and tests.
 */
const SENTENCES: Record<string, string> = {
  ItemNotFound: 'Fant ikke arket eller området i arbeidsboken. Det kan være slettet eller gitt nytt navn. Trykk Valider på nytt.',
  InvalidArgument: 'Excel avviste en ugyldig verdi fra tillegget. Trykk Valider på nytt; skjer det igjen, meld fra om feilen.',
  ApiNotFound: 'Denne versjonen av Excel mangler en funksjon tillegget trenger. Oppdater Excel, eller bruk Excel på nettet.',
  InvalidOperationInCellEditMode: 'Excel venter mens du redigerer en celle. Trykk Enter eller Esc i cellen, og prøv igjen.',
  RequestPayloadSizeLimitExceeded:
    'Arbeidsboken er for stor til å behandles i én omgang i Excel på nettet. Del tabellen på flere ark, eller bruk Excel på PC eller Mac.',
  ResponsePayloadSizeLimitExceeded:
    'Arbeidsboken er for stor til å leses i én omgang i Excel på nettet. Del tabellen på flere ark, eller bruk Excel på PC eller Mac.',
  InvalidOperation: 'Excel tillot ikke denne endringen nå. Sjekk at arket ikke er beskyttet, og prøv igjen.',
  AccessDenied: 'Excel nektet endringen. Sjekk at arbeidsboken ikke er skrivebeskyttet eller delt med begrensninger, og prøv igjen.',
  ItemAlreadyExists: 'Et ark eller navn med samme navn finnes allerede i arbeidsboken. Gi det nytt navn, og prøv igjen.',
};

const FALLBACK = 'Excel kunne ikke fullføre handlingen. Prøv igjen; skjer det igjen, lagre arbeidsboken og åpne den på nytt.';

/** An error the pane can show as it is: Norwegian, with Excel's code kept. */
export class ExcelActionError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ExcelActionError';
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The Norwegian sentence for an error from Excel.run. */
export function describeExcelError(error: unknown): string {
  const code = codeOf(error);
  return (code && SENTENCES[code]) || FALLBACK;
}

/**
 * Errors from Excel become ExcelActionError; the add-in's own Norwegian errors (plain Error
 * without a code) pass unchanged.
 */
export function toUserError(error: unknown): Error {
  if (error instanceof ExcelActionError) return error;
  const code = codeOf(error);
  if (code === undefined && error instanceof Error && error.name === 'Error') return error;
  return new ExcelActionError(describeExcelError(error), code);
}

export function isItemNotFound(error: unknown): boolean {
  return codeOf(error) === 'ItemNotFound';
}
