import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, loadProfile, profileJson } from '../../src/cli/profile';
import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { tempDir } from './workbooks';

const json = (profileJson('oslo-viken-2024', nb) as { ok: true; json: string }).json;

/** What Windows PowerShell 5.1's `>` writes: UTF-16 little-endian with a byte order mark, CRLF line ends. */
function powershellRedirect(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
}

describe('a profile file as other programs write it', () => {
  const dir = tempDir();
  it.each([
    ['UTF-8', Buffer.from(json, 'utf8')],
    [
      'UTF-8 with a byte order mark (Notepad, PowerShell 7 -Encoding utf8BOM)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]),
    ],
    ['UTF-16 LE with a byte order mark (PowerShell 5.1 `>`)', powershellRedirect(json)],
    ['UTF-16 LE without one', Buffer.from(json, 'utf16le')],
    ['UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()])],
  ])('reads %s', async (_, bytes) => {
    const file = join(dir, `runde-${bytes.length}-${bytes[0]}.json`);
    writeFileSync(file, bytes);
    const loaded = await loadProfile(file, nb);
    expect(loaded).toMatchObject({ ok: true, profile: { id: 'oslo-viken-2024', name: expect.stringContaining('Oslo') } });
  });

  it('keeps Norwegian letters when decoding', () => {
    expect(decodeText(powershellRedirect('{"navn": "Sørøst-Norge og Åfjord"}'))).toBe('{"navn": "Sørøst-Norge og Åfjord"}');
  });

  it('says a folder is a folder, not that the profile is missing', async () => {
    mkdirSync(join(dir, 'profiler.json'));
    mkdirSync(join(dir, 'profiler'));
    for (const folder of ['profiler.json', 'profiler']) {
      expect(await loadProfile(join(dir, folder), nb)).toEqual({
        ok: false,
        message: `«${join(dir, folder)}» er en mappe, ikke en profilfil: oppgi en JSON-fil, for eksempel en som er laget med «behovsmelding profiles --json ID».`,
      });
    }
    expect(await loadProfile(join(dir, 'profiler'), textsFor('nn'))).toMatchObject({
      message: expect.stringMatching(/ er ei mappe, ikkje ei profilfil: /),
    });
  });

  it('reads a JSON profile whatever its name ends with, and calls a name that is no file an unknown profile', async () => {
    writeFileSync(join(dir, 'runde.txt'), json);
    expect(await loadProfile(join(dir, 'runde.txt'), nb)).toMatchObject({ ok: true, profile: { id: 'oslo-viken-2024' } });
    expect(await loadProfile(join(dir, 'borte'), nb)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Ukjent profil «.*borte»: bruk en innebygd profil/),
    });
    expect(await loadProfile(join(dir, 'borte.json'), nb)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Fant ikke profilfilen «.*borte\.json»: sjekk navnet og mappen\.$/),
    });
  });
});
