/**
 * The production pane in Chromium on the real Office.js Excel client, over the simulated host: a
 * test page of its own (never part of the add-in's build), made from the built pane's
 * `taskpane.html` with office.js replaced by
 *   1. `excel-web-16.00.js` from `@microsoft/office-js` (the client Excel on the web loads),
 *   2. the workbook to open (`window.excelSeed`: the demo's sample, read by the project's reader),
 *   3. `excel-host.js`: tests/browser/excel-page.ts and the host, bundled here with the
 *      requirement-set table computed now from `@types/office-js` (a page has no `fs`).
 * The pane's own bundle then starts as inside Excel: Office.onReady, ExcelPort, events.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { apiSetTable } from '../office-host/api-set-source';
import { gridJson } from '../office-host/seed';
import { ROOT } from './harness';

export const EXCEL_PAGE = 'excel.html';
const CLIENT = 'excel-web-16.00.js';
const HOST_BUNDLE = 'excel-host.js';
/** office.js in the built page: quoted in a development build, unquoted in a minified production one. */
const OFFICE_SCRIPT = /<script src="?[^"\s>]*office\.js"?><\/script>/;

function bundleHost(outputPath: string): Promise<void> {
  const config: webpack.Configuration = {
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(ROOT, 'tests/browser/excel-page.ts'),
    output: { path: outputPath, filename: HOST_BUNDLE },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      // In the page the table is data, computed here, instead of parsed from the file system.
      new webpack.NormalModuleReplacementPlugin(/[\\/]api-set-source$/, (resource: { request: string }) => {
        resource.request = `${resource.request}.browser`;
      }),
      new webpack.DefinePlugin({ __EXCEL_API_SETS__: JSON.stringify([...apiSetTable()]) }),
    ],
  };
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats!.toString('errors-only')));
      else resolve();
    }),
  );
}

/**
 * A directory holding the Excel page, its client, the host bundle and the seed, to be served
 * after the built pane (`paneDist`), whose scripts the page loads by their relative names.
 */
export async function buildExcelPage(paneDist: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'behovsmelding-excel-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  await bundleHost(dir);
  fs.copyFileSync(require.resolve(`@microsoft/office-js/dist/${CLIENT}`), path.join(dir, CLIENT));
  const seed = readWorkbookGridSync(fs.readFileSync(path.join(ROOT, 'assets/eksempel.xlsx')));
  const pane = fs.readFileSync(path.join(paneDist, 'taskpane.html'), 'utf8');
  if (!OFFICE_SCRIPT.test(pane)) throw new Error('taskpane.html loads no office.js to replace');
  const scripts = [
    `<script src="${CLIENT}"></script>`,
    // "<" escaped: the sample's texts must not end the inline script.
    `<script>window.excelSeed = ${gridJson(seed).replace(/</g, '\\u003c')};</script>`,
    `<script src="${HOST_BUNDLE}"></script>`,
  ].join('\n    ');
  fs.writeFileSync(
    path.join(dir, EXCEL_PAGE),
    pane.replace(OFFICE_SCRIPT, () => scripts),
  );
  return dir;
}
