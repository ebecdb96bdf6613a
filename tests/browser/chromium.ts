/**
 * Which Chromium the browser tests drive, decided here for every browser test:
 * 1. BEHOVSMELDING_CHROMIUM: a path to a Chromium, or `packaged` to force the npm one;
 * 2. else the machine's own Chromium, the first of CHROMIUM_NAMES found on PATH;
 * 3. else the Chromium shipped inside the npm package @sparticuz/chromium (unpacked to the temp
 *    directory on first use, ~3 s), so `npm ci && npm test` needs nothing installed by hand.
 * `node --import tsx tests/browser/chromium.ts` prints the choice as JSON (scripts/test.js).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
/** Flags for a machine's own Chromium; without the network ones it keeps calling Google's hosts. */
const SYSTEM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumChoice {
  /** What BEHOVSMELDING_CHROMIUM would have to say to make the same choice. */
  setting: string;
  executablePath: string;
  args: string[];
  env?: Record<string, string>;
  /** One line for the test output, in Norwegian. */
  description: string;
}

/** The first executable named one of `names` in the directories of `searchPath`. */
export function findOnPath(names: readonly string[], searchPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        if (fs.statSync(file).isFile()) return file;
      } catch {
        // Not here; look on.
      }
    }
  }
  return undefined;
}

/**
 * The package's flags for AWS Lambda that do not fit here: two would hide what a user's browser
 * refuses, and --single-process crashes the browser when a test closes its contexts.
 */
const LAMBDA_ONLY_FLAGS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

async function packagedChromium(): Promise<ChromiumChoice> {
  const { default: chromium } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  return {
    setting: 'packaged',
    executablePath,
    args: [
      ...chromium.args.filter((flag) => !LAMBDA_ONLY_FLAGS.has(flag)),
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // The package's own fonts.conf and fonts (Open Sans, with æøå): a machine without fonts still renders text.
    env: { FONTCONFIG_PATH: path.join(os.tmpdir(), 'fonts') },
    description: `Chromium fra npm-pakken @sparticuz/chromium (${executablePath})`,
  };
}

function systemChromium(executablePath: string, how: string): ChromiumChoice {
  return { setting: executablePath, executablePath, args: SYSTEM_FLAGS, description: `Chromium fra ${how} (${executablePath})` };
}

export async function chooseChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const wanted = env.BEHOVSMELDING_CHROMIUM;
  if (wanted === 'packaged') return packagedChromium();
  if (wanted) {
    if (!fs.existsSync(wanted)) throw new Error(`BEHOVSMELDING_CHROMIUM peker på ${wanted}, som ikke finnes.`);
    return systemChromium(wanted, 'BEHOVSMELDING_CHROMIUM');
  }
  const own = findOnPath(CHROMIUM_NAMES, env.PATH);
  return own ? systemChromium(own, 'maskinen') : packagedChromium();
}

if (require.main === module) {
  chooseChromium().then(
    (choice) => process.stdout.write(JSON.stringify(choice)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
