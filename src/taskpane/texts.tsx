import { createContext, useContext } from 'react';
import { nb, type Texts } from '../i18n';

/** The texts of the pane's language, handed down once: components take theirs with `useTexts()`. */
export const TextsContext = createContext<Texts>(nb);

export const useTexts = (): Texts => useContext(TextsContext);
