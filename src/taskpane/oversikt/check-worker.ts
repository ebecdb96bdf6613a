// First: zod without eval, under the same policy as the pane's pages (browser/no-eval.ts).
import '../../browser/no-eval';
import { checkWorkbookBytes } from '../../app/oversikt-file';
import { loadTexts } from '../../i18n';
import type { CheckAnswer, CheckRequest } from './protocol';

/**
 * The overview's Web Worker: reads and checks one picked file at a time with the same reader and
 * core as the command line (app/oversikt-file.ts), so the pane stays responsive however many files.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(answer: CheckAnswer): void;
};

scope.onmessage = (event) => {
  const { index, shown, bytes, settings, language, profileId } = event.data;
  void loadTexts(language).then((texts) =>
    scope.postMessage({ index, result: checkWorkbookBytes(new Uint8Array(bytes), shown, settings, texts, profileId) }),
  );
};
