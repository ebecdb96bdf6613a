import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseChromium, findOnPath } from './browser/chromium';

// The npm Chromium (the fallback) is ESM-only and jest runs CommonJS: scripts/bare-machine.sh and
// `BEHOVSMELDING_CHROMIUM=packaged npm test` run the browser tests with it.
describe('the Chromium the browser tests choose', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'behovsmelding-chromium-'));
  const [first, second] = [path.join(dir, 'first'), path.join(dir, 'second')];
  const executable = (file: string) => {
    fs.writeFileSync(file, '#!/bin/sh\n');
    fs.chmodSync(file, 0o755);
    return file;
  };

  beforeAll(() => {
    fs.mkdirSync(first);
    fs.mkdirSync(second);
    fs.writeFileSync(path.join(first, 'chromium'), 'not executable');
    fs.mkdirSync(path.join(first, 'google-chrome'));
    executable(path.join(second, 'chromium-browser'));
    executable(path.join(second, 'google-chrome'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the first executable file on PATH, in the order of the names, skipping others', () => {
    const searchPath = [path.join(dir, 'missing'), first, second].join(path.delimiter);
    expect(findOnPath(['chromium', 'chromium-browser', 'google-chrome'], searchPath)).toBe(path.join(second, 'chromium-browser'));
    expect(findOnPath(['google-chrome'], searchPath)).toBe(path.join(second, 'google-chrome'));
    expect(findOnPath(['chromium'], searchPath)).toBeUndefined();
    expect(findOnPath(['chromium'], '')).toBeUndefined();
  });

  it("prefers the machine's own Chromium, with the flags that keep it off the network", async () => {
    const choice = await chooseChromium({ PATH: second });
    expect(choice).toMatchObject({ setting: path.join(second, 'chromium-browser'), executablePath: path.join(second, 'chromium-browser') });
    expect(choice.args).toEqual(expect.arrayContaining(['--headless', '--disable-background-networking', '--disable-component-update']));
    expect(choice.description).toBe(`Chromium fra maskinen (${path.join(second, 'chromium-browser')})`);
  });

  it('takes BEHOVSMELDING_CHROMIUM over PATH, and names a path that does not exist', async () => {
    const chosen = executable(path.join(dir, 'my-chromium'));
    expect(await chooseChromium({ PATH: second, BEHOVSMELDING_CHROMIUM: chosen })).toMatchObject({
      executablePath: chosen,
      description: `Chromium fra BEHOVSMELDING_CHROMIUM (${chosen})`,
    });
    await expect(chooseChromium({ PATH: second, BEHOVSMELDING_CHROMIUM: path.join(dir, 'nope') })).rejects.toThrow(
      `BEHOVSMELDING_CHROMIUM peker på ${path.join(dir, 'nope')}, som ikke finnes.`,
    );
  });
});
