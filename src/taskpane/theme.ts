import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { prefersDarkTheme } from './office';

/** Follow the Office theme inside Office, the system's colour scheme outside. */
export function pickTheme(): Theme {
  return prefersDarkTheme() ? webDarkTheme : webLightTheme;
}
