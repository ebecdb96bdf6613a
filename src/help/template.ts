import type { Language } from '../i18n/language';
import { helpPage } from './page';

/** html-webpack-plugin's template for the help pages: webpack.config.js passes the language and version. */
export default ({ language, version }: { language: Language; version: string }): string => helpPage(language, { version });
