/* Builds dist/: the task pane, the ribbon commands, assets and (in development) a local office.js. */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { devServerHttps } = require('./scripts/dev-certs');
const { checkPublicUrl, manifestVersion, packageVersion, publishManifest } = require('./scripts/release');
const { HASHED_DIR, iisWebConfig, staticWebAppConfig } = require('./scripts/hosting');

/** Microsoft requires production add-ins to load office.js from its CDN. */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_DIST = 'node_modules/@microsoft/office-js/dist';
/**
 * The part of @microsoft/office-js (87 MB) that Excel and the demo load, measured in Chromium:
 * outside Office office.js loads the O15 mapping table; inside Excel it loads
 * excel-<platform>-<version>.js and <Office language>/office_strings.js. About 9 MB in all.
 */
const OFFICE_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-win32-16.01.js',
  'excel-win32-16.00.js',
  'excel-web-16.00.js',
  'excel-mac-16.00.js',
  'excel-ios-16.00.js',
  '*/office_strings.js',
];

/**
 * Where a production build's manifest points: BEHOVSMELDING_PUBLIC_URL, checked (never this
 * machine, always https), or null for none. dist/ itself is the same for every host; usually
 * `npm run manifest -- --url …` writes the manifest afterwards.
 */
function productionPublicUrl() {
  const wanted = process.env.BEHOVSMELDING_PUBLIC_URL;
  if (!wanted) return null;
  const { url, problems } = checkPublicUrl(wanted);
  if (problems) throw new Error(`BEHOVSMELDING_PUBLIC_URL kan ikke brukes: ${problems.join(' ')}`);
  return url;
}

/**
 * Writes files made from text into the build: here the server configurations that IIS and Azure
 * Static Web Apps read from the folder they serve (other servers ignore them; DRIFT.md).
 */
class GeneratedFilesPlugin {
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('GeneratedFilesPlugin', (compilation) =>
      compilation.hooks.processAssets.tap({ name: 'GeneratedFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [name, text] of Object.entries(this.files)) compilation.emitAsset(name, new sources.RawSource(text));
      }),
    );
  }
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const publicUrl = dev ? null : productionPublicUrl();
  const version = manifestVersion(packageVersion(__dirname));
  // The version in the pages too: «Sjekk oppsettet» reports the one the user's pane was built as.
  const templateParameters = { officeJsUrl: dev ? 'office-js/office.js' : OFFICE_CDN, version: packageVersion(__dirname) };
  const outputPath = path.resolve(__dirname, env.outputPath || 'dist');

  return {
    // No public source maps. The build is reproducible, so `--env sourcemaps` rebuilds a release
    // with hidden maps written beside dist/ (dist-kildekart/), for reading a user's stack trace.
    devtool: dev ? 'eval-cheap-module-source-map' : env.sourcemaps ? 'hidden-source-map' : false,
    entry: {
      taskpane: ['./src/browser/no-eval.ts', './src/taskpane/index.tsx'],
      commands: ['./src/browser/no-eval.ts', './src/commands/commands.ts'],
      'ribbon-message': './src/commands/message.ts',
    },
    output: {
      path: outputPath,
      // Office caches add-in files hard: hashed names in production make updates reach users.
      // In their own folder, which servers tell browsers to keep for good (scripts/hosting.js).
      filename: dev ? '[name].js' : `${HASHED_DIR}/[name].[contenthash:8].js`,
      chunkFilename: dev ? '[name].js' : `${HASHED_DIR}/[name].[contenthash:8].js`,
      sourceMapFilename: `../${path.basename(outputPath)}-kildekart/[file].map`,
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `tsc --noEmit` in `npm test`; the build only strips them.
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React, Fluent UI and their helpers change rarely: one chunk that stays cached across releases.
          // Only what the first screen uses: a component only a section loaded later needs goes with it.
          ui: {
            chunks: 'initial',
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|@swc|tabster|keyborg|stylis|rtl-css-js|@emotion)[\\/]/,
            name: 'ui',
            priority: 10,
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters,
      }),
      // The dialog in which the ribbon's Valider says why it could not check.
      new HtmlWebpackPlugin({
        filename: 'ribbon-message.html',
        template: './src/commands/message.html',
        chunks: ['ribbon-message'],
        templateParameters,
      }),
      // The help page the manifest's support link opens, in both written standards; static, no script.
      ...[
        ['hjelp.html', 'nb'],
        ['hjelp-nn.html', 'nn'],
      ].map(
        ([filename, language]) =>
          new HtmlWebpackPlugin({
            filename,
            template: './src/help/template.ts',
            inject: false,
            chunks: [],
            templateParameters: { language, version: packageVersion(__dirname) },
          }),
      ),
      ...(dev ? [] : [new GeneratedFilesPlugin({ 'web.config': iisWebConfig(), 'staticwebapp.config.json': staticWebAppConfig() })]),
      // `npm run build` for a release: say what comes next, since dist/ has no manifest yet.
      ...(dev || publicUrl || env.outputPath
        ? []
        : [
            {
              apply: (compiler) =>
                compiler.hooks.done.tap('ManifestHint', (stats) => {
                  if (!stats.hasErrors())
                    console.log(
                      '\ndist/ er bygget. Skriv manifestet for adressen der dist/ skal ligge (se DRIFT.md):\n  npm run manifest -- --url https://kommune.no/behovsmelding/\n',
                    );
                }),
            },
          ]),
      new CopyWebpackPlugin({
        patterns: [
          // The icons only: the README's pictures stay out of what is published.
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          // The sample workbook the demo mode opens outside Excel.
          { from: 'assets/eksempel.xlsx', to: 'assets/eksempel.xlsx' },
          ...(dev || publicUrl
            ? [
                {
                  from: 'manifest.xml',
                  to: 'manifest.xml',
                  transform: (content) => publishManifest(content.toString(), { publicUrl, version }),
                },
              ]
            : []),
          ...(dev
            ? OFFICE_FILES.map((file) => ({
                from: file,
                context: OFFICE_DIST,
                to: 'office-js/',
                // Already minified by Microsoft: Terser would spend ~40 s on them.
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    performance: {
      hints: dev ? false : 'warning',
      // Uncompressed sizes. The pane's initial JavaScript should stay under ~250 KB gzip (~900 KB
      // raw); the demo's lazily loaded chunk carries exceljs (~940 KB raw).
      maxEntrypointSize: 900_000,
      maxAssetSize: 1_200_000,
      assetFilter: (file) => file.endsWith('.js'),
    },
    devServer: {
      // manifest.xml points at port 3000.
      port: 3000,
      host: process.env.BEHOVSMELDING_HOST || '127.0.0.1',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      server: devServerHttps(env),
    },
  };
};
