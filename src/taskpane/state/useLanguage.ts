import { useCallback, useEffect, useRef, useState } from 'react';
import { chooseLanguage, loadTexts, nb, type Language, type Texts } from '../../i18n';
import type { WorkbookPort } from '../../port/workbook-port';
import type { Attempt } from './failures';

/**
 * The pane's language: the one stored in the workbook, else Office's display language, else
 * bokmål (chooseLanguage). Nynorsk loads on demand; `<html lang>` and the port's own sentences
 * follow the choice, and a choice made here is stored in the workbook.
 */
export function useLanguage(port: WorkbookPort, attempt: Attempt) {
  const [texts, setTexts] = useState<Texts>(nb);
  const chosen = useRef(false);
  const current = useRef(texts);
  current.current = texts;

  useEffect(() => {
    void attempt(async () => {
      const stored = await port.loadLanguage();
      const language = chooseLanguage(stored, port.displayLanguage());
      const loaded = await loadTexts(language);
      if (!chosen.current) setTexts(loaded);
    }, current.current.pane.failed.language);
  }, [port, attempt]);

  useEffect(() => {
    document.documentElement.lang = texts.language;
    port.setTexts?.(texts);
  }, [port, texts]);

  const choose = useCallback(
    async (language: Language) => {
      chosen.current = true;
      const loaded = (await attempt(() => loadTexts(language), current.current.pane.failed.language))?.value;
      if (!loaded) return;
      setTexts(loaded);
      await attempt(() => port.saveLanguage(language), loaded.pane.failed.save);
    },
    [port, attempt],
  );

  return { texts, choose };
}
