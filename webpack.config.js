/* Builds dist/: the task pane, the ribbon commands, assets and (in development) a local office.js. */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { devServerHttps, DEV_URL } = require('./scripts/dev-certs');

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

/** The manifest with every development URL, and the dev origin in AppDomains, moved to `publicUrl`. */
function publishedManifest(xml, publicUrl) {
  return xml.replaceAll(DEV_URL, publicUrl).replaceAll(DEV_URL.slice(0, -1), new URL(publicUrl).origin);
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  // The production manifest points at where dist/ is published (BEHOVSMELDING_PUBLIC_URL).
  const publicUrl = (process.env.BEHOVSMELDING_PUBLIC_URL || DEV_URL).replace(/\/?$/, '/');
  const templateParameters = { officeJsUrl: dev ? 'office-js/office.js' : OFFICE_CDN };

  return {
    devtool: dev ? 'eval-cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      'ribbon-message': './src/commands/message.ts',
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || 'dist'),
      // Office caches add-in files hard: hashed names in production make updates reach users.
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
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
          ui: {
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
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The sample workbook the demo mode opens outside Excel.
          { from: 'assets/eksempel.xlsx', to: 'assets/eksempel.xlsx' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : publishedManifest(content.toString(), publicUrl)),
          },
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
