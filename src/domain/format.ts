/** Norwegian number, money, percent and date formatting for messages and melding sheets. */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** 1234567.5 → "1 234 567,50"; whole kroner without decimals. */
export function formatNumber(n: number): string {
  const negative = n < 0;
  const abs = Math.abs(n);
  const whole = Math.trunc(Math.round(abs * 100) / 100);
  const ore = Math.round(abs * 100) % 100;
  const text = groupThousands(String(whole)) + (ore ? ',' + String(ore).padStart(2, '0') : '');
  return negative ? '−' + text : text;
}

export function formatNok(n: number): string {
  return `${formatNumber(n)} kr`;
}

/** 0.3412 → "34,12 %", 0.3 → "30 %". */
export function formatPercent(share: number): string {
  const value = Math.round(share * 10000) / 100;
  return `${String(value).replace('.', ',')} %`;
}

/** "2024-08-01" → "1.8.2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** Words (runs containing a letter or digit) in `text`, counting no further than `limit`. */
export function wordCount(text: string, limit = Infinity): number {
  const word = /\S*[\p{L}\p{N}]\S*/gu;
  let count = 0;
  while (count < limit && word.exec(text)) count++;
  return count;
}

/** Case-, accent- and punctuation-insensitive key for comparing names. */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  // Most names are plain ASCII: one pass is enough.
  if (!/[^\u0020-\u007e]/.test(lower)) return lower.replace(/[^a-z0-9]/g, '');
  return lower
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}
