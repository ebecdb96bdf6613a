import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** `npm ci && npm test` on a fresh clone with Debian's programs hidden (scripts/bare-machine.sh): minutes. */
export async function benchBare(): Promise<string[]> {
  const r = spawnSync('bash', [resolve(__dirname, '../scripts/bare-machine.sh')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${r.stdout}${r.stderr}`.trim().split('\n').slice(-20).join('\n'));
  return [
    'npm ci && npm test på en ny klone uten Debians chromium, poppler, xmllint, LibreOffice og openpyxl:',
    ...r.stdout
      .trim()
      .split('\n')
      .map((l) => `  ${l}`),
  ];
}
