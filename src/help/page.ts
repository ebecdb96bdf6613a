import type { Language } from '../i18n/language';
import { help as nb, type HelpBlock, type HelpSection } from '../i18n/nb/help';
import { help as nn } from '../i18n/nn/help';

/** Where each language's help page lies in dist/; the manifest's support link opens the bokmål one. */
export const HELP_PAGES: Record<Language, string> = { nb: 'hjelp.html', nn: 'hjelp-nn.html' };

const TEXTS: Record<Language, typeof nb> = { nb, nn };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The catalogue's three inline marks as HTML: **bold**, `code`, [text](address). A library
 * (a Markdown parser) would do more than this page needs; escaping first keeps every other
 * character literal, and only https or same-folder addresses become links.
 */
export function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(((?:https:\/\/|[\w-]+\.html)[^)\s]*)\)/g, '<a href="$2">$1</a>');
}

function blockHtml(block: HelpBlock): string {
  if (typeof block === 'string') return `<p>${inlineHtml(block)}</p>`;
  const [tag, items] = 'steps' in block ? ['ol', block.steps] : ['ul', block.list];
  return `<${tag}>${items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
}

/** Quiet, readable, both themes; contrast checked by axe in the deployment check. */
const STYLE = `
:root { color-scheme: light dark; --text: #1b1b1b; --muted: #4a4a4a; --bg: #ffffff; --link: #0b5566; --code: #f1f1f1; }
@media (prefers-color-scheme: dark) {
  :root { --text: #f0f0f0; --muted: #c8c8c8; --bg: #1b1b1b; --link: #8cd0dc; --code: #2c2c2c; }
}
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.55 'Segoe UI', system-ui, -apple-system, sans-serif; }
.page { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 1rem; }
header img { width: 32px; height: 32px; }
h1 { font-size: 1.6rem; margin: 0; flex: 1 1 auto; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
a { color: var(--link); }
a:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
nav ul { padding-left: 1.25rem; }
li { margin: 0.25rem 0; }
code { background: var(--code); padding: 0 0.2em; border-radius: 3px; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.9rem; }
`;

/** The whole help page in one language: static HTML, no script, nothing fetched but the icon. */
export function helpPage(language: Language, { version }: { version: string }): string {
  const t = TEXTS[language];
  const other: Language = language === 'nb' ? 'nn' : 'nb';
  const sections = Object.entries(t.sections) as Array<[string, HelpSection]>;
  const nav = sections.map(([id, s]) => `<li><a href="#${id}">${inlineHtml(s.heading)}</a></li>`).join('');
  const body = sections
    .map(
      ([id, s]) =>
        `<section aria-labelledby="${id}"><h2 id="${id}">${inlineHtml(s.heading)}</h2>${s.blocks.map(blockHtml).join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<meta name="description" content="${escapeHtml(t.description)}">
<link rel="icon" type="image/png" href="assets/icon-32.png">
<link rel="alternate" hreflang="${other}" href="${HELP_PAGES[other]}">
<style>${STYLE}</style>
</head>
<body>
<div class="page">
<header>
<img src="assets/icon-64.png" alt="">
<h1>${escapeHtml(t.title)}</h1>
<a href="${HELP_PAGES[other]}" hreflang="${other}" lang="${other}">${escapeHtml(t.otherLanguage)}</a>
</header>
<nav aria-label="${escapeHtml(t.contents)}"><ul>${nav}</ul></nav>
<main>
${body}
</main>
<footer><p>${escapeHtml(t.version({ version }))}</p></footer>
</div>
</body>
</html>
`;
}
