import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withProductionBuild } from './production-build';

/** Production build; the gzip size of the scripts taskpane.html loads up front, and of the lazy demo. */
export function benchBundle(): Promise<string[]> {
  return withProductionBuild(async (out) => {
    const gz = (file: string) => gzipSync(readFileSync(join(out, file))).length;
    const scripts = (page: string) =>
      [...readFileSync(join(out, page), 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)/g)]
        .map((m) => m[1]!)
        .filter((src) => !src.startsWith('http'));
    const initial = scripts('taskpane.html');
    const commands = scripts('commands.html');
    const initialBytes = initial.reduce((sum, f) => sum + gz(f), 0);
    // Hashed scripts lie in js/: the listing goes into folders, with paths as the pages name them.
    const all = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split(sep).join('/'))
      .filter((f) => f.endsWith('.js'));
    const lazy = all.filter((f) => !initial.includes(f) && !commands.includes(f));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    return [
      'Panelet (produksjonsbygg, gzip):',
      `  første last i Excel: ${kb(initialBytes)} (${initial.join(', ')}) – mål ≤ 180 KB`,
      `  lastes ved behov (demo, eksport): ${kb(lazy.reduce((s, f) => s + gz(f), 0))} (${lazy.length} filer)`,
      `  båndkommandoer: ${kb(commands.reduce((sum, f) => sum + gz(f), 0))}`,
    ];
  });
}
