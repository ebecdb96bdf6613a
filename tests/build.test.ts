import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Configuration } from 'webpack';
import { distFiles } from '../scripts/check-manifest.js';

const ROOT = path.resolve(__dirname, '..');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type Mode = 'production' | 'development';
type CreateConfig = (env: Record<string, unknown>, argv: { mode: Mode }) => Configuration;
interface HtmlPlugin {
  userOptions: { filename: string; template: string; chunks: string[]; templateParameters: { officeJsUrl: string } };
}
interface CopyPattern {
  from: string;
  to: string;
  context?: string;
  info?: { minimized?: boolean };
  transform?: (content: Buffer) => string | Buffer;
}

const createConfig = jest.requireActual<CreateConfig>('../webpack.config.js');
const htmlPlugins = (mode: Mode) =>
  (createConfig({}, { mode }).plugins ?? []).filter((p): p is HtmlPlugin & typeof p =>
    Boolean((p as Partial<HtmlPlugin>).userOptions?.chunks?.length),
  );
const copyPatterns = (mode: Mode) =>
  (createConfig({}, { mode }).plugins ?? []).flatMap((p) => (p as { patterns?: CopyPattern[] }).patterns ?? []);

describe('webpack.config.js', () => {
  it('builds the pane, the function file and its message dialog as separate pages', () => {
    const pages = htmlPlugins('production').map((p) => [p.userOptions.filename, p.userOptions.chunks]);
    expect(pages).toEqual([
      ['taskpane.html', ['taskpane']],
      ['commands.html', ['commands']],
      ['ribbon-message.html', ['ribbon-message']],
    ]);
    // Each page that runs zod first turns off its eval, which the Content Security Policy refuses (the dialog runs none).
    expect(createConfig({}, { mode: 'production' }).entry).toEqual({
      taskpane: ['./src/browser/no-eval.ts', './src/taskpane/index.tsx'],
      commands: ['./src/browser/no-eval.ts', './src/commands/commands.ts'],
      'ribbon-message': './src/commands/message.ts',
    });
  });

  it("loads office.js from Microsoft's CDN in production and from the local copy in development", () => {
    for (const plugin of htmlPlugins('production')) expect(plugin.userOptions.templateParameters.officeJsUrl).toBe(OFFICE_CDN);
    for (const plugin of htmlPlugins('development')) {
      expect(plugin.userOptions.templateParameters.officeJsUrl).toBe('office-js/office.js');
      const template = fs.readFileSync(path.join(ROOT, plugin.userOptions.template), 'utf8');
      expect(template).toContain('<script src="<%= officeJsUrl %>"></script>');
    }
    expect(distFiles(ROOT, 'development').get('office-js/office.js')).toBe(
      path.join(ROOT, 'node_modules/@microsoft/office-js/dist/office.js'),
    );
  });

  it('copies only the office.js files Excel and the demo load, marked as already minimized', () => {
    const officeFiles = [...distFiles(ROOT, 'development').entries()].filter(([target]) => target.startsWith('office-js/'));
    const names = officeFiles.map(([target]) => target);
    for (const needed of [
      'office-js/office.js',
      'office-js/o15apptofilemappingtable.js',
      'office-js/excel-win32-16.01.js',
      'office-js/excel-web-16.00.js',
      'office-js/excel-mac-16.00.js',
      'office-js/en-us/office_strings.js',
      'office-js/nb-no/office_strings.js',
    ]) {
      expect(names).toContain(needed);
    }
    expect(names.filter((n) => /outlook|word|powerpoint|onenote|\.debug\.js$/.test(n))).toEqual([]);
    const megabytes = officeFiles.reduce((sum, [, source]) => sum + fs.statSync(source).size, 0) / 1e6;
    expect(megabytes).toBeLessThan(15);
    const officePatterns = copyPatterns('development').filter((p) => p.context?.includes('office-js'));
    expect(officePatterns.length).toBeGreaterThan(0);
    for (const pattern of officePatterns) expect(pattern.info).toEqual({ minimized: true });
    expect(copyPatterns('production').filter((p) => p.context?.includes('office-js'))).toEqual([]);
  });

  it('ships the icons, the sample workbook and the help pages, but not the README pictures', () => {
    for (const mode of ['production', 'development'] as const) {
      const targets = [...distFiles(ROOT, mode).keys()];
      expect(targets).toEqual(
        expect.arrayContaining(['assets/icon-16.png', 'assets/icon-80.png', 'assets/eksempel.xlsx', 'hjelp.html', 'hjelp-nn.html']),
      );
      expect(targets.filter((t) => t.startsWith('assets/') && !/^assets\/(icon-\d+\.png|eksempel\.xlsx)$/.test(t))).toEqual([]);
    }
  });

  it('makes no public source maps in production, hashed scripts in js/ and the server configurations', () => {
    const production = createConfig({}, { mode: 'production' });
    expect(production.devtool).toBe(false);
    expect(createConfig({ sourcemaps: true }, { mode: 'production' }).devtool).toBe('hidden-source-map');
    expect(production.output).toMatchObject({ filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' });
    const generated = (production.plugins ?? []).flatMap((p) => Object.keys((p as { files?: Record<string, string> }).files ?? {}));
    expect(generated).toEqual(['web.config', 'staticwebapp.config.json']);
  });

  describe('the production manifest', () => {
    const withPublicUrl = <T>(url: string | undefined, use: () => T): T => {
      const previous = process.env.BEHOVSMELDING_PUBLIC_URL;
      if (url === undefined) delete process.env.BEHOVSMELDING_PUBLIC_URL;
      else process.env.BEHOVSMELDING_PUBLIC_URL = url;
      try {
        return use();
      } finally {
        if (previous === undefined) delete process.env.BEHOVSMELDING_PUBLIC_URL;
        else process.env.BEHOVSMELDING_PUBLIC_URL = previous;
      }
    };

    it('is not written without a public address: npm run manifest writes it', () => {
      withPublicUrl(undefined, () => expect(copyPatterns('production').filter((p) => p.from === 'manifest.xml')).toEqual([]));
      expect(copyPatterns('development').filter((p) => p.from === 'manifest.xml')).toHaveLength(1);
    });

    it('points at BEHOVSMELDING_PUBLIC_URL, with the version from package.json', () => {
      const manifest = withPublicUrl('https://tillegg.example.no/behovsmelding', () => {
        const manifestPattern = copyPatterns('production').find((p) => p.from === 'manifest.xml');
        return String(manifestPattern?.transform?.(fs.readFileSync(path.join(ROOT, 'manifest.xml'))));
      });
      expect(manifest).not.toContain('localhost');
      expect(manifest).toContain('<SourceLocation DefaultValue="https://tillegg.example.no/behovsmelding/taskpane.html"/>');
      expect(manifest).toContain('DefaultValue="https://tillegg.example.no/behovsmelding/commands.html"');
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(manifest).toContain(`<Version>${version}.0</Version>`);
    });

    it.each(['https://localhost:3000/', 'https://127.0.0.1/behovsmelding/', 'http://tillegg.example.no/'])(
      'refuses to point at %s',
      (url) => {
        expect(() => withPublicUrl(url, () => createConfig({}, { mode: 'production' }))).toThrow(
          /BEHOVSMELDING_PUBLIC_URL kan ikke brukes/,
        );
      },
    );
  });
});

describe('the dev server', () => {
  type DevCerts = {
    devServerHttps: (env: { https?: boolean }, dir: string) => string | { type: string; options: { key: Buffer } };
  };
  const { devServerHttps } = jest.requireActual<DevCerts>('../scripts/dev-certs.js');
  const certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'behovsmelding-certs-'));

  afterAll(() => fs.rmSync(certDir, { recursive: true, force: true }));

  it('listens on port 3000, where manifest.xml looks', () => {
    const { devServer } = createConfig({}, { mode: 'development' }) as Configuration & { devServer?: unknown };
    expect(devServer).toMatchObject({ port: 3000 });
  });

  it('serves https only when asked to and when the dev certificates exist', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const httpsVariable = process.env.HTTPS;
    delete process.env.HTTPS;
    try {
      expect(devServerHttps({ https: true }, certDir)).toBe('http');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('office-addin-dev-certs install'));

      fs.writeFileSync(path.join(certDir, 'localhost.key'), 'key');
      fs.writeFileSync(path.join(certDir, 'localhost.crt'), 'cert');
      expect(devServerHttps({}, certDir)).toBe('http');
      expect(devServerHttps({ https: true }, certDir)).toMatchObject({ type: 'https', options: { key: Buffer.from('key') } });
    } finally {
      warn.mockRestore();
      if (httpsVariable !== undefined) process.env.HTTPS = httpsVariable;
    }
  });
});

describe('the command-line build (scripts/build-cli.js)', () => {
  type Metafile = {
    inputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }>;
    outputs: Record<string, { inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }> }>;
  };
  const { buildCli, entryPoints } = jest.requireActual<{
    buildCli: (outdir: string) => { metafile: Metafile };
    entryPoints: () => string[];
  }>('../scripts/build-cli.js');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'behovsmelding-cli-build-'));
  const { metafile } = buildCli(path.join(outdir, 'build/cli'));

  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  /** Every module reachable from src/cli/run.ts, optionally following `import()` too. */
  function reachable(followDynamic: boolean): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of metafile.inputs[file]?.imports ?? []) if (followDynamic || i.kind !== 'dynamic-import') visit(i.path);
    };
    visit('src/cli/run.ts');
    return seen;
  }
  const heavy = (files: Set<string>) => [...files].filter((f) => /^(src\/(pdf|xlsx)\/|node_modules\/exceljs\/|pdfmake$)/.test(f));

  it('builds run.js and every src/cli/**/worker.ts to the same place under build/cli', () => {
    const expected = entryPoints().map((entry) =>
      path.join(outdir, 'build/cli', path.relative(path.join(ROOT, 'src/cli'), entry).replace(/\.ts$/, '.js')),
    );
    expect(expected[0]).toBe(path.join(outdir, 'build/cli/run.js'));
    for (const file of expected) expect(fs.existsSync(file)).toBe(true);
    expect(Object.keys(metafile.outputs).map((o) => path.resolve(ROOT, o))).toEqual(expect.arrayContaining(expected));
  });

  it('loads the workbook reader, the PDF and the xlsx writer only through import() in the commands that need them', () => {
    expect(heavy(reachable(false))).toEqual([]);
    const lazily = heavy(reachable(true));
    expect(lazily).toEqual(
      expect.arrayContaining(['src/xlsx/open.ts', 'src/pdf/melding-pdf.ts', 'src/xlsx/melding-workbook.ts', 'pdfmake']),
    );
    expect(lazily.some((f) => f.startsWith('node_modules/exceljs/'))).toBe(true);
  });

  it('puts them in chunks that run.js reads only on import(), so `profiles` never parses exceljs', () => {
    const run = Object.keys(metafile.outputs).find((o) => o.endsWith('build/cli/run.js'))!;
    const loaded = new Set<string>();
    const visit = (output: string) => {
      if (loaded.has(output)) return;
      loaded.add(output);
      for (const i of metafile.outputs[output]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(run);
    const inputsOf = (outputs: Iterable<string>) => new Set([...outputs].flatMap((o) => Object.keys(metafile.outputs[o]?.inputs ?? {})));
    expect(heavy(inputsOf(loaded))).toEqual([]);
    expect(heavy(inputsOf(Object.keys(metafile.outputs))).length).toBeGreaterThan(0);
  });

  it('marks build/cli as ES modules', () => {
    expect(JSON.parse(fs.readFileSync(path.join(outdir, 'build/cli/package.json'), 'utf8'))).toEqual({ type: 'module' });
  });

  it('leaves pdfmake in node_modules, where it finds its fonts, and bundles the rest', () => {
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports);
    // esbuild lists imports used only as types (dropped from the output) as external relative paths.
    const packages = imports.filter((i) => i.external && !isBuiltin(i.path) && !i.path.startsWith('.')).map((i) => i.path);
    expect(new Set(packages)).toEqual(new Set(['pdfmake', 'pdfmake/build/vfs_fonts', 'pdfmake/fonts/Roboto.js']));
  });
});
